using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary>The counts of a summary table's row recomputed from the listed avances.</summary>
internal static class SummaryCounts
{
    /// <summary>Gets the listed avances a summary row counts, or <see langword="null"/> when the report lists none (nothing to recompute).</summary>
    public static IReadOnlyList<decimal?>? Listed(CeplanReport report, SummaryTable table, SummaryRow row, Period? period)
    {
        var label = row.Label.Trim();
        List<ReportValue?> values;
        if (Ingest.Ceplan.Normalisation.CeplanCode.TryRead(label, out var code) && code.IsObjective)
        {
            values = table.Subject == SummarySubject.Indicators
                ? report.Indicators.Where(i => ParentObjective(report, i.ParentCode) == code.Code).DistinctBy(i => i.Code, StringComparer.Ordinal)
                    .Select(i => ReportLookup.StatedProgress(report, i.Code, period)).ToList()
                : report.Actions.Where(a => string.Equals(a.ObjectiveCode, code.Code, StringComparison.Ordinal)).Select(a => Avance(report, a.Code, a.StatedProgress, period)).ToList();
        }
        else
        {
            values = table.Subject switch
            {
                SummarySubject.Objectives => report.Objectives.Select(o => Avance(report, o.Code, o.StatedProgress, period)).ToList(),
                SummarySubject.Indicators => report.Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal).Select(i => ReportLookup.StatedProgress(report, i.Code, period)).ToList(),
                _ => report.Actions.Select(a => Avance(report, a.Code, a.StatedProgress, period)).ToList(),
            };
        }

        // An element whose avance is printed nowhere (seed 003: an AER with several indicators and no avance of its own) is
        // not ND: the table's counts cannot be recomputed from what the report lists.
        if (values.Count == 0 || values.Any(v => v is null))
        {
            return null;
        }

        return values.Select(v => v?.Value).ToList();
    }

    /// <summary>Gets an objective's or action's printed avance; when the report prints none for it (PDRC: Cuadro 2 lists the
    /// AER's indicators only) and it has a single indicator, that indicator's printed avance, which is the element's under
    /// any weighting.</summary>
    private static ReportValue? Avance(CeplanReport report, string code, IReadOnlyList<PeriodValue> stated, Period? period)
    {
        if (ReportLookup.ForPeriod(stated, period) is { } printed)
        {
            return printed;
        }

        var indicators = ReportLookup.IndicatorsOf(report, code);
        return indicators.Count == 1 ? ReportLookup.StatedProgress(report, indicators[0].Code, period) : null;
    }

    /// <summary>Gets the rows to recompute: the item rows (a total row alone when there are none).</summary>
    public static IEnumerable<SummaryRow> CountedRows(SummaryTable table)
    {
        var items = table.Rows.Where(r => r.Role is RowRole.Item or RowRole.Group).ToList();
        return items.Count > 0 ? items : table.Rows.Where(r => r.Role == RowRole.Total);
    }

    /// <summary>Gets the overall counts of a table: its total row, else its only row, else the sums of its rows; ND last; a count not printed is <see langword="null"/>.</summary>
    public static int?[]? Overall(SummaryTable table)
    {
        var total = table.Rows.FirstOrDefault(r => r.Role == RowRole.Total);
        if (total is not null || table.Rows.Count == 1)
        {
            return Partial(total ?? table.Rows[0]);
        }

        var vectors = table.Rows.Select(Partial).ToList();
        if (vectors.Count == 0)
        {
            return null;
        }

        var sum = new int?[vectors[0].Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = vectors.All(v => i < v.Length && v[i].HasValue) ? vectors.Sum(v => v[i]!.Value) : null;
        }

        return sum;
    }

    /// <summary>Gets a row's counts (bins then ND); a count not printed (a text that gives only some bins) is <see langword="null"/>.</summary>
    public static int?[] Partial(SummaryRow row)
        => row.Counts.Select(c => c.Value).Append(row.NotAvailable is null ? 0m : row.NotAvailable.Value).Select(c => c is { } v ? (int?)(int)v : null).ToArray();

    /// <summary>Gets a row's counts (bins then ND) as integers, or <see langword="null"/> when one is missing.</summary>
    public static int[]? Vector(SummaryRow row)
    {
        var counts = row.Counts.Select(c => c.Value).Append(row.NotAvailable?.Value ?? 0m).ToList();
        return counts.Any(c => c is null) ? null : counts.Select(c => (int)c!.Value).ToArray();
    }

    /// <summary>Gets the semáforo counts of listed avances: low, medium, high, ND.</summary>
    public static int[] Bins(IReadOnlyList<decimal?> listed) => Semaforo.Count(listed);

    private static string? ParentObjective(CeplanReport report, string parentCode)
    {
        if (parentCode.StartsWith('O'))
        {
            return parentCode;
        }

        return report.Actions.FirstOrDefault(a => string.Equals(a.Code, parentCode, StringComparison.Ordinal))?.ObjectiveCode
            ?? (Ingest.Ceplan.Normalisation.CeplanCode.TryRead(parentCode, out var code) ? code.ParentCode : null);
    }
}

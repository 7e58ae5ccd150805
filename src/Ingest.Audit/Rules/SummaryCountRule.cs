namespace Ingest.Audit.Rules;

/// <summary><c>summary-count</c>: a semáforo / desempeño table's counts differ from the counts of the listed rows, or a row does not add up to its total.</summary>
internal sealed class SummaryCountRule : IAuditRule
{
    public string Id => RuleIds.SummaryCount;

    public void Check(AuditContext context)
    {
        foreach (var table in context.Report.Summaries)
        {
            var period = table.Period ?? context.EvaluatedPeriod;
            foreach (var row in table.Rows)
            {
                CheckRowTotal(context, table, row);
            }

            CheckColumnTotals(context, table);
            if (table.Bins.Count != 3)
            {
                continue;
            }

            foreach (var row in SummaryCounts.CountedRows(table))
            {
                CheckAgainstListed(context, table, row, period);
            }
        }
    }

    private void CheckRowTotal(AuditContext context, SummaryTable table, SummaryRow row)
    {
        if (row.Total?.Value is not { } total || SummaryCounts.Vector(row) is not { } vector)
        {
            return;
        }

        var sum = vector.Sum();
        if (sum != (int)total)
        {
            context.Add(new FindingDraft(
                Id, Severity.Error, row.Total.Source, null, Invariant.Period(table.Period), row.Total.ToString(), Invariant.Count(sum), row.Total.Tolerance,
                "En \"" + table.Title + "\" la fila \"" + row.Label + "\" registra " + Invariant.Counts(vector) + " (tramos y ND), que suman " + Invariant.Count(sum) + " y no el total impreso " + row.Total + ".",
                table.Title + ": la fila \"" + row.Label + "\" suma " + Invariant.Count(sum) + " pero su total impreso es " + row.Total + "."));
        }
    }

    private void CheckColumnTotals(AuditContext context, SummaryTable table)
    {
        var total = table.Rows.FirstOrDefault(r => r.Role == RowRole.Total);
        var items = table.Rows.Where(r => r.Role == RowRole.Item).ToList();
        if (total is null || items.Count < 2 || SummaryCounts.Vector(total) is not { } stated)
        {
            return;
        }

        var vectors = items.Select(SummaryCounts.Vector).ToList();
        if (vectors.Any(v => v is null))
        {
            return;
        }

        var sums = new int[stated.Length];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += vector![i];
            }
        }

        if (!sums.SequenceEqual(stated))
        {
            context.Add(new FindingDraft(
                Id, Severity.Error, total.Source, null, Invariant.Period(table.Period), Invariant.Counts(stated), Invariant.Counts(sums), null,
                "En \"" + table.Title + "\" la fila total registra " + Invariant.Counts(stated) + ", pero sus " + Invariant.Count(items.Count) + " filas suman " + Invariant.Counts(sums) + " (tramos y luego ND).",
                table.Title + ": la fila total registra (" + Invariant.Counts(stated).Replace(";", ", ", StringComparison.Ordinal) + ") pero sus filas suman (" + Invariant.Counts(sums).Replace(";", ", ", StringComparison.Ordinal) + ")."));
        }
    }

    private void CheckAgainstListed(AuditContext context, SummaryTable table, SummaryRow row, Period? period)
    {
        if (SummaryCounts.Listed(context.Report, table, row, period) is not { } listed)
        {
            return;
        }

        var bins = SummaryCounts.Bins(listed);
        var stated = row.Counts.Select(c => c.Value).ToList();
        if (stated.Any(c => c is null))
        {
            return;
        }

        var statedBins = stated.Select(c => (int)c!.Value).ToArray();
        var recomputed = bins.Take(3).ToArray();
        var agrees = statedBins.SequenceEqual(recomputed);
        var subject = table.Title + " / " + row.Label;
        var reconciled = new ReconciledDraft(subject, "count", period, Invariant.Counts(statedBins), Invariant.Counts(recomputed),
            agrees ? ReconcileStatus.Consistent : ReconcileStatus.Differs, "tramos del semáforo [0,75), [75,95), [95,100] sobre " + Invariant.Count(listed.Count) + " avances listados", row.Source);
        context.Reconciled.Add(reconciled);
        if (agrees)
        {
            return;
        }

        var finding = new FindingDraft(
            Id, Severity.Error, row.Source, null, Invariant.Period(period), Invariant.Counts(statedBins), Invariant.Counts(recomputed), null,
            "\"" + table.Title + "\" registra " + Invariant.Counts(statedBins) + " por tramo para \"" + row.Label + "\", pero los " + Invariant.Count(listed.Count)
                + " avances listados se reparten " + Invariant.Counts(recomputed) + " en los tramos [0,75), [75,95), [95,100].",
            table.Title + ": la tabla registra (" + Invariant.Counts(statedBins).Replace(";", ", ", StringComparison.Ordinal) + ") pero los avances listados dan ("
                + Invariant.Counts(recomputed).Replace(";", ", ", StringComparison.Ordinal) + ")" + Invariant.PeriodSuffix(period) + ".");
        context.Add(finding);
        reconciled.Finding = finding;
    }
}

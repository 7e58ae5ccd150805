using Ingest.Audit.Conventions;

namespace Ingest.Audit.Rules;

/// <summary><c>total-mismatch</c>: a TOTAL, subtotal or group row differs from the sum of its rows (or, in an average column, from their mean).</summary>
internal sealed class TotalMismatchRule : IAuditRule
{
    public string Id => RuleIds.TotalMismatch;

    public void Check(AuditContext context)
    {
        foreach (var table in context.Report.FigureTables)
        {
            var priority = FigureTables.PriorityColumn(table);
            foreach (var (aggregate, items) in FigureTables.Aggregates(table))
            {
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    var role = table.Columns[column].Role;
                    if (column == priority || !(FigureTables.IsAdditive(role) || role == ColumnRole.Average))
                    {
                        continue;
                    }

                    // An index row (IGI) averages the group rows (OEI), not the items under them.
                    var groups = table.Rows.Where(r => r.Role == RowRole.Group && FigureTables.At(r, column) is { HasValue: true }).ToList();
                    var covered = role == ColumnRole.Average && aggregate.Role == RowRole.Total && groups.Count > 0 ? groups : items;
                    Check(context, table, aggregate, covered, column, role == ColumnRole.Average ? priority : null);
                }
            }
        }
    }

    private void Check(AuditContext context, FigureTable table, FigureRow aggregate, IReadOnlyList<FigureRow> items, int column, int? priority)
    {
        if (FigureTables.At(aggregate, column) is not { HasValue: true } stated)
        {
            return;
        }

        var values = items.Select(r => FigureTables.At(r, column)?.Value).ToList();
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (present.Count == 0)
        {
            return;
        }

        var name = table.Columns[column].Name;
        var average = table.Columns[column].Role == ColumnRole.Average;
        var weights = average && priority is { } p ? PriorityWeights(items.Where(r => FigureTables.At(r, column) is { HasValue: true }).ToList(), p) : null;
        var recomputed = weights is not null ? Recompute.Weighting.Mean(present, weights) : average ? present.Sum() / present.Count : present.Sum();
        var what = weights is not null ? "promedio ponderado por prioridad" : average ? "promedio" : "suma";
        var subject = table.Title + " / " + FigureTables.RowName(aggregate) + " / " + name;
        context.Compare(new Comparison
        {
            Rule = Id,
            Subject = subject,
            Figure = average ? "average" : "total",
            Period = table.Columns[column].Period,
            Code = aggregate.Code ?? table.SubjectCode,
            Stated = stated,
            Recomputed = recomputed,
            Reason = what + " de " + Invariant.Count(present.Count) + " fila(s)",
            Explanation = "La fila " + SpanishTerms.Name(aggregate.Role) + " \"" + FigureTables.RowName(aggregate) + "\" de \"" + table.Title + "\" imprime " + stated + " en \"" + name
                + "\"; " + (average ? "el " : "la ") + what + " de sus " + Invariant.Count(present.Count) + " fila(s) es " + Invariant.Recomputed(recomputed, stated) + ".",
            Message = (table.SubjectCode ?? table.Title) + ": el " + (aggregate.Role == RowRole.Total ? "total" : "subtotal") + " impreso de \"" + name + "\" es " + stated
                + " pero " + (average ? "el promedio" : "la suma") + " de las filas es " + Invariant.Format(recomputed, stated.Decimals) + ".",
            Alternatives = () => weights is not null ? ConventionSearch.Mean(values, stated).Prepend(SimpleMean(present, stated)).OfType<Alternative>() : average ? ConventionSearch.Mean(values, stated) : SkippedRow(present, stated),
        });
    }

    /// <summary>Gets the weights <c>Pmax - P + 1</c> of rows by their printed prioridad, or <see langword="null"/> when one is not printed.</summary>
    private static decimal[]? PriorityWeights(IReadOnlyList<FigureRow> rows, int column)
    {
        var priorities = rows.Select(r => FigureTables.At(r, column)?.Value).ToList();
        if (priorities.Count == 0 || priorities.Any(p => p is null))
        {
            return null;
        }

        var max = priorities.Max(p => p!.Value);
        return priorities.Select(p => max - p!.Value + 1m).ToArray();
    }

    private static Alternative? SimpleMean(IReadOnlyList<decimal> present, ReportValue stated)
        => ConventionSearch.Reproduces(stated, present.Sum() / present.Count) ? new Alternative(Convention.EqualWeights, "promedio simple en lugar de los pesos por prioridad") : null;

    private static IEnumerable<Alternative> SkippedRow(IReadOnlyList<decimal> present, ReportValue stated)
    {
        var sum = present.Sum();
        for (var i = 0; i < present.Count; i++)
        {
            if (present.Count > 1 && Recompute.Rounding.Agrees(stated, sum - present[i]))
            {
                yield return new Alternative(Convention.SkipRows, "fila " + Invariant.Count(i + 1) + " omitida");
                yield break;
            }
        }
    }
}

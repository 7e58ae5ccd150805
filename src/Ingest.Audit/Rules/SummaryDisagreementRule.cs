namespace Ingest.Audit.Rules;

/// <summary><c>summary-disagreement</c>: two summary tables of one report (or a table and the text that describes it) count the same subject and period differently.</summary>
internal sealed class SummaryDisagreementRule : IAuditRule
{
    public string Id => RuleIds.SummaryDisagreement;

    public void Check(AuditContext context)
    {
        var groups = context.Report.Summaries.GroupBy(s => (s.Subject, Period: s.Period ?? context.EvaluatedPeriod));
        foreach (var group in groups)
        {
            var tables = group.ToList();
            for (var i = 1; i < tables.Count; i++)
            {
                // Compare with the most complete earlier table first, and report each table once.
                var earlier = tables.Take(i).OrderByDescending(t => SummaryCounts.Overall(t)?.Count(c => c.HasValue) ?? 0).ToList();
                foreach (var reference in earlier)
                {
                    if (Compare(context, reference, tables[i], group.Key.Period))
                    {
                        break;
                    }
                }
            }
        }
    }

    private bool Compare(AuditContext context, SummaryTable first, SummaryTable other, Period? period)
    {
        if (SummaryCounts.Overall(first) is not { } a || SummaryCounts.Overall(other) is not { } b || a.Length != b.Length)
        {
            return false;
        }

        var hasNd = first.Rows.Any(r => r.NotAvailable is not null) && other.Rows.Any(r => r.NotAvailable is not null);
        var length = hasNd ? a.Length : a.Length - 1;
        var common = Enumerable.Range(0, length).Where(i => a[i].HasValue && b[i].HasValue).ToList();
        if (common.Count == 0 || common.All(i => a[i] == b[i]))
        {
            return false;
        }

        var x = Show(a, length);
        var y = Show(b, length);
        var location = (other.Rows.FirstOrDefault(r => r.Role == RowRole.Total) ?? other.Rows.FirstOrDefault())?.Source ?? other.Source;
        context.Add(new FindingDraft(
            Id, Severity.Error, location, null, Invariant.Period(period), y, x, null,
            "\"" + other.Title + "\" counts " + y + " (bins" + (hasNd ? " then ND" : string.Empty) + ") where \"" + first.Title + "\" counts " + x + " for the same subject and period.",
            other.Title + " registra (" + y.Replace(";", ", ", StringComparison.Ordinal) + ") pero " + first.Title + " registra ("
                + x.Replace(";", ", ", StringComparison.Ordinal) + ")" + Invariant.PeriodSuffix(period) + "."));
        return true;
    }

    private static string Show(int?[] counts, int length) => string.Join(';', counts.Take(length).Select(c => c is { } v ? Invariant.Count(v) : "-"));
}

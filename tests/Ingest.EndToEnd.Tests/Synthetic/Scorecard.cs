using System.Globalization;
using System.Text;

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>One synthetic report run through the pipeline, with its truth.</summary>
/// <param name="Truth">The truth file.</param>
/// <param name="Findings">The audit's findings.</param>
internal sealed record ScoredReport(Truth Truth, IReadOnlyList<Finding> Findings)
{
    /// <summary>Gets the injections no finding catches.</summary>
    public IReadOnlyList<Injection> Missed => [.. Truth.Injections.Where(i => !Findings.Any(i.MatchedBy))];

    /// <summary>Gets the findings that match no injection of the file (<c>also</c> entries included).</summary>
    public IReadOnlyList<Finding> FalsePositives => [.. Findings.Where(f => !Truth.Injections.Any(i => i.MatchedBy(f)))];
}

/// <summary>Recall of injections and precision of findings over a set of scored reports, overall, per kind and per rule.</summary>
internal sealed class Scorecard
{
    private readonly IReadOnlyList<ScoredReport> reports;

    /// <summary>Initializes a new instance of the <see cref="Scorecard"/> class.</summary>
    /// <param name="reports">The scored reports.</param>
    public Scorecard(IReadOnlyList<ScoredReport> reports) => this.reports = reports;

    /// <summary>Gets the overall recall (1 when nothing was injected).</summary>
    public decimal Recall => Ratio(reports.Sum(r => r.Truth.Injections.Count - r.Missed.Count), reports.Sum(r => r.Truth.Injections.Count));

    /// <summary>Gets the overall precision (1 when nothing was found).</summary>
    public decimal Precision => Ratio(reports.Sum(r => r.Findings.Count - r.FalsePositives.Count), reports.Sum(r => r.Findings.Count));

    /// <summary>Renders the figures and the lists of missed injections and false positives.</summary>
    /// <returns>The text, invariant culture.</returns>
    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(Line("overall", reports));
        text.AppendLine("per kind:");
        foreach (var group in reports.GroupBy(r => r.Truth.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Line("  " + group.Key, [.. group]));
        }

        if (reports.Any(r => r.Truth.Producer is not null))
        {
            text.AppendLine("per producer:");
            foreach (var group in reports.GroupBy(r => r.Truth.Producer ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine(Line("  " + group.Key, [.. group]));
            }

            text.AppendLine("per layout family:");
            foreach (var group in reports.GroupBy(r => r.Truth.LayoutFamily).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine(Line("  " + group.Key, [.. group]));
            }

            RenderGrid(text);
        }

        text.AppendLine("per layout:");
        foreach (var group in reports.GroupBy(r => r.Truth.Layout).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Line("  " + group.Key, [.. group]));
        }

        text.AppendLine("per rule (recall over the injections of the rule, precision over the findings of the rule):");
        foreach (var rule in RuleIds.All)
        {
            var injected = reports.Sum(r => r.Truth.Injections.Count(i => i.Rule == rule));
            var recalled = reports.Sum(r => r.Truth.Injections.Count(i => i.Rule == rule && r.Findings.Any(i.MatchedBy)));
            var found = reports.Sum(r => r.Findings.Count(f => f.Rule == rule));
            var good = reports.Sum(r => r.Findings.Count(f => f.Rule == rule && r.Truth.Injections.Any(i => i.MatchedBy(f))));
            text.AppendLine(Invariant($"  {rule,-24} recall {Percent(recalled, injected)} ({recalled}/{injected})  precision {Percent(good, found)} ({good}/{found})"));
        }

        var falsePositives = reports.Sum(r => r.FalsePositives.Count);
        var unread = reports.Sum(r => r.FalsePositives.Count(f => f.Rule is RuleIds.UnreadTable or RuleIds.UnreadElement));
        var mainUnread = reports.Count(r => r.Findings.Any(f => f.Rule == RuleIds.UnreadTable && string.IsNullOrEmpty(f.Stated)));
        text.AppendLine(Invariant($"false positives that are the reader's own unread-table / unread-element reports: {unread} of {falsePositives}; reports whose main table was not read: {mainUnread} of {reports.Count}"));
        text.AppendLine("missed injections:");
        foreach (var report in reports)
        {
            foreach (var missed in report.Missed)
            {
                text.AppendLine(Invariant($"  {report.Truth.File} {missed.Id} {missed.Rule} {missed.Code ?? "-"} {missed.Period ?? "-"} p{missed.Page?.ToString(CultureInfo.InvariantCulture) ?? "?"} stated={missed.Stated} correct={missed.Correct}: {missed.Where}"));
            }
        }

        text.AppendLine("false positives:");
        foreach (var report in reports)
        {
            foreach (var finding in report.FalsePositives)
            {
                text.AppendLine(Invariant($"  {report.Truth.File} {Pipeline.Describe(finding)}"));
            }
        }

        return text.ToString();
    }

    /// <summary>Gets recall and precision per producer and layout family, one cell for each pair the reports hold.</summary>
    /// <returns>The cells, ordered by producer then family.</returns>
    public IReadOnlyList<ScoreCell> ProducerLayoutCells() =>
    [
        .. reports.GroupBy(r => (Producer: r.Truth.Producer ?? "-", Family: r.Truth.LayoutFamily))
            .OrderBy(g => g.Key.Producer, StringComparer.Ordinal).ThenBy(g => g.Key.Family, StringComparer.Ordinal)
            .Select(g => Cell(g.Key.Producer, g.Key.Family, [.. g])),
    ];

    private static ScoreCell Cell(string producer, string family, IReadOnlyList<ScoredReport> group)
    {
        var injected = group.Sum(r => r.Truth.Injections.Count);
        var found = group.Sum(r => r.Findings.Count);
        return new ScoreCell(producer, family, group.Count, injected - group.Sum(r => r.Missed.Count), injected, found - group.Sum(r => r.FalsePositives.Count), found);
    }

    private void RenderGrid(StringBuilder text)
    {
        var cells = ProducerLayoutCells();
        var families = cells.Select(c => c.Family).Distinct().Order(StringComparer.Ordinal).ToList();
        text.AppendLine("producer x layout family (recall / precision, reports):");
        text.Append(Invariant($"  {"",-12}"));
        foreach (var family in families)
        {
            text.Append(Invariant($" {family,-24}"));
        }

        text.AppendLine();
        foreach (var producer in cells.Select(c => c.Producer).Distinct())
        {
            text.Append(Invariant($"  {producer,-12}"));
            foreach (var family in families)
            {
                var cell = cells.FirstOrDefault(c => c.Producer == producer && c.Family == family);
                string shown = cell is null ? "-" : Invariant($"{Percent(cell.Recalled, cell.Injected).Trim()} / {Percent(cell.Good, cell.Found).Trim()} ({cell.Reports})");
                text.Append(Invariant($" {shown,-24}"));
            }

            text.AppendLine();
        }
    }

    private static string Line(string label, IReadOnlyList<ScoredReport> group)
    {
        var injected = group.Sum(r => r.Truth.Injections.Count);
        var recalled = injected - group.Sum(r => r.Missed.Count);
        var found = group.Sum(r => r.Findings.Count);
        var good = found - group.Sum(r => r.FalsePositives.Count);
        return Invariant($"{label,-26} reports {group.Count,3}  recall {Percent(recalled, injected)} ({recalled}/{injected})  precision {Percent(good, found)} ({good}/{found})");
    }

    private static decimal Ratio(int part, int whole) => whole == 0 ? 1m : (decimal)part / whole;

    private static string Percent(int part, int whole) => whole == 0 ? "   n/a" : Invariant($"{Math.Round(100m * part / whole, 1),5:0.0}%");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Recall and precision of one producer on one layout family.</summary>
/// <param name="Producer">The producer.</param>
/// <param name="Family">The layout family.</param>
/// <param name="Reports">How many reports.</param>
/// <param name="Recalled">Injections caught.</param>
/// <param name="Injected">Injections.</param>
/// <param name="Good">Findings that match an injection.</param>
/// <param name="Found">Findings.</param>
internal sealed record ScoreCell(string Producer, string Family, int Reports, int Recalled, int Injected, int Good, int Found)
{
    /// <summary>Gets the recall (1 when nothing was injected).</summary>
    public decimal Recall => Injected == 0 ? 1m : (decimal)Recalled / Injected;

    /// <summary>Gets the precision (1 when nothing was found).</summary>
    public decimal Precision => Found == 0 ? 1m : (decimal)Good / Found;
}

using Ingest.Audit.Conventions;
using Ingest.Audit.Rules;

namespace Ingest.Audit;

/// <summary>Recomputes every printed figure of a report by CEPLAN's rules and lists the ones that do not add up.</summary>
public static class Auditor
{
    private static readonly IReadOnlyList<IAuditRule> Rules =
    [
        new IndicatorProgressRule(),
        new ActionProgressRule(),
        new ReportAverageRule(),
        new SummaryCountRule(),
        new SummaryDisagreementRule(),
        new TotalMismatchRule(),
        new PercentMismatchRule(),
        new NarrativeContradictionRule(),
        new ValueDisagreementRule(),
        new CountMismatchRule(),
        new WordsDigitsRule(),
        new UnitMismatchRule(),
        new SuspiciousValueRule(),
        new MissingDataRule(),
    ];

    /// <summary>Audits a report.</summary>
    /// <param name="report">The report read into the canonical model.</param>
    /// <param name="options">The options; <see cref="AuditOptions.Default"/> when omitted.</param>
    /// <returns>The findings, sorted by severity (errors first), page, rule and code, with ids <c>F0001</c>...; and the reconciled view of every recomputable printed figure.</returns>
    public static AuditResult Audit(CeplanReport report, AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new AuditContext(report, options ?? AuditOptions.Default);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        ConventionPolicy.Resolve(context);
        CoverageFindings.Add(context);
        var ordered = context.Findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.Page)
            .ThenBy(f => RuleOrder(f.Rule))
            .ThenBy(f => f.Code ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Period ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Table ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Row ?? -1)
            .ThenBy(f => f.Location.Column ?? -1)
            .ThenBy(f => f.Location.Box?.Top ?? 0)
            .ThenBy(f => f.Stated, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var ids = new Dictionary<FindingDraft, string>(ReferenceEqualityComparer.Instance);
        var findings = new List<Finding>(ordered.Count);
        foreach (var draft in ordered)
        {
            var id = "F" + (findings.Count + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            ids[draft] = id;
            findings.Add(new Finding(id, draft.Rule, draft.Severity, report.Document.File, draft.Location, draft.Code, draft.Period, draft.Stated, draft.Recomputed, draft.Tolerance, draft.Explanation, draft.Message));
        }

        // Printed order: page, then position on the page (a stable sort keeps the rules' order for figures without a box).
        var reconciled = context.Reconciled
            .OrderBy(r => r.Source.Page)
            .ThenBy(r => r.Source.Box?.Top ?? 0)
            .Select(r => new ReconciledFigure(r.Subject, r.Figure, r.Period?.ToString(), r.Stated, r.Recomputed, r.Status, r.Finding is { } f ? ids[f] : null, r.Reason, r.Source))
            .ToList();
        return new AuditResult(findings, reconciled);
    }

    private static int RuleOrder(string rule)
    {
        for (var i = 0; i < RuleIds.Every.Count; i++)
        {
            if (string.Equals(RuleIds.Every[i], rule, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return RuleIds.Every.Count;
    }
}

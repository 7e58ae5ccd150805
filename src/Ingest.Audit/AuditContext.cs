using Ingest.Audit.Conventions;
using Ingest.Audit.Recompute;

namespace Ingest.Audit;

/// <summary>A finding before it gets its id (ids follow the final order).</summary>
internal sealed record FindingDraft(
    string Rule,
    Severity Severity,
    Provenance Location,
    string? Code,
    string? Period,
    string Stated,
    string Recomputed,
    decimal? Tolerance,
    string Explanation,
    string Message);

/// <summary>A figure of the reconciled view before the finding ids are known.</summary>
internal sealed class ReconciledDraft(string subject, string figure, Period? period, string stated, string? recomputed, ReconcileStatus status, string? reason, Provenance source)
{
    public string Subject { get; } = subject;

    public string Figure { get; } = figure;

    public Period? Period { get; } = period;

    public string Stated { get; } = stated;

    public string? Recomputed { get; } = recomputed;

    public ReconcileStatus Status { get; set; } = status;

    public string? Reason { get; set; } = reason;

    public Provenance Source { get; } = source;

    public FindingDraft? Finding { get; set; }
}

/// <summary>A printed figure that differs from its CEPLAN recomputation, with the conventions that reproduce it; <see cref="ConventionPolicy"/> turns it into findings.</summary>
internal sealed class Discrepancy
{
    public required string Rule { get; init; }

    public required string Subject { get; init; }

    public required Provenance Location { get; init; }

    public string? Code { get; init; }

    public Period? Period { get; init; }

    public required ReportValue Stated { get; init; }

    public required decimal Recomputed { get; init; }

    public required string Explanation { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<Alternative> Reproducing { get; init; } = [];

    public ReconciledDraft? Reconciled { get; init; }
}

/// <summary>The state of one audit: the report, what was checked, and what was found.</summary>
internal sealed class AuditContext(CeplanReport report, AuditOptions options)
{
    private readonly Dictionary<string, int> checkedFigures = new(StringComparer.Ordinal);

    public CeplanReport Report { get; } = report;

    public AuditOptions Options { get; } = options;

    public List<FindingDraft> Findings { get; } = [];

    public List<ReconciledDraft> Reconciled { get; } = [];

    public List<Discrepancy> Discrepancies { get; } = [];

    /// <summary>Gets the period a figure without its own period is about: the evaluated period.</summary>
    public Period? EvaluatedPeriod => Report.Document.EvaluatedPeriod;

    public void Add(FindingDraft finding) => Findings.Add(finding);

    /// <summary>Gets how many figures a rule compared.</summary>
    public int Checked(string rule) => checkedFigures.GetValueOrDefault(rule);

    /// <summary>Records a figure that cannot be recomputed.</summary>
    public ReconciledDraft NotComputable(string subject, string figure, Period? period, ReportValue stated, string reason)
    {
        var draft = new ReconciledDraft(subject, figure, period, stated.ToString(), null, ReconcileStatus.NotComputable, reason, stated.Source);
        Reconciled.Add(draft);
        return draft;
    }

    /// <summary>Compares a printed figure with its recomputation; a difference becomes a <see cref="Discrepancy"/> carrying the conventions that reproduce it.</summary>
    /// <returns><see langword="true"/> when the figures agree.</returns>
    public bool Compare(Comparison comparison)
    {
        var stated = comparison.Stated;
        checkedFigures[comparison.Rule] = Checked(comparison.Rule) + 1;
        var recomputed = comparison.Recomputed;
        if (Rounding.Agrees(stated, recomputed))
        {
            Reconciled.Add(new ReconciledDraft(comparison.Subject, comparison.Figure, comparison.Period, stated.ToString(), Invariant.Recomputed(recomputed, stated), ReconcileStatus.Consistent, comparison.Reason, stated.Source));
            return true;
        }

        var reconciled = new ReconciledDraft(comparison.Subject, comparison.Figure, comparison.Period, stated.ToString(), Invariant.Recomputed(recomputed, stated), ReconcileStatus.Differs, comparison.Reason, stated.Source);
        Reconciled.Add(reconciled);
        var alternatives = new List<Alternative>();
        if (Options.SearchConventions)
        {
            alternatives.AddRange(comparison.Alternatives?.Invoke() ?? []);
            alternatives.AddRange(ConventionSearch.Rounding(stated, recomputed));
        }

        Discrepancies.Add(new Discrepancy
        {
            Rule = comparison.Rule,
            Subject = comparison.Subject,
            Location = stated.Source,
            Code = comparison.Code,
            Period = comparison.Period,
            Stated = stated,
            Recomputed = recomputed,
            Explanation = comparison.Explanation,
            Message = comparison.Message,
            Reproducing = alternatives.DistinctBy(a => a.Convention).ToList(),
            Reconciled = reconciled,
        });
        return false;
    }
}

/// <summary>One comparison of a printed figure with its recomputation.</summary>
internal sealed record Comparison
{
    public required string Rule { get; init; }

    public required string Subject { get; init; }

    public required string Figure { get; init; }

    public Period? Period { get; init; }

    public string? Code { get; init; }

    public required ReportValue Stated { get; init; }

    public required decimal Recomputed { get; init; }

    /// <summary>Gets how the recomputation was done, in Spanish (kept on the reconciled figure).</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the Spanish explanation of the CEPLAN recomputation.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets the one-line Spanish message.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the search for alternative conventions, run only when the figures differ.</summary>
    public Func<IEnumerable<Alternative>>? Alternatives { get; init; }
}

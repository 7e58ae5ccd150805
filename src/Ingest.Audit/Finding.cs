namespace Ingest.Audit;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not an inconsistency (e.g. a figure that could not be checked).</summary>
    Info,

    /// <summary>The report departs from a CEPLAN rule consistently (its own convention), or a value looks suspicious.</summary>
    Warning,

    /// <summary>A printed figure does not add up under the CEPLAN rule nor under the report's own convention.</summary>
    Error,
}

/// <summary>The rule ids of SPEC section 5: part of the output contract.</summary>
public static class RuleIds
{
    /// <summary>An indicator's stated avance differs from the recomputation.</summary>
    public const string IndicatorProgress = "indicator-progress";

    /// <summary>An action's / objective's stated avance differs from the weighted mean of its indicators.</summary>
    public const string ActionProgress = "action-progress";

    /// <summary>A report-level average differs from the mean of the listed rows.</summary>
    public const string ReportAverage = "report-average";

    /// <summary>A count table differs from the listed rows, or a row does not add up to its total.</summary>
    public const string SummaryCount = "summary-count";

    /// <summary>Two summary tables (or a table and its description) disagree.</summary>
    public const string SummaryDisagreement = "summary-disagreement";

    /// <summary>A TOTAL / subtotal row differs from the sum of its rows.</summary>
    public const string TotalMismatch = "total-mismatch";

    /// <summary>A printed percentage differs from its ratio.</summary>
    public const string PercentMismatch = "percent-mismatch";

    /// <summary>A sentence states a figure that differs from the table value.</summary>
    public const string NarrativeContradiction = "narrative-contradiction";

    /// <summary>The same indicator / action is printed with different values in two places.</summary>
    public const string ValueDisagreement = "value-disagreement";

    /// <summary>A stated count differs from the items listed.</summary>
    public const string CountMismatch = "count-mismatch";

    /// <summary>A number in words differs from its digits.</summary>
    public const string WordsDigits = "words-digits";

    /// <summary>Values inconsistent with the indicator's unit or its own series.</summary>
    public const string UnitMismatch = "unit-mismatch";

    /// <summary>A suspicious value: constant series, duplicate names, damaged codes, heterogeneous totals.</summary>
    public const string SuspiciousValue = "suspicious-value";

    /// <summary>ND where a value is required, or ND counts that disagree with the ND bin.</summary>
    public const string MissingData = "missing-data";

    /// <summary>A plan code printed in the text layer is in no objective, action or indicator of the model.</summary>
    public const string UnreadElement = "unread-element";

    /// <summary>A table printing plan codes (or the kind's main table) was not read: the document is partial.</summary>
    public const string UnreadTable = "unread-table";

    /// <summary>Gets the rule ids of the checks on printed figures, in the order of SPEC section 5.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        IndicatorProgress, ActionProgress, ReportAverage, SummaryCount, SummaryDisagreement, TotalMismatch, PercentMismatch,
        NarrativeContradiction, ValueDisagreement, CountMismatch, WordsDigits, UnitMismatch, SuspiciousValue, MissingData,
    ];

    /// <summary>Gets the rule ids about what was not read (raised from the report's coverage, not from its figures): <c>unread-table</c>, <c>unread-element</c>.</summary>
    public static IReadOnlyList<string> Reading { get; } = [UnreadTable, UnreadElement];

    /// <summary>Gets every rule id: <see cref="All"/>, then <see cref="Reading"/>.</summary>
    public static IReadOnlyList<string> Every { get; } = [.. All, .. Reading];
}

/// <summary>A printed figure that does not add up, with the evidence.</summary>
/// <param name="Id">The finding's id within its document, stable for the same input (<c>F0001</c>).</param>
/// <param name="Rule">The rule id (<see cref="RuleIds"/>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="File">The input file's name.</param>
/// <param name="Location">Where the offending figure is printed (page, box, table, row, column, or the sentence).</param>
/// <param name="Code">The subject code (<c>AEI.04.01</c>), when there is one.</param>
/// <param name="Period">The period key (<c>2024</c>, <c>2024-S1</c>), when there is one.</param>
/// <param name="Stated">The stated figure(s) as invariant text; count vectors joined with <c>;</c>.</param>
/// <param name="Recomputed">The recomputed figure(s), same format; empty when nothing could be recomputed.</param>
/// <param name="Tolerance">The tolerance used (half a unit of the last printed decimal), when numbers were compared.</param>
/// <param name="Explanation">Which convention reproduces the stated figure, if any, and how the recomputation was done (Spanish).</param>
/// <param name="Message">One line in Spanish for the alert list.</param>
public sealed record Finding(
    string Id,
    string Rule,
    Severity Severity,
    string File,
    Provenance Location,
    string? Code,
    string? Period,
    string Stated,
    string Recomputed,
    decimal? Tolerance,
    string Explanation,
    string Message);

/// <summary>How a printed figure compares with its recomputation.</summary>
public enum ReconcileStatus
{
    /// <summary>Equal within the tolerance.</summary>
    Consistent,

    /// <summary>Different: see the finding.</summary>
    Differs,

    /// <summary>Cannot be recomputed (ND, LE = 0, relevance unknown, ...): see the reason.</summary>
    NotComputable,
}

/// <summary>One printed figure of the reconciled view: stated and recomputed side by side; nothing printed is overwritten.</summary>
/// <param name="Subject">What the figure is about: a code (<c>IND.01.AEI.01.01</c>), a table row, or the report.</param>
/// <param name="Figure">Which figure: <c>avance-tipo-i</c>, <c>avance-tipo-ii</c>, <c>action-avance</c>, <c>total</c>, <c>percent</c>, <c>average</c>, <c>count</c>.</param>
/// <param name="Period">The period key, when there is one.</param>
/// <param name="Stated">The stated figure as printed (invariant text).</param>
/// <param name="Recomputed">The recomputed figure, or <see langword="null"/> when not computable.</param>
/// <param name="Status">The comparison's outcome.</param>
/// <param name="FindingId">The finding raised when the figure differs.</param>
/// <param name="Reason">Why the figure is not computable, or the convention used.</param>
/// <param name="Source">Where the stated figure is printed.</param>
public sealed record ReconciledFigure(
    string Subject,
    string Figure,
    string? Period,
    string Stated,
    string? Recomputed,
    ReconcileStatus Status,
    string? FindingId,
    string? Reason,
    Provenance Source);

/// <summary>The outcome of auditing one report.</summary>
/// <param name="Findings">The findings, sorted by severity (errors first), then page, then rule.</param>
/// <param name="Reconciled">Every recomputable printed figure, in printed order.</param>
public sealed record AuditResult(IReadOnlyList<Finding> Findings, IReadOnlyList<ReconciledFigure> Reconciled);

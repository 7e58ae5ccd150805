namespace Ingest.Audit;

/// <summary>Options of <see cref="Auditor.Audit(CeplanReport, AuditOptions?)"/>.</summary>
public sealed record AuditOptions
{
    /// <summary>Gets the default options.</summary>
    public static AuditOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether differing figures are tried against the alternative conventions of SPEC section 4.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool SearchConventions { get; init; } = true;

    /// <summary>Gets the ratio between the largest and the smallest non-zero item of a summed column above which the total is said to add heterogeneous units.</summary>
    /// <value>The default value is 1000.</value>
    public decimal HeterogeneousRatio { get; init; } = 1000m;

    /// <summary>Gets the factor by which an obtained value must exceed (or fall short of) its expected values to be inconsistent with its own series.</summary>
    /// <value>The default value is 1000.</value>
    public decimal SeriesOutlierFactor { get; init; } = 1000m;

    /// <summary>Gets the largest number of indicators of one action for which every relevance weighting is tried when relevance is not printed.</summary>
    /// <value>The default value is 6 (3^6 weightings).</value>
    public int MaxWeightSearchIndicators { get; init; } = 6;
}

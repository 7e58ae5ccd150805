namespace Ingest.Audit.Conventions;

/// <summary>A known alternative to a CEPLAN rule that published reports follow (SPEC section 4).</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Description">What it does, in Spanish, for explanations.</param>
/// <param name="Short">What it does, in Spanish and in few words, for messages.</param>
/// <param name="Harmless"><see langword="true"/> when reproducing a figure with it is not an inconsistency at all (relevance not printed, sentido inferred).</param>
/// <param name="RoundingOnly"><see langword="true"/> when it only changes how the last printed digit is obtained.</param>
/// <param name="Systematic"><see langword="false"/> for conventions that describe a one-off slip (one row left out, another period's column): they are the report's own only when they reproduce two figures or more.</param>
internal sealed record Convention(string Id, string Description, string Short, bool Harmless = false, bool RoundingOnly = false, bool Systematic = true)
{
    public static Convention EqualWeights { get; } = new("equal-weights", "un promedio simple de los indicadores, sin considerar su relevancia impresa", "promedio simple de los indicadores sin ponderar por relevancia");

    public static Convention UnknownRelevance { get; } = new("unknown-relevance", "una ponderación de los indicadores por relevancia (la relevancia no está impresa)", "una ponderación por relevancia (no impresa)", Harmless: true);

    public static Convention InferredSentido { get; } = new("inferred-sentido", "el sentido contrario (el sentido no está impreso; el inferido puede ser erróneo)", "el sentido contrario (el sentido no está impreso)", Harmless: true);

    public static Convention AscendingRatio { get; } = new("ascending-ratio", "el cociente ascendente VO / LE aplicado a un indicador descendente", "la fórmula ascendente VO/LE en un indicador descendente");

    public static Convention ZeroForUnmet { get; } = new("zero-for-unmet", "0% impreso para toda meta no alcanzada en lugar del cociente", "0% para toda meta no alcanzada en lugar del cociente");

    public static Convention Uncapped { get; } = new("uncapped", "el cociente sin tope de 100%", "el cociente sin tope de 100%");

    public static Convention OtherPeriod { get; } = new("other-period", "la cifra de la columna de otro periodo", "el valor de la columna de otro periodo", Systematic: false);

    public static Convention TipoII { get; } = new("avance-tipo-ii", "el avance tipo II (respecto a la línea base) en lugar del tipo I", "el avance tipo II (respecto a la línea base) en lugar del tipo I");

    public static Convention SkipZeroRows { get; } = new("rows-skipped-zero", "las filas con 0 excluidas del promedio", "excluye del promedio las filas con 0");

    public static Convention SkipRows { get; } = new("rows-skipped", "algunas filas listadas omitidas", "omite algunas filas listadas", Systematic: false);

    public static Convention NotAvailableAsZero { get; } = new("nd-as-zero", "las filas ND contadas como 0", "cuenta las filas ND como 0");

    public static Convention RatioOverPia { get; } = new("ratio-over-pia", "el devengado dividido entre el PIA en lugar del PIM", "devengado entre PIA en lugar de PIM");

    public static Convention Truncation { get; } = new("truncation", "truncamiento en lugar de redondeo a los decimales impresos", "trunca los decimales en lugar de redondear", RoundingOnly: true);

    public static Convention CoarserRounding { get; } = new("coarser-rounding", "redondeo a menos decimales que los impresos (ceros finales)", "redondea a menos decimales de los impresos", RoundingOnly: true);

    /// <summary>Gets every convention, in the order used to break ties.</summary>
    public static IReadOnlyList<Convention> All { get; } =
    [
        UnknownRelevance, InferredSentido, EqualWeights, AscendingRatio, ZeroForUnmet, Uncapped, OtherPeriod, TipoII, SkipZeroRows, SkipRows,
        NotAvailableAsZero, RatioOverPia, Truncation, CoarserRounding,
    ];
}

/// <summary>A convention that reproduces a printed figure, with the detail of how.</summary>
/// <param name="Convention">The convention.</param>
/// <param name="Detail">How it reproduces the figure, in Spanish (<c>LE de 2023</c>, <c>pesos 2;1</c>).</param>
/// <param name="ColumnMeasure">For another period's column: which measure is read from it.</param>
/// <param name="Column">For another period's column: the period whose column is read.</param>
internal sealed record Alternative(Convention Convention, string Detail, Measure? ColumnMeasure = null, Period? Column = null)
{
    public string Describe() => Detail.Length == 0 ? Convention.Description : Convention.Description + " (" + Detail + ")";
}

namespace Ingest.Ceplan.Model;

/// <summary>A figure stated for a period (an avance, a count, an expected or obtained value).</summary>
/// <param name="Period">The period it is stated for; <see langword="null"/> when the report does not say.</param>
/// <param name="Value">The figure.</param>
public sealed record PeriodValue(Period? Period, ReportValue Value);

/// <summary>A strategic objective (OEI / OER).</summary>
/// <param name="Code">The normalised code (<c>OEI.01</c>, <c>OER.03</c>).</param>
/// <param name="Name">The name as printed (wrapped lines joined).</param>
/// <param name="Priority">The prioridad, when printed.</param>
/// <param name="StatedProgress">The avance the report states for the objective, per period.</param>
/// <param name="Source">Where the objective's code is printed.</param>
public sealed record Objective(string Code, string Name, int? Priority, IReadOnlyList<PeriodValue> StatedProgress, Provenance Source);

/// <summary>A strategic action (AEI / AER).</summary>
/// <param name="Code">The normalised code (<c>AEI.01.02</c>, <c>AER.03.05</c>).</param>
/// <param name="ObjectiveCode">The code of the objective it belongs to (<c>OEI.01</c>), derived from the code when not printed.</param>
/// <param name="Name">The name as printed, without a trailing <c>(Prioridad n)</c>.</param>
/// <param name="Priority">The prioridad, when printed.</param>
/// <param name="StatedProgress">The avance the report states for the action, per period.</param>
/// <param name="Source">Where the action's code is printed.</param>
public sealed record StrategicAction(string Code, string ObjectiveCode, string Name, int? Priority, IReadOnlyList<PeriodValue> StatedProgress, Provenance Source);

/// <summary>How relevant an indicator is to its action (its weight in the action's avance).</summary>
public enum Relevance
{
    /// <summary>Not printed.</summary>
    Unknown = 0,

    /// <summary>Muy relevante (R = 1).</summary>
    MuyRelevante = 1,

    /// <summary>Relevante (R = 2).</summary>
    Relevante = 2,

    /// <summary>Menos relevante (R = 3).</summary>
    MenosRelevante = 3,
}

/// <summary>The direction in which an indicator improves.</summary>
public enum Sentido
{
    /// <summary>Not printed and not inferred.</summary>
    Unknown,

    /// <summary>Ascendente: higher is better.</summary>
    Ascendente,

    /// <summary>Descendente: lower is better.</summary>
    Descendente,

    /// <summary>No definido (threshold indicators: máximo / mínimo permisible).</summary>
    NoDefinido,
}

/// <summary>How an indicator's values aggregate over time.</summary>
public enum Aggregation
{
    /// <summary>Not printed.</summary>
    Unknown,

    /// <summary>Agregable.</summary>
    Agregable,

    /// <summary>No agregable.</summary>
    NoAgregable,

    /// <summary>Máximo permisible: compliant when the obtained value is at most the expected one.</summary>
    MaximoPermisible,

    /// <summary>Mínimo permisible: compliant when the obtained value is at least the expected one.</summary>
    MinimoPermisible,
}

/// <summary>The unit of an indicator's values, inferred from its name and values.</summary>
public enum IndicatorUnit
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A percentage (<c>Porcentaje de ...</c>).</summary>
    Percent,

    /// <summary>A count or quantity (<c>Número de ...</c>, <c>Cantidad de ...</c>).</summary>
    Number,

    /// <summary>A rate or ratio (<c>Tasa de ...</c>, <c>Ratio ...</c>).</summary>
    Rate,

    /// <summary>An amount in soles.</summary>
    Soles,

    /// <summary>An amount in US dollars.</summary>
    Dollars,

    /// <summary>An index (<c>Índice de ...</c>).</summary>
    Index,
}

/// <summary>Which kind of figure an <see cref="Observation"/> is.</summary>
public enum Measure
{
    /// <summary>The expected value (logro esperado, meta).</summary>
    Expected,

    /// <summary>The obtained value (valor obtenido / observado).</summary>
    Obtained,

    /// <summary>The avance (tipo I unless stated otherwise) the report prints.</summary>
    StatedProgress,
}

/// <summary>One figure of an indicator for one period (long format).</summary>
/// <param name="Measure">What the figure is.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The figure (missing values kept as missing).</param>
public sealed record Observation(Measure Measure, Period Period, ReportValue Value);

/// <summary>An indicator of an objective or action.</summary>
/// <param name="Code">The normalised code (<c>IND.01.AEI.01.01</c>, <c>IND.02.OER.03</c>).</param>
/// <param name="Name">The name as printed (wrapped lines joined).</param>
/// <param name="ParentCode">The objective's or action's code (<c>AEI.01.01</c>).</param>
/// <param name="ResponsibleUnit">The responsible entity / unidad ejecutora, when printed.</param>
/// <param name="OrganisationUnit">The unidad de organización, when printed.</param>
/// <param name="Relevance">The relevancia.</param>
/// <param name="Sentido">The sentido esperado, printed or inferred.</param>
/// <param name="SentidoInferred"><see langword="true"/> when <see cref="Sentido"/> was not printed but inferred from the expected values' trajectory.</param>
/// <param name="Aggregation">The tipo de agregación.</param>
/// <param name="Unit">The unit, inferred from the name and values.</param>
/// <param name="BaselineYear">The línea base year, when printed.</param>
/// <param name="BaselineValue">The línea base value (missing when not printed).</param>
/// <param name="Observations">Expected, obtained and stated-progress figures per period, in column order.</param>
/// <param name="Source">Where the indicator's code is printed (its row).</param>
public sealed record Indicator(
    string Code,
    string Name,
    string ParentCode,
    string? ResponsibleUnit,
    string? OrganisationUnit,
    Relevance Relevance,
    Sentido Sentido,
    bool SentidoInferred,
    Aggregation Aggregation,
    IndicatorUnit Unit,
    int? BaselineYear,
    ReportValue BaselineValue,
    IReadOnlyList<Observation> Observations,
    Provenance Source)
{
    /// <summary>Gets a value indicating whether the indicator is scored as a threshold (máximo / mínimo permisible or no definido).</summary>
    public bool IsThreshold => Aggregation is Aggregation.MaximoPermisible or Aggregation.MinimoPermisible || Sentido == Sentido.NoDefinido;

    /// <summary>Gets the figure of a measure for a period, or <see langword="null"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figure, or <see langword="null"/> when the report has no such column.</returns>
    public ReportValue? Find(Measure measure, Period period)
    {
        foreach (var observation in Observations)
        {
            if (observation.Measure == measure && observation.Period == period)
            {
                return observation.Value;
            }
        }

        return null;
    }
}

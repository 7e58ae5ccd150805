namespace Ingest.Audit;

/// <summary>Spanish names of the model's terms, for explanations and messages (the enum ids themselves stay as they are in the outputs).</summary>
internal static class SpanishTerms
{
    /// <summary>Gets the name of a measure (<c>logro esperado</c>).</summary>
    public static string Name(Measure measure) => measure switch
    {
        Measure.Expected => "logro esperado",
        Measure.Obtained => "valor obtenido",
        Measure.StatedProgress => "avance",
        _ => measure.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the name of what a narrative number states (<c>avance</c>).</summary>
    public static string Name(ClaimRole role) => role switch
    {
        ClaimRole.Progress => "avance",
        ClaimRole.Expected => "logro esperado",
        ClaimRole.Obtained => "valor obtenido",
        ClaimRole.Count => "conteo",
        _ => role.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets what a summary table counts, plural with its article (<c>los objetivos</c>).</summary>
    public static string Name(SummarySubject subject) => subject switch
    {
        SummarySubject.Actions => "las acciones",
        SummarySubject.Objectives => "los objetivos",
        SummarySubject.Indicators => "los indicadores",
        _ => subject.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the name of an aggregate row's kind (<c>total</c>, <c>subtotal</c>, <c>de grupo</c>), as in <c>la fila total</c>.</summary>
    public static string Name(RowRole role) => role switch
    {
        RowRole.Total => "total",
        RowRole.Subtotal => "subtotal",
        RowRole.Group => "de grupo",
        RowRole.Item => "de detalle",
        _ => role.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the name of the unit an indicator is measured in (<c>porcentaje</c>).</summary>
    public static string Name(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Number => "número",
        IndicatorUnit.Percent => "porcentaje",
        IndicatorUnit.Soles => "soles",
        IndicatorUnit.Dollars => "dólares",
        _ => unit.ToString().ToLowerInvariant(),
    };

    /// <summary>Gets the name of the unit a figure is printed in (<c>porcentaje</c>; a plain number is <c>número</c>).</summary>
    public static string Name(ValueUnit unit) => unit switch
    {
        ValueUnit.Percent => "porcentaje",
        ValueUnit.Soles => "soles",
        ValueUnit.Dollars => "dólares",
        _ => "número",
    };
}

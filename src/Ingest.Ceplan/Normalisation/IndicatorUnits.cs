using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Normalisation;

/// <summary>Infers an indicator's unit from its name and, failing that, from its printed values.</summary>
public static class IndicatorUnits
{
    // Checked in order: the first word of the name decides before words further in ("Porcentaje de presupuesto" is a percent).
    private static readonly (string Prefix, IndicatorUnit Unit)[] Leading =
    [
        ("PORCENTAJE", IndicatorUnit.Percent),
        ("PROPORCION", IndicatorUnit.Percent),
        ("TASA", IndicatorUnit.Rate),
        ("RATIO", IndicatorUnit.Rate),
        ("RAZON", IndicatorUnit.Rate),
        ("INDICE", IndicatorUnit.Index),
        ("NUMERO", IndicatorUnit.Number),
        ("CANTIDAD", IndicatorUnit.Number),
        ("NRO", IndicatorUnit.Number),
        ("N°", IndicatorUnit.Number),
        ("Nº", IndicatorUnit.Number),
        ("TOTAL", IndicatorUnit.Number),
        ("MONTO", IndicatorUnit.Soles),
        ("PRESUPUESTO", IndicatorUnit.Soles),
    ];

    private static readonly (string Word, IndicatorUnit Unit)[] Anywhere =
    [
        ("PORCENTAJE", IndicatorUnit.Percent),
        ("US$", IndicatorUnit.Dollars),
        ("DOLARES", IndicatorUnit.Dollars),
        ("SOLES", IndicatorUnit.Soles),
        ("S/", IndicatorUnit.Soles),
        ("PRESUPUESTO", IndicatorUnit.Soles),
        ("TASA", IndicatorUnit.Rate),
        ("INDICE", IndicatorUnit.Index),
        ("NUMERO", IndicatorUnit.Number),
        ("CANTIDAD", IndicatorUnit.Number),
    ];

    /// <summary>Infers an indicator's unit.</summary>
    /// <param name="name">The indicator's name (or its printed parámetro de medición / unidad de medida).</param>
    /// <param name="values">Its printed values, if any: a value written with <c>%</c>, <c>S/</c> or <c>US$</c> decides when the name does not.</param>
    /// <returns>The unit, or <see cref="IndicatorUnit.Unknown"/>.</returns>
    public static IndicatorUnit Infer(string? name, IEnumerable<ReportValue>? values = null)
    {
        var folded = TextFold.Fold(name).TrimStart('-', '*', ' ', '(');
        foreach (var (prefix, unit) in Leading)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        var padded = " " + folded.Replace('(', ' ').Replace(')', ' ').Replace(',', ' ').Replace('.', ' ') + " ";
        foreach (var (word, unit) in Anywhere)
        {
            if (padded.Contains(" " + word + " ", StringComparison.Ordinal) || (word.EndsWith('/') && padded.Contains(" " + word, StringComparison.Ordinal)))
            {
                return unit;
            }
        }

        if (values is not null)
        {
            foreach (var value in values)
            {
                switch (value.Unit)
                {
                    case ValueUnit.Percent:
                        return IndicatorUnit.Percent;
                    case ValueUnit.Soles:
                        return IndicatorUnit.Soles;
                    case ValueUnit.Dollars:
                        return IndicatorUnit.Dollars;
                }
            }
        }

        return IndicatorUnit.Unknown;
    }
}

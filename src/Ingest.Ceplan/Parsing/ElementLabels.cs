using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads the printed labels of indicator columns (relevancia, sentido, agregación) and infers an indicator's unit.</summary>
internal static class ElementLabels
{
    public static Relevance ReadRelevance(string text)
    {
        var label = HeaderText.Normalise(text);
        return label switch
        {
            _ when label.StartsWith("muy relevante", StringComparison.Ordinal) => Relevance.MuyRelevante,
            _ when label.StartsWith("menos relevante", StringComparison.Ordinal) => Relevance.MenosRelevante,
            _ when label.StartsWith("relevante", StringComparison.Ordinal) => Relevance.Relevante,
            _ => Relevance.Unknown,
        };
    }

    public static Sentido ReadSentido(string text)
    {
        var label = HeaderText.Normalise(text);
        return label switch
        {
            _ when label.StartsWith("ascendente", StringComparison.Ordinal) => Sentido.Ascendente,
            _ when label.StartsWith("descendente", StringComparison.Ordinal) => Sentido.Descendente,
            _ when label.StartsWith("no definido", StringComparison.Ordinal) => Sentido.NoDefinido,
            _ => Sentido.Unknown,
        };
    }

    public static Aggregation ReadAggregation(string text)
    {
        var label = HeaderText.Normalise(text);
        return label switch
        {
            _ when label.StartsWith("no agregable", StringComparison.Ordinal) => Aggregation.NoAgregable,
            _ when label.StartsWith("agregable", StringComparison.Ordinal) => Aggregation.Agregable,
            _ when label.StartsWith("maximo permisible", StringComparison.Ordinal) => Aggregation.MaximoPermisible,
            _ when label.StartsWith("minimo permisible", StringComparison.Ordinal) => Aggregation.MinimoPermisible,
            _ => Aggregation.Unknown,
        };
    }

    public static IndicatorUnit InferUnit(string name, ReportValue baseline, IReadOnlyList<Observation> observations)
    {
        var label = HeaderText.Normalise(name);
        if (label.StartsWith("porcentaje", StringComparison.Ordinal) || label.Contains("(%)", StringComparison.Ordinal))
        {
            return IndicatorUnit.Percent;
        }

        if (label.StartsWith("tasa", StringComparison.Ordinal) || label.StartsWith("razon", StringComparison.Ordinal) || label.StartsWith("ratio", StringComparison.Ordinal))
        {
            return IndicatorUnit.Rate;
        }

        if (label.StartsWith("indice", StringComparison.Ordinal))
        {
            return IndicatorUnit.Index;
        }

        if (label.Contains("usd", StringComparison.Ordinal) || label.Contains("dolares", StringComparison.Ordinal))
        {
            return IndicatorUnit.Dollars;
        }

        if (label.Contains("soles", StringComparison.Ordinal) || label.Contains("presupuesto", StringComparison.Ordinal) || label.Contains("recaudados", StringComparison.Ordinal))
        {
            return IndicatorUnit.Soles;
        }

        if (label.StartsWith("numero", StringComparison.Ordinal) || label.StartsWith("cantidad", StringComparison.Ordinal))
        {
            return IndicatorUnit.Number;
        }

        var percentValues = observations.Count(o => o.Value.Unit == ValueUnit.Percent) + (baseline.Unit == ValueUnit.Percent ? 1 : 0);
        return percentValues > 0 ? IndicatorUnit.Percent : IndicatorUnit.Unknown;
    }
}

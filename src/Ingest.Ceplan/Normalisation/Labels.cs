using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Normalisation;

/// <summary>Reads the printed labels of an indicator's attributes (relevancia, sentido esperado, tipo de agregación).</summary>
/// <remarks>Letter case, accents and extra spaces are ignored; a label wrapped over two lines (<c>Muy</c> / <c>relevante</c>) reads once joined.</remarks>
public static class Labels
{
    /// <summary>Reads a relevancia label (<c>Muy relevante</c>, <c>Relevante</c>, <c>Menos relevante</c>).</summary>
    /// <param name="text">The label as printed.</param>
    /// <returns>The relevance, or <see cref="Relevance.Unknown"/> when the text is not a relevance label.</returns>
    public static Relevance ParseRelevance(string? text) => Squash(text) switch
    {
        "MUYRELEVANTE" or "1" => Relevance.MuyRelevante,
        "RELEVANTE" or "2" => Relevance.Relevante,
        "MENOSRELEVANTE" or "POCORELEVANTE" or "3" => Relevance.MenosRelevante,
        _ => Relevance.Unknown,
    };

    /// <summary>Reads a sentido esperado label (<c>Ascendente</c>, <c>Descendente</c>, <c>No definido</c>).</summary>
    /// <param name="text">The label as printed.</param>
    /// <returns>The sentido, or <see cref="Sentido.Unknown"/> when the text is not a sentido label.</returns>
    public static Sentido ParseSentido(string? text) => Squash(text) switch
    {
        "ASCENDENTE" or "CRECIENTE" or "POSITIVO" => Sentido.Ascendente,
        "DESCENDENTE" or "DECRECIENTE" or "NEGATIVO" => Sentido.Descendente,
        "NODEFINIDO" or "NOAPLICA" => Sentido.NoDefinido,
        _ => Sentido.Unknown,
    };

    /// <summary>Reads a tipo de agregación label (<c>Agregable</c>, <c>No Agregable</c>, <c>Máximo permisible</c>, <c>Mínimo permisible</c>).</summary>
    /// <param name="text">The label as printed.</param>
    /// <returns>The aggregation, or <see cref="Aggregation.Unknown"/> when the text is not an aggregation label.</returns>
    public static Aggregation ParseAggregation(string? text) => Squash(text) switch
    {
        "AGREGABLE" => Aggregation.Agregable,
        "NOAGREGABLE" => Aggregation.NoAgregable,
        "MAXIMOPERMISIBLE" or "MAXIMOPERMITIDO" => Aggregation.MaximoPermisible,
        "MINIMOPERMISIBLE" or "MINIMOPERMITIDO" => Aggregation.MinimoPermisible,
        _ => Aggregation.Unknown,
    };

    /// <summary>Reads a relevancia label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <param name="relevance">The relevance read.</param>
    /// <returns><see langword="true"/> when the text is a relevance label.</returns>
    public static bool TryParseRelevance(string? text, out Relevance relevance) => (relevance = ParseRelevance(text)) != Relevance.Unknown;

    /// <summary>Reads a sentido esperado label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <param name="sentido">The sentido read.</param>
    /// <returns><see langword="true"/> when the text is a sentido label.</returns>
    public static bool TryParseSentido(string? text, out Sentido sentido) => (sentido = ParseSentido(text)) != Sentido.Unknown;

    /// <summary>Reads a tipo de agregación label.</summary>
    /// <param name="text">The label as printed.</param>
    /// <param name="aggregation">The aggregation read.</param>
    /// <returns><see langword="true"/> when the text is an aggregation label.</returns>
    public static bool TryParseAggregation(string? text, out Aggregation aggregation) => (aggregation = ParseAggregation(text)) != Aggregation.Unknown;

    private static string Squash(string? text) => TextFold.Squash(text);
}

using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Tests.Normalisation;

public sealed class LabelsTests
{
    [Theory]
    [InlineData("Muy relevante", Relevance.MuyRelevante)]
    [InlineData("MUY RELEVANTE", Relevance.MuyRelevante)]
    [InlineData("Muy\nrelevante", Relevance.MuyRelevante)]
    [InlineData("Relevante", Relevance.Relevante)]
    [InlineData("Menos relevante", Relevance.MenosRelevante)]
    [InlineData("", Relevance.Unknown)]
    [InlineData("Ascendente", Relevance.Unknown)]
    public void ParseRelevance_Label_GivesRelevance(string text, Relevance expected)
    {
        Assert.Equal(expected, Labels.ParseRelevance(text));
        Assert.Equal(expected != Relevance.Unknown, Labels.TryParseRelevance(text, out _));
    }

    [Theory]
    [InlineData("Ascendente", Sentido.Ascendente)]
    [InlineData("DESCENDENTE", Sentido.Descendente)]
    [InlineData("descendente", Sentido.Descendente)]
    [InlineData("No definido", Sentido.NoDefinido)]
    [InlineData("No Definido", Sentido.NoDefinido)]
    [InlineData(null, Sentido.Unknown)]
    [InlineData("Agregable", Sentido.Unknown)]
    public void ParseSentido_Label_GivesSentido(string? text, Sentido expected)
    {
        Assert.Equal(expected, Labels.ParseSentido(text));
        Assert.Equal(expected != Sentido.Unknown, Labels.TryParseSentido(text, out _));
    }

    [Theory]
    [InlineData("Agregable", Aggregation.Agregable)]
    [InlineData("No Agregable", Aggregation.NoAgregable)]
    [InlineData("NO AGREGABLE", Aggregation.NoAgregable)]
    [InlineData("Máximo permisible", Aggregation.MaximoPermisible)]
    [InlineData("MAXIMO PERMISIBLE", Aggregation.MaximoPermisible)]
    [InlineData("Mínimo permisible", Aggregation.MinimoPermisible)]
    [InlineData("minimo  permisible", Aggregation.MinimoPermisible)]
    [InlineData("Relevante", Aggregation.Unknown)]
    public void ParseAggregation_Label_GivesAggregation(string text, Aggregation expected)
    {
        Assert.Equal(expected, Labels.ParseAggregation(text));
        Assert.Equal(expected != Aggregation.Unknown, Labels.TryParseAggregation(text, out _));
    }
}

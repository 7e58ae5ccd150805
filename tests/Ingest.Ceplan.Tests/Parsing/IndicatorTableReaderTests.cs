using Ingest.Ceplan.Model;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Tests.Parsing;

public sealed class IndicatorTableReaderTests
{
    private static readonly IReadOnlyList<TableRule> Rules = ProfileSet.LoadEmbedded().Find(ReportKind.PeiSeguimiento)!.Tables;

    [Fact]
    public void Parse_ActionAndIndicatorRows_KeepsEveryValueWithProvenance()
    {
        var table = SeedTables.FromTsv(
            "Código\tDenominación\tRelevancia\tSentido Esperado\tTipo de Agregación\tLínea Base Año\tLínea Base Valor\tLogro Esperado 2024\tValores Obtenidos 2024 - Sem1\tAvance Tipo I (%) 2024 - Sem1\n" +
            "AEI.01.02\tCAPACIDAD INSTALADA (Prioridad:2)\t\t\t\t\t\t\t\t40.00\n" +
            "IND.01.AEI.01.02\tNúmero de familias\tRelevante\t\tNo Agregable\t2020\t160.00\t400.00\tND\t40.00\n" +
            "Avance promedio de AEI:\t50.68",
            1);

        var parsed = ReportParser.Parse([], [table], Rules, new Period(2024, 1));

        var action = Assert.Single(parsed.Actions);
        Assert.Equal(("AEI.01.02", "CAPACIDAD INSTALADA", 2), (action.Code, action.Name, action.Priority));
        var indicator = Assert.Single(parsed.Indicators);
        Assert.Equal(Relevance.Relevante, indicator.Relevance);
        Assert.Equal((Sentido.Ascendente, true), (indicator.Sentido, indicator.SentidoInferred));
        Assert.Equal(MissingReason.NotAvailable, indicator.Find(Measure.Obtained, new Period(2024, 1))!.Missing);
        var expected = indicator.Find(Measure.Expected, new Period(2024))!;
        Assert.Equal((400.00m, 2), (expected.Value, expected.Decimals));
        Assert.Equal(("t1.1", 1, 7, "400.00"), (expected.Source.Table, expected.Source.Row, expected.Source.Column, expected.Source.Raw));
        Assert.Equal(50.68m, Assert.Single(parsed.StatedFigures).Value.Value);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Parse_RowWithoutCode_IsAProblemNotSilentlyDropped()
    {
        var table = SeedTables.FromTsv("Código\tDenominación\tLogro Esperado 2024\nsin código\tx\t1.00", 1);

        var parsed = ReportParser.Parse([], [table], Rules, null);

        Assert.Contains(parsed.Problems, p => p.Contains("no plan code", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TableMatchingNoProfile_IsAProblem()
    {
        var table = SeedTables.FromTsv("Aspecto\tRecomendación\nOperación\tBrindar asistencia", 1);

        var parsed = ReportParser.Parse([], [table], Rules, null);

        Assert.Contains(parsed.Problems, p => p.Contains("no profile table matches", StringComparison.Ordinal));
    }
}

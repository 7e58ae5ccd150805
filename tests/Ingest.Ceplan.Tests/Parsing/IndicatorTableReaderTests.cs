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

    private const string ShiftedHeader =
        "Código\tDenominación\tRelevancia\tSentido Esperado\tTipo de Agregación\tLínea Base Año\tLínea Base Valor\tLogro Esperado 2023\tLogro Esperado 2024\tLogro Esperado 2025\tValores Obtenidos 2024\tAvance Tipo I (%) 2024 - Sem1\n";

    [Fact]
    public void Parse_RowPrintedWithoutBaselineValueAndShiftedLeft_ReadsRightAligned()
    {
        // Seed 004's AEI.06.02: "2023 | 530.00 | 567.00 | 604.00 | 299.00 | 52.73 | (blank)", where 299 / 567 = 52.73%.
        var table = SeedTables.FromTsv(ShiftedHeader + "IND.01.AEI.06.02\tNúmero de emprendedores\tMuy relevante\tAscendente\tNo Agregable\t2023\t530.00\t567.00\t604.00\t299.00\t52.73\t", 1);

        var parsed = ReportParser.Parse([], [table], Rules, new Period(2024, 1));

        var indicator = Assert.Single(parsed.Indicators);
        Assert.False(indicator.BaselineValue.HasValue);
        Assert.Equal(530.00m, indicator.Find(Measure.Expected, new Period(2023))!.Value);
        Assert.Equal(567.00m, indicator.Find(Measure.Expected, new Period(2024))!.Value);
        Assert.Equal(299.00m, indicator.Find(Measure.Obtained, new Period(2024))!.Value);
        Assert.Equal(52.73m, indicator.Find(Measure.StatedProgress, new Period(2024, 1))!.Value);
        Assert.Contains(parsed.Problems, p => p.Contains("one column to the left", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FullRowWithBlankAvanceThatDoesNotReadShifted_IsReadAsPrinted()
    {
        // Right-aligned, 50.00 / 604.00 would be the avance 299.00: not a shifted row, so the avance stays blank.
        var table = SeedTables.FromTsv(ShiftedHeader + "IND.01.AEI.06.02\tNúmero de emprendedores\tMuy relevante\tAscendente\tNo Agregable\t2023\t530.00\t567.00\t604.00\t641.00\t50.00\t", 1);

        var parsed = ReportParser.Parse([], [table], Rules, new Period(2024, 1));

        var indicator = Assert.Single(parsed.Indicators);
        Assert.Equal(530.00m, indicator.BaselineValue.Value);
        Assert.Equal(50.00m, indicator.Find(Measure.Obtained, new Period(2024))!.Value);
        Assert.DoesNotContain(parsed.Problems, p => p.Contains("one column to the left", StringComparison.Ordinal));
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

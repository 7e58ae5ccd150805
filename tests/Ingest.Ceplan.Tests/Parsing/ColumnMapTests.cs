using Ingest.Ceplan.Model;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Profiles;
using Ingest.Tables;

namespace Ingest.Ceplan.Tests.Parsing;

public sealed class ColumnMapTests
{
    private static readonly TableRule Indicators = ProfileSet.LoadEmbedded().Find(ReportKind.PeiSeguimiento)!.Tables[0];

    [Fact]
    public void Map_LabelsOffTheirRuns_LabelIOfRunI()
    {
        // Seed 004: "Logro Esperado" printed over 2024 although the run of targets starts at 2023.
        var table = SeedTables.FromTsv(
            "Código\tDescripción\tLE\tUnidad de Organización\tRelevancia\tSentido Esperado\tTipo de Agregación\tLínea Base\t\t\tLogro Esperado\t\t\tValores Observados\t\tAvance Tipo I (%)\t\n" +
            "\t\t\t\t\t\t\tAño\tValor\t2023\t2024\t2025\t2026\t2027\t2024\t\t2024 - Sem1\n" +
            "IND.01.AEI.01.01\tx\tUE\tOU\tMuy relevante\tAscendente\tNo Agregable\t2023\t92.00\t94.00\t96.00\t98.00\t100.00\t\t47.60\t\t50.64",
            2);
        var problems = new List<string>();

        var map = ColumnMap.Map(table, Indicators, new Period(2024, 1), problems);

        Assert.Equal("expected", map.Single(m => m.Index == 9).Field);
        Assert.Equal(new Period(2023), map.Single(m => m.Index == 9).Period);
        Assert.Equal("obtained", map.Single(m => m.Index == 14).Field);
        Assert.Equal(new Period(2024, 1), map.Single(m => m.Index == 16).Period);
        Assert.Equal("progress", map.Single(m => m.Index == 16).Field);
        Assert.Equal("responsibleUnit", map.Single(m => m.Index == 2).Field);
    }

    [Fact]
    public void Map_AlignedLabels_CarryToTheRight()
    {
        // Seed 003: group labels above the first column of each run, "Avance Tipo 1" printed twice.
        var table = SeedTables.FromTsv(
            "Código\tIndicador\tLínea Base\t\tLogros Esperados\t\tValores Obtenidos\t\tAvance Tipo 1\tAvance Tipo 1\n" +
            "\t\tAño\tValor\t2023\t2024\t2023\t2024\t2023\t2024\n" +
            "IND.01.AER.03.04\tx\t2021\t21.30%\t20.30%\t19.80%\t18.60%\t20.40%\t100.00%\t0.00%",
            2);

        var map = ColumnMap.Map(table, Indicators, null, new List<string>());

        Assert.Equal(["code", "name", "baselineYear", "baselineValue", "expected", "expected", "obtained", "obtained", "progress", "progress"], map.Select(m => m.Field));
        Assert.Equal(new Period(2024), map[^1].Period);
    }

    [Fact]
    public void Map_UnruledHeaders_GroupLabelsOverRunsYearOverItsSemesterAndAnnual()
    {
        // A browser's print without rules: "Línea Base" centred over Año / Valor falls over Valor, "Logro Esperado" over
        // the middle of its years, "Valores Obtenidos" over 2024 / Sem1; each year printed once over its Sem1 and Anual.
        var table = SeedTables.FromTsv(
            "Código\tDenominación\t\tLínea Base\t\t\tLogro Esperado\t\t\tValores Obtenidos\t\t\tAvance Tipo I (%)\n" +
            "\t\tAño\tValor\t2023\t2024\t2025\t2023 Sem1\tAnual\t2024 Sem1\tAnual\t2025 Sem1\t2025 - Sem1\n" +
            "IND.01.AEI.01.01\tx\t2022\t480.00\t520.00\t560.00\t600.00\t250.00\t530.00\t270.00\t575.00\t410.00\t68.33",
            2);

        var map = ColumnMap.Map(table, Indicators, new Period(2025, 1), new List<string>());

        Assert.Equal(
            ["code", "name", "baselineYear", "baselineValue", "expected 2023", "expected 2024", "expected 2025", "obtained 2023-S1", "obtained 2023", "obtained 2024-S1", "obtained 2024", "obtained 2025-S1", "progress 2025-S1"],
            map.Select(ColumnMap.Describe));
    }

    [Fact]
    public void Map_LineaBaseWithItsYearOverOneColumn_IsTheBaselineValueOfThatYear()
    {
        var table = SeedTables.FromTsv(
            "Código\tIndicador\tLínea base 2022\tMeta\t\tValores observados\t% de avance\n" +
            "\t\t\t2023\t2024\t2024\t2024\n" +
            "IND.01.AEI.01.01\tx\t30.48\t31.91\t33.34\t34.18\t100.00",
            2);

        var map = ColumnMap.Map(table, Indicators, new Period(2024), new List<string>());

        Assert.Equal(["code", "name", "baselineValue 2022", "expected 2023", "expected 2024", "obtained 2024", "progress 2024"], map.Select(ColumnMap.Describe));
    }

    [Fact]
    public void Map_PeriodlessPeriodicColumn_IsAProblem()
    {
        var table = SeedTables.FromTsv("Código\tIndicador\tLogros Esperados\nIND.01.OER.01\tx\t25.00%", 1);
        var problems = new List<string>();

        var map = ColumnMap.Map(table, Indicators, null, problems);

        Assert.DoesNotContain(map, m => m.Field == "expected");
        Assert.Contains(problems, p => p.Contains("names no period", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024 - Sem1", "2024-S1")]
    [InlineData("Valores Obtenidos 2022 Anual", "2022")]
    [InlineData("Ejecución física / 1° Semestre 2/", "2024-S1")]
    [InlineData("2° Semestre /2", "2024-S2")]
    [InlineData("Anual 3/", "2024")]
    [InlineData("2023-2024", "2023-2024")]
    public void SplitPeriod_HeaderText_NamesPeriod(string header, string expected)
    {
        var (_, period) = HeaderText.SplitPeriod(header, 2024);

        Assert.Equal(expected, period?.ToString());
    }
}

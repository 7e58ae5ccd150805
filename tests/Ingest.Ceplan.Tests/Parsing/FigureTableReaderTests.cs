using Ingest.Ceplan.Model;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Tests.Parsing;

public sealed class FigureTableReaderTests
{
    private static readonly IReadOnlyList<TableRule> PoiEvaluacion = ProfileSet.LoadEmbedded().Find(ReportKind.PoiEvaluacion)!.Tables;

    private const string OeiTable =
        "Código\tDescripción\tPrioridad\t1° Semestre\t2° Semestre\tAnual\n" +
        "OEI.01\tMejorar la seguridad ciudadana\t1\t88.4%\t93.1%\t91.2%\n" +
        "OEI.03\tPromover el desarrollo económico local\t3\t69.2%\t\t74.8%";

    [Fact]
    public void Parse_PoiEvaluacionOeiTable_GivesObjectivesTheirPriorityAndAvancePerPeriod()
    {
        var table = SeedTables.FromTsv(OeiTable, 1);

        var parsed = ReportParser.Parse([], [table], PoiEvaluacion, new Period(2024));

        Assert.Equal(["OEI.01", "OEI.03"], parsed.Objectives.Select(o => o.Code));
        var oei01 = parsed.Objectives[0];
        Assert.Equal(1, oei01.Priority);
        Assert.Equal([(new Period(2024, 1), 88.4m), (new Period(2024, 2), 93.1m), (new Period(2024), 91.2m)], oei01.StatedProgress.Select(p => (p.Period!.Value, p.Value.Value!.Value)));
        Assert.Equal(("t1.1", 0, 5, "91.2%"), (oei01.StatedProgress[2].Value.Source.Table, oei01.StatedProgress[2].Value.Source.Row, oei01.StatedProgress[2].Value.Source.Column, oei01.StatedProgress[2].Value.Source.Raw));

        // A semester without a value is printed blank: no avance for it, not a missing one.
        Assert.DoesNotContain(parsed.Objectives[1].StatedProgress, p => p.Period == new Period(2024, 2));
        var figures = Assert.Single(parsed.FigureTables);
        Assert.Equal([ColumnRole.Text, ColumnRole.Text, ColumnRole.Priority, ColumnRole.Average, ColumnRole.Average, ColumnRole.Average], figures.Columns.Select(c => c.Role));
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Parse_PoiEvaluacionOeiTableWithoutEvaluatedPeriod_ReadsNoAvanceAndSaysWhy()
    {
        var table = SeedTables.FromTsv(OeiTable, 1);

        var parsed = ReportParser.Parse([], [table], PoiEvaluacion, null);

        Assert.Equal(2, parsed.Objectives.Count);
        Assert.All(parsed.Objectives, o => Assert.Empty(o.StatedProgress));
        Assert.Equal(3, parsed.Problems.Count(p => p.Contains("names no period", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_IeiPoiTableWithoutProgressField_KeepsElementsWithoutAvanceOrPriority()
    {
        // iei-anual's POI table prints an average per OEI too, but its profile reads it as a figure only: not the OEI's PEI avance.
        var rules = ProfileSet.LoadEmbedded().Find(ReportKind.IeiAnual)!.Tables;
        var table = SeedTables.FromTsv("Código\tDescripción\tPrioridad\tN° de AO/Inversión\tEjecución física\nOEI.01\tMejorar\t1\t20\t91.2%", 1);

        var parsed = ReportParser.Parse([], [table], rules, new Period(2024));

        var objective = Assert.Single(parsed.Objectives);
        Assert.Empty(objective.StatedProgress);
        Assert.Null(objective.Priority);
    }
}

using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Tests.Golden;

/// <summary>Facts typed in from the seed texts (../shared/seeds), checked on the parse of the seed PDFs.</summary>
public sealed class SeedFactsTests
{
    [Fact]
    public void Read_Seed002_Has38ActionsAnd38Indicators()
    {
        var report = SeedGoldenTests.Parse("002");
        Assert.Equal(38, report.Actions.Count);
        Assert.Equal(38, report.Indicators.Count);
        var ind = report.Indicators.Single(i => i.Code == "IND.01.AEI.12.08");
        Assert.Equal(60.00m, ind.BaselineValue.Value);
        Assert.Equal(70.00m, ind.Find(Measure.Expected, new Period(2024))!.Value);
        Assert.Equal(85.71m, ind.Find(Measure.StatedProgress, new Period(2024, 1))!.Value);
        Assert.Equal(50.68m, report.StatedFigures.Single(f => f.Kind == StatedFigureKind.ReportAverage).Value.Value);
        Assert.Equal([32m, 6m, 0m], report.Summaries.Single().Rows[0].Counts.Select(c => c.Value!.Value));
    }

    [Fact]
    public void Read_Seed004_Has26Actions()
    {
        var report = SeedGoldenTests.Parse("004");
        Assert.Equal(26, report.Actions.Count);
        Assert.Equal(72.53m, report.Actions.Single(a => a.Code == "AEI.04.06").StatedProgress.Single().Value.Value);
        var ind = report.Indicators.Single(i => i.Code == "IND.01.AEI.02.01");
        Assert.Equal(18428.45m, ind.Find(Measure.Obtained, new Period(2024))!.Value);
        Assert.Equal(74.68m, report.StatedFigures.Single(f => f.Kind == StatedFigureKind.ReportAverage).Value.Value);
        Assert.Equal(26m, report.Summaries.Single().Rows[0].Total!.Value);
        Assert.Contains(report.Claims, c => c.SubjectCode == "AEI.04.01" && c.Numbers.Any(n => n.Role == ClaimRole.Progress && n.Value.Value == 49.72m));
        Assert.Contains(report.Claims, c => c.SubjectCode == "AEI.04.03" && c.Numbers.Any(n => n.Role == ClaimRole.Progress && n.Value.Value == 58.13m));
    }

    [Fact]
    public void Read_Seed000_Lists9ObjectivesAnd34Actions()
    {
        var report = SeedGoldenTests.Parse("000");
        Assert.Equal(9, report.Objectives.Count);
        Assert.Equal(34, report.Actions.Count);
        Assert.Equal(87.02m, report.Actions.Single(a => a.Code == "AEI.01.02").StatedProgress.Single().Value.Value);
        Assert.Equal(MissingReason.NotAvailable, report.Actions.Single(a => a.Code == "AEI.06.02").StatedProgress.Single().Value.Missing);
        var desempeno = report.Summaries.Single();
        Assert.Equal(34m, desempeno.Rows[^1].Total!.Value);
        Assert.Contains(report.FigureTables, t => t.Kind == FigureTableKind.CostCentre && t.Rows[^1].Role == RowRole.Total);
        Assert.Contains(report.Claims, c => c.Numbers.Any(n => n.Role == ClaimRole.Count && n.Value.Value == 34m && n.WordsValue == 34m));
        Assert.Equal(99m, report.StatedFigures.Single(f => f.Kind == StatedFigureKind.ManagementIndex).Value.Value);
    }

    [Fact]
    public void Read_Seed003_Has13Objectives()
    {
        var report = SeedGoldenTests.Parse("003");
        Assert.Equal(13, report.Objectives.Count);
        var ind = report.Indicators.Last(i => i.Code == "IND.01.OER.09");
        Assert.Equal(-0.50m, ind.Find(Measure.Obtained, new Period(2023))!.Value);
        Assert.Equal(35.11m, ind.Find(Measure.StatedProgress, new Period(2024))!.Value);
        var budget = report.FigureTables.Single(t => t.Kind == FigureTableKind.Budget);
        Assert.Equal(RowRole.Total, budget.Rows[^1].Role);
        Assert.Equal(49.99m, budget.Rows[^1].Values[^1]!.Value);
    }

    [Fact]
    public void Read_Seed001_ContributionTablesHaveTotalsAndVerdicts()
    {
        var report = SeedGoldenTests.Parse("001");
        Assert.Equal(7, report.Objectives.Count);
        Assert.Equal(17, report.Actions.Count);
        var first = report.FigureTables[0];
        Assert.Equal("AEI.01.01", first.SubjectCode);
        Assert.Equal("META SUBVALUADA", first.StatedLabel);
        Assert.Equal(10300560m, first.Rows[^1].Values[2]!.Value);
        Assert.Contains(report.Claims, c => c.SubjectCode == "AEI.01.01" && c.Numbers.Any(n => n.Role == ClaimRole.Progress && n.Value.Value == 113m));
    }
}

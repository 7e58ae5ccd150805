namespace Ingest.Audit.Tests.Rules;

public class ReportAverageRuleTests
{
    private static CeplanReport Report(string average, params string[] avances)
    {
        var b = new ReportBuilder(evaluated: "2024");
        for (var i = 0; i < avances.Length; i++)
        {
            b.Action("AEI.01." + (i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "x", "2024=" + avances[i]);
        }

        return b.Average("Avance promedio de AEI:", "AEI", average).Build();
    }

    [Fact]
    public void Audit_MeanOfListedRows_NoFinding()
        => RuleAssert.None(Report("50.00", "40.00", "60.00", "50.00"), RuleIds.ReportAverage);

    [Fact]
    public void Audit_NdRowsExcluded_NoFinding()
        => RuleAssert.None(Report("50.00", "40.00", "60.00", "ND"), RuleIds.ReportAverage);

    [Fact]
    public void Audit_WrongAverage_Error()
    {
        var finding = RuleAssert.Single(Report("55.00", "40.00", "60.00", "50.00"), RuleIds.ReportAverage, Severity.Error);
        Assert.Equal("50.0000", finding.Recomputed);
    }

    [Fact]
    public void Audit_ZeroRowsSkipped_WarningNamesTheConvention()
    {
        var finding = RuleAssert.Single(Report("50.00", "40.00", "60.00", "0.00"), RuleIds.ReportAverage, Severity.Warning);
        Assert.Contains("las filas con 0 excluidas del promedio", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ManagementIndex_PriorityWeighted()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Objective("OEI.01", priority: 1, progress: "2024=100")
            .Objective("OEI.02", priority: 2, progress: "2024=70")
            .Average("Índice de Gestión Institucional", "OEI", "90.00", kind: StatedFigureKind.ManagementIndex)
            .Build();
        RuleAssert.None(report, RuleIds.ReportAverage);
    }

    [Fact]
    public void Audit_ManagementIndexOffThePriorityWeightedMean_Fires()
    {
        // The POI evaluation's IGI (87.6% printed) against OEI rows whose weighted mean is 90: an OEI row or the IGI is wrong.
        var report = new ReportBuilder(evaluated: "2024")
            .Objective("OEI.01", priority: 1, progress: "2024=100")
            .Objective("OEI.02", priority: 2, progress: "2024=70")
            .Average("Índice de Gestión Institucional (IGI)", "OEI", "87.6", period: "2024", kind: StatedFigureKind.ManagementIndex)
            .Build();

        var finding = RuleAssert.Single(report, RuleIds.ReportAverage, Severity.Error);
        Assert.Equal(("87.6", "90.000"), (finding.Stated, finding.Recomputed));
    }
}

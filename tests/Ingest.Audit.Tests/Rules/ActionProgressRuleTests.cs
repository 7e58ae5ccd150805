namespace Ingest.Audit.Tests.Rules;

public class ActionProgressRuleTests
{
    private static CeplanReport Action(string stated, Relevance first, Relevance second)
        => new ReportBuilder(evaluated: "2024")
            .Action("AEI.01.02", "Fortalecimiento", "2024=" + stated)
            .Indicator("IND.01.AEI.01.02", "a", first, Sentido.Ascendente, expected: "2024=56%", obtained: "2024=67.15%")
            .Indicator("IND.02.AEI.01.02", "b", second, Sentido.Ascendente, expected: "2024=40.36%", obtained: "2024=24.64%")
            .Build();

    [Fact]
    public void Audit_RelevanceWeighted_Seed000Aei0102_NoFinding()
        => RuleAssert.None(Action("87.02", Relevance.MuyRelevante, Relevance.Relevante), RuleIds.ActionProgress);

    [Fact]
    public void Audit_EqualRelevance_SimpleMean_NoFinding()
        => RuleAssert.None(Action("80.53", Relevance.Relevante, Relevance.Relevante), RuleIds.ActionProgress);

    [Fact]
    public void Audit_SimpleMeanWhereRelevanceIsPrinted_ExplainedAsEqualWeights()
    {
        var finding = RuleAssert.Single(Action("80.53", Relevance.MuyRelevante, Relevance.Relevante), RuleIds.ActionProgress);
        Assert.Contains("simple mean of the indicators", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("87.0168", finding.Recomputed);
    }

    [Fact]
    public void Audit_NoWeightingReproducesIt_Error()
    {
        var finding = RuleAssert.Single(Action("40.00", Relevance.Unknown, Relevance.Unknown), RuleIds.ActionProgress, Severity.Error);
        Assert.Contains("No known convention", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_NdIndicatorExcluded_NoFinding()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Action("AEI.01.01", "x", "2024=50.00")
            .Indicator("IND.01.AEI.01.01", "a", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=10", obtained: "2024=5")
            .Indicator("IND.02.AEI.01.01", "b", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=10", obtained: "2024=ND")
            .Build();
        RuleAssert.None(report, RuleIds.ActionProgress);
    }

    [Fact]
    public void Audit_EveryIndicatorNdButNumberPrinted_Error()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Action("AEI.01.01", "x", "2024=0.00")
            .Indicator("IND.01.AEI.01.01", "a", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=10", obtained: "2024=ND")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.ActionProgress, Severity.Error);
        Assert.Contains("ND", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_IndicatorsListedByNameOnly_NotComputableWithoutFinding()
    {
        // Seed 000's Cuadro 04 names the indicators of every AEI but prints none of their figures.
        var report = new ReportBuilder(evaluated: "2024")
            .Action("AEI.01.01", "x", "2024=100")
            .Indicator("IND.01.AEI.01.01", "Porcentaje de la población urbana sin acceso a servicios de alcantarillado")
            .Build();
        var result = Auditor.Audit(report);
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.ActionProgress);
        Assert.Equal(ReconcileStatus.NotComputable, Assert.Single(result.Reconciled, r => r.Figure == "action-avance").Status);
    }

    [Fact]
    public void Audit_ObjectiveFromItsIndicators_Checked()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Objective("OEI.04", "Gestión ambiental", progress: "2024=70.00")
            .Indicator("IND.01.OEI.04", "Número de toneladas", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=75,167", obtained: "2024=57,967")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.ActionProgress);
        Assert.Equal("OEI.04", finding.Code);
    }
}

namespace Ingest.Audit.Tests.Rules;

public class ActionProgressRuleTests
{
    private static CeplanReport Action(string stated, Relevance first, Relevance second)
        => new ReportBuilder(evaluated: "2024")
            .Action("AEI.01.02", "Fortalecimiento", "2024=" + stated)
            .Indicator("IND.01.AEI.01.02", "a", first, Sentido.Ascendente, expected: "2024=56%", obtained: "2024=67.15%")
            .Indicator("IND.02.AEI.01.02", "b", second, Sentido.Ascendente, expected: "2024=40.36%", obtained: "2024=24.64%")
            .Build();

    // Seed 004's shape: every indicator avance divides the VO by the LE headed 2023 (the report's own convention, two figures
    // or more); an action is then checked against its indicators computed the same way.
    private static CeplanReport OtherColumnReport(string lastAction)
        => new ReportBuilder(evaluated: "2024-S1")
            .Action("AEI.01.01", "a", "2024-S1=50.64")
            .Indicator("IND.01.AEI.01.01", "a", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=92.00", "2023=94.00; 2024=96.00", "2024=47.60", "2024-S1=50.64")
            .Action("AEI.02.01", "b", "2024-S1=30.46")
            .Indicator("IND.01.AEI.02.01", "b", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=600.00", "2023=650.00; 2024=700.00", "2024=198.00", "2024-S1=30.46")
            .Action("AEI.05.01", "c", "2024-S1=" + lastAction)
            .Indicator("IND.01.AEI.05.01", "c", Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=4.00", "2023=5.00; 2024=4.00", "2024=1.00", "2024-S1=20.00")
            .Build();

    [Fact]
    public void Audit_ActionsFollowTheReportsIndicatorConvention_NoActionFinding()
    {
        var result = Auditor.Audit(OtherColumnReport("20.00"));
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.ActionProgress);
        var warning = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.IndicatorProgress, warning.Rule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("LE de 2023", warning.Explanation, StringComparison.Ordinal);
        Assert.All(result.Reconciled.Where(r => r.Figure == "action-avance"), r => Assert.Equal(ReconcileStatus.Consistent, r.Status));
    }

    [Fact]
    public void Audit_ActionDepartsFromTheReportsIndicatorConvention_ErrorEvenWhereTheCeplanRuleAgrees()
    {
        // 25.00 is 1 / 4 (the CEPLAN rule) but the report computes its indicators on the 2023 column (1 / 5 = 20).
        var finding = RuleAssert.Single(OtherColumnReport("25.00"), RuleIds.ActionProgress, Severity.Error);
        Assert.Equal("AEI.05.01", finding.Code);
        Assert.Equal("20.0000", finding.Recomputed);
        Assert.Contains("su propia convención para los indicadores", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("Con la regla CEPLAN (avance tipo I con tope de 100) el promedio es 25.00", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_IndicatorPrintedByTheRuleElsewhere_ActionByTheRuleRaisesNothing()
    {
        // Seed 003: Cuadro 2 prints IND.02.AER.13.01 as 0.00% (the report's zero-for-unmet convention) but its AER's own table
        // prints 98.90%, the CEPLAN figure; the AER's 99.63% agrees with the indicators it is printed with.
        var report = new ReportBuilder(evaluated: "2024")
            .Indicator("IND.01.AER.01.01", "a", Relevance.Unknown, Sentido.Ascendente, Aggregation.NoAgregable, "2021=1", "2024=10", "2024=5", "2024=0.00")
            .Indicator("IND.01.AER.02.01", "b", Relevance.Unknown, Sentido.Ascendente, Aggregation.NoAgregable, "2021=1", "2024=10", "2024=8", "2024=0.00")
            .Indicator("IND.01.AER.13.01", "c", Relevance.Unknown, Sentido.Ascendente, Aggregation.NoAgregable, "2020=25.27%", "2024=26.43%", "2024=26.14%", "2024=0.00%")
            .Action("AER.13.01", "d", "2024=98.90%")
            .Indicator("IND.01.AER.13.01", "c", Relevance.Unknown, Sentido.Ascendente, Aggregation.NoAgregable, "2020=25.27%", "2024=26.43%", "2024=26.14%", "2024=98.90%")
            .Build();
        var result = Auditor.Audit(report);
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.ActionProgress);
        Assert.Contains(result.Findings, f => f.Rule == RuleIds.IndicatorProgress && f.Severity == Severity.Warning && f.Explanation.Contains("0% impreso para toda meta no alcanzada", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_NoIndicatorConvention_ActionCheckedByTheCeplanRule()
    {
        var report = new ReportBuilder(evaluated: "2024-S1")
            .Action("AEI.05.01", "c", "2024-S1=20.00")
            .Indicator("IND.01.AEI.05.01", "c", Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=4.00", "2023=5.00; 2024=4.00", "2024=1.00", "2024-S1=25.00")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.ActionProgress, Severity.Error);
        Assert.Equal("25.0000", finding.Recomputed);
        Assert.DoesNotContain("su propia convención para los indicadores", finding.Explanation, StringComparison.Ordinal);
    }

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
        Assert.Contains("promedio simple de los indicadores", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("87.0168", finding.Recomputed);
    }

    [Fact]
    public void Audit_NoWeightingReproducesIt_Error()
    {
        var finding = RuleAssert.Single(Action("40.00", Relevance.Unknown, Relevance.Unknown), RuleIds.ActionProgress, Severity.Error);
        Assert.Contains("Ninguna convención conocida", finding.Explanation, StringComparison.Ordinal);
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

namespace Ingest.Audit.Tests.Rules;

public class ValueDisagreementRuleTests
{
    [Fact]
    public void Audit_IndicatorPrintedTwiceWithDifferentValues_Error()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Indicator("IND.01.OER.10", "Gasto ambiental", expected: "2024=1.31%", obtained: "2024=0.74%")
            .OnPage(12).Indicator("IND.01.OER.10", "Gasto ambiental", expected: "2024=1.31%", obtained: "2024=0.47%")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.ValueDisagreement, Severity.Error);
        Assert.Equal("0.47", finding.Stated);
        Assert.Equal("0.74", finding.Recomputed);
        Assert.Equal(12, finding.Location.Page);
    }

    [Fact]
    public void Audit_SameValuesAtDifferentPrecision_NoFinding()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Action("AEI.07.03", "x", "2024=69.2; 2024=69.20")
            .Indicator("IND.01.OER.10", "Gasto", obtained: "2024=0.74%").Indicator("IND.01.OER.10", "Gasto", obtained: "2024=0.74")
            .Build();
        RuleAssert.None(report, RuleIds.ValueDisagreement);
    }

    [Fact]
    public void Audit_ActionAvancePrintedTwiceDifferently_Error()
        => RuleAssert.Single(new ReportBuilder(evaluated: "2024").Action("AEI.07.03", "x", "2024=69.2; 2024=62.9").Build(), RuleIds.ValueDisagreement);

    [Fact]
    public void Audit_TableTotalAndSummaryRowDiffer_Error()
    {
        var report = new ReportBuilder()
            .Table("AEI.02.01", "AEI.02.01", "N°|Área|P:programmed|E:executed|%:percent", "1|A|18|18|100%", "2|B|384|384|100%", "TOTAL||402|402|100%")
            .Table("OEI 02", "OEI.02", "Nº|Código|Nombre|P:programmed|E:executed|%:percent", "#2|OEI.02|x|402|400|100%", "2.1|AEI.02.01|y|402|400|100%")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.ValueDisagreement);
        Assert.Equal("AEI.02.01", finding.Code);
    }
}

public class UnitMismatchRuleTests
{
    [Fact]
    public void Audit_NumberIndicatorWithPercentValues_Error()
    {
        var report = new ReportBuilder(evaluated: "2024").Indicator("IND.03.AER.10.02", "Número de hectáreas degradadas", baseline: "2021=37.68", expected: "2023=34.73; 2024=33.34", obtained: "2023=61.40%; 2024=60.80%", unit: IndicatorUnit.Number).Build();
        var finding = RuleAssert.Single(report, RuleIds.UnitMismatch, Severity.Error);
        Assert.Equal("61.40%;60.80%", finding.Stated);
    }

    [Fact]
    public void Audit_PercentIndicatorWithPercentValues_NoFinding()
        => RuleAssert.None(new ReportBuilder(evaluated: "2024").Indicator("IND.01.OER.10", "Porcentaje", expected: "2024=1.31%", obtained: "2024=0.74%", unit: IndicatorUnit.Percent).Build(), RuleIds.UnitMismatch);

    [Fact]
    public void Audit_Value1000TimesItsTargets_Warning()
        => RuleAssert.Single(new ReportBuilder(evaluated: "2024").Indicator("IND.01.AEI.01.01", "Número", expected: "2024=12; 2025=14", obtained: "2024=15,000").Build(), RuleIds.UnitMismatch, Severity.Warning);

    [Fact]
    public void Audit_ValueWithinScaleOfTargets_NoFinding()
        => RuleAssert.None(new ReportBuilder(evaluated: "2024").Indicator("IND.01.AEI.01.01", "Número", expected: "2024=12; 2025=14", obtained: "2024=150").Build(), RuleIds.UnitMismatch);
}

public class SuspiciousValueRuleTests
{
    [Fact]
    public void Audit_ObtainedEqualsBaselineEveryPeriod_Warning()
    {
        var report = new ReportBuilder(evaluated: "2024").Indicator("IND.01.OER.01", "Cuencas", baseline: "2021=18.75%", expected: "2023=25.00%; 2024=31.25%", obtained: "2023=18.75%; 2024=18.75%").Build();
        var finding = RuleAssert.Single(report, RuleIds.SuspiciousValue, Severity.Warning);
        Assert.Equal("18.75;18.75", finding.Stated);
    }

    [Fact]
    public void Audit_ObtainedMovesFromBaseline_NoFinding()
        => RuleAssert.None(new ReportBuilder(evaluated: "2024").Indicator("IND.01.OER.01", "Cuencas", baseline: "2021=18.75%", expected: "2024=31.25%", obtained: "2023=18.75%; 2024=20.00%").Build(), RuleIds.SuspiciousValue);

    [Fact]
    public void Audit_DuplicateActionNames_Warning()
    {
        var report = new ReportBuilder().Action("AEI.03.04", "PROGRAMAS DE FORTALECIMIENTO PARA LÍDERES (Prioridad 3)").Action("AEI.03.05", "Programas de fortalecimiento para lideres").Build();
        var finding = RuleAssert.Single(report, RuleIds.SuspiciousValue);
        Assert.Equal("AEI.03.04;AEI.03.05", finding.Stated);
    }

    [Fact]
    public void Audit_DistinctActionNames_NoFinding()
        => RuleAssert.None(new ReportBuilder().Action("AEI.03.04", "Programas deportivos").Action("AEI.03.05", "Programas culturales").Build(), RuleIds.SuspiciousValue);

    [Fact]
    public void Audit_DamagedCode_Warning()
    {
        var finding = RuleAssert.Single(new ReportBuilder().Indicator("IND.02.AER.10.01", "Aguas residuales", raw: "D.02.AER.10.01").Build(), RuleIds.SuspiciousValue);
        Assert.Equal("D.02.AER.10.01", finding.Stated);
        Assert.Equal("IND.02.AER.10.01", finding.Recomputed);
    }

    [Fact]
    public void Audit_CodeWithStraySpace_NotDamaged()
        => RuleAssert.None(new ReportBuilder().Action("AEI.06.03", "x", raw: "AEI. 06.03").Action("AER.01.02", "y", raw: "AER 01.02").Build(), RuleIds.SuspiciousValue);

    [Fact]
    public void Audit_TotalOfHeterogeneousQuantities_Warning()
        => RuleAssert.Single(new ReportBuilder().Table("AEI.05.04", "AEI.05.04", "N°|Área|P:programmed|E:executed", "1|Informática|3|6", "2|Trámite|24,000|11,400", "TOTAL||24,003|11,406").Build(), RuleIds.SuspiciousValue);

    [Fact]
    public void Audit_TotalOfComparableQuantities_NoFinding()
        => RuleAssert.None(new ReportBuilder().Table("AEI.06.02", "AEI.06.02", "N°|Área|P:programmed|E:executed", "1|A|3|1", "2|B|1,623|977", "TOTAL||1626|978").Build(), RuleIds.SuspiciousValue);
}

public class MissingDataRuleTests
{
    [Fact]
    public void Audit_NdCountDiffersFromListedNd_Error()
    {
        var report = new ReportBuilder(evaluated: "2024").Action("AEI.01.01", "x", "2024=ND").Action("AEI.01.02", "y", "2024=ND").Action("AEI.01.03", "z", "2024=100")
            .Summary("Semáforo", SummarySubject.Actions, null, true, true, "Acciones|0|0|1|1|2").Build();
        var finding = RuleAssert.Single(report, RuleIds.MissingData, Severity.Error);
        Assert.Equal("1", finding.Stated);
        Assert.Equal("2", finding.Recomputed);
    }

    [Fact]
    public void Audit_NdCountMatches_NoFinding()
    {
        var report = new ReportBuilder(evaluated: "2024").Action("AEI.01.01", "x", "2024=ND").Action("AEI.01.02", "y", "2024=100")
            .Summary("Semáforo", SummarySubject.Actions, null, true, true, "Acciones|0|0|1|1|2").Build();
        RuleAssert.None(report, RuleIds.MissingData);
    }

    [Fact]
    public void Audit_NdObtainedInTheEvaluatedPeriod_Info()
        => RuleAssert.Single(new ReportBuilder(evaluated: "2024").Indicator("IND.02.OER.04", "x", expected: "2024=22.14%", obtained: "2023=ND; 2024=ND").Build(), RuleIds.MissingData, Severity.Info);

    [Fact]
    public void Audit_NdObtainedInAnEarlierPeriod_NoFinding()
        => RuleAssert.None(new ReportBuilder(evaluated: "2024-S1").Indicator("IND.01.AEI.01.01", "x", expected: "2024=30", obtained: "2023=ND; 2024-S1=3.00").Build(), RuleIds.MissingData);

    [Fact]
    public void Audit_ActionPrintedNdButComputable_Warning()
        => RuleAssert.Single(new ReportBuilder(evaluated: "2024").Action("AEI.01.01", "x", "2024=ND").Indicator("IND.01.AEI.01.01", "x", sentido: Sentido.Ascendente, expected: "2024=10", obtained: "2024=5").Build(), RuleIds.MissingData, Severity.Warning);
}

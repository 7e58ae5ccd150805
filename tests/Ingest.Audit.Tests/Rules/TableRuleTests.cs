namespace Ingest.Audit.Tests.Rules;

public class TotalMismatchRuleTests
{
    private const string Columns = "N°|Área|Programadas:programmed|Ejecutadas:executed|%:percent";

    [Fact]
    public void Audit_TotalIsTheSum_NoFinding()
        => RuleAssert.None(new ReportBuilder().Table("AEI.02.01", "AEI.02.01", Columns, "1|A|18|18|100%", "2|B|384|384|100%", "TOTAL||402|402|100%").Build(), RuleIds.TotalMismatch);

    [Fact]
    public void Audit_TotalIsNotTheSum_Error()
    {
        var finding = RuleAssert.Single(new ReportBuilder().Table("AEI.02.01", "AEI.02.01", Columns, "1|A|18|18|100%", "2|B|384|384|100%", "3|C|10|10|100%", "TOTAL||420|412|98%").Build(), RuleIds.TotalMismatch, Severity.Error);
        Assert.Equal("420", finding.Stated);
        Assert.Equal("412.00", finding.Recomputed);
    }

    [Fact]
    public void Audit_SubtotalAndGroupRows_CoverTheirOwnRows()
    {
        var report = new ReportBuilder().Table("POI", null, "Código|Nombre|Programadas:programmed",
            "#OEI.01|x|30", "AEI.01.01|a|10", "AEI.01.02|b|20", "#OEI.02|y|5", "AEI.02.01|c|5", "SUBTOTAL||5", "TOTAL||35").Build();
        RuleAssert.None(report, RuleIds.TotalMismatch);
    }

    [Fact]
    public void Audit_AverageColumn_TotalIsTheMean_NoFinding()
        => RuleAssert.None(new ReportBuilder().Table("POI", "OEI.01", "Código|N:count|Promedio:average", "AEI.01.01|3|100", "AEI.01.02|4|100", "AEI.01.03|25|94", "TOTAL|32|98.00").Build(), RuleIds.TotalMismatch);

    [Fact]
    public void Audit_PriorityColumnGroupRow_IsThePriorityWeightedMean()
    {
        // Seed 000 Tabla 1: OEI.01 prints 99 for AEI 100, 100, 94 of prioridad 1, 2, 3 (weights 3, 2, 1); the simple mean is 98.
        var report = new ReportBuilder().Table("Tabla 1", null, "Código|Descripción|P:priority|N:count|Anual:average:2024",
            "#OEI.01|x|1||99 %", "AEI.01.01|a|1|3|100 %", "AEI.01.02|b|2|4|100 %", "AEI.01.03|c|3|25|94 %").Build();

        RuleAssert.None(report, RuleIds.TotalMismatch);
    }

    [Fact]
    public void Audit_OneRowLeftOutOfTheSum_ExplanationSaysSo()
    {
        var finding = RuleAssert.Single(new ReportBuilder().Table("T", null, "Código|N:count", "AEI.01.01|3", "AEI.01.02|4", "AEI.01.03|25", "TOTAL|7").Build(), RuleIds.TotalMismatch);
        Assert.Contains("fila 3 omitida", finding.Explanation, StringComparison.Ordinal);
    }
}

public class PercentMismatchRuleTests
{
    private const string Columns = "N°|Área|Programadas:programmed|Ejecutadas:executed|%:percent";

    [Fact]
    public void Audit_PercentIsTheRatio_NoFinding()
        => RuleAssert.None(new ReportBuilder().Table("T", "AEI.01.01", Columns, "1|A|8,618,788|9,265,225|108 %", "2|B|22|16|73 %").Build(), RuleIds.PercentMismatch);

    [Fact]
    public void Audit_PercentIsNotTheRatio_Error()
    {
        var finding = RuleAssert.Single(new ReportBuilder().Table("T", "AEI.06.02", Columns, "1|Unidad de Planeamiento|3|1|17%", "2|Reclamos|1,623|977|60%").Build(), RuleIds.PercentMismatch, Severity.Error);
        Assert.Equal("17", finding.Stated);
        Assert.Equal("33.33", finding.Recomputed);
        Assert.Equal("AEI.06.02", finding.Code);
    }

    [Fact]
    public void Audit_DevengadoOverPim_ZeroPimNotComputable()
    {
        var result = Auditor.Audit(new ReportBuilder().Table("Budget", null, "AE|PIA:pia|PIM:pim|DEV:devengado|%:percent", "AER.01.01|100|0|0|0.00%").Build());
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.PercentMismatch);
        Assert.Equal(ReconcileStatus.NotComputable, Assert.Single(result.Reconciled, r => r.Figure == "percent").Status);
    }
}

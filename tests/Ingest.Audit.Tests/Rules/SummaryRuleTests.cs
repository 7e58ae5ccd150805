namespace Ingest.Audit.Tests.Rules;

public class SummaryCountRuleTests
{
    private static ReportBuilder Actions(params string[] avances)
    {
        var b = new ReportBuilder(evaluated: "2024");
        for (var i = 0; i < avances.Length; i++)
        {
            b.Action("AEI.01." + (i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "x", "2024=" + avances[i]);
        }

        return b;
    }

    [Fact]
    public void Audit_CountsMatchListedAvances_NoFinding()
        => RuleAssert.None(Actions("10", "74.99", "75", "94.99", "95", "100", "ND").Summary("Semáforo", SummarySubject.Actions, null, true, true, "Acciones|2|2|2|1|7").Build(), RuleIds.SummaryCount);

    [Fact]
    public void Audit_CountsDifferFromListedAvances_Error()
    {
        var finding = RuleAssert.Single(Actions("10", "80", "96").Summary("Semáforo", SummarySubject.Actions, null, true, true, "Acciones|2|0|1|0|3").Build(), RuleIds.SummaryCount, Severity.Error);
        Assert.Equal("2;0;1", finding.Stated);
        Assert.Equal("1;1;1", finding.Recomputed);
    }

    [Fact]
    public void Audit_YearTableOverSemesterAvances_Recomputed()
    {
        var b = new ReportBuilder(evaluated: "2024-S1").Action("AEI.01.01", "x", "2024-S1=10").Action("AEI.01.02", "y", "2024-S1=96");
        var result = Auditor.Audit(b.Summary("Año: 2024", SummarySubject.Actions, "2024", true, true, "Acciones|1|0|1|0|2").Build());
        Assert.Equal(ReconcileStatus.Consistent, Assert.Single(result.Reconciled, r => r.Figure == "count").Status);
    }

    [Fact]
    public void Audit_RowDoesNotAddUpToItsTotal_Error()
    {
        var finding = RuleAssert.Single(new ReportBuilder().Summary("Cuadro", SummarySubject.Actions, null, true, true, "Acciones|12|3|11|0|27").Build(), RuleIds.SummaryCount);
        Assert.Equal("27", finding.Stated);
        Assert.Equal("26", finding.Recomputed);
    }

    [Fact]
    public void Audit_TotalRowDiffersFromItsRows_Error()
    {
        var report = new ReportBuilder().Summary("Cuadro 05", SummarySubject.Actions, null, true, true, "OEI.01|0|1|2||3", "OEI.02|0|0|2||2", "Total|1|1|4|0|5").Build();
        var findings = Auditor.Audit(report).Findings.Where(f => f.Rule == RuleIds.SummaryCount).ToList();
        Assert.Contains(findings, f => f.Stated == "1;1;4;0" && f.Recomputed == "0;1;4;0");
    }
}

public class SummaryDisagreementRuleTests
{
    [Fact]
    public void Audit_TwoTablesDisagree_Error()
    {
        var report = new ReportBuilder(evaluated: "2024")
            .Summary("Cuadro 1", SummarySubject.Objectives, null, true, true, "Objetivos|6|1|2|4|13")
            .OnPage(9).Summary("Cuadro 3", SummarySubject.Objectives, null, true, true, "Objetivos|7|0|2|4|13")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.SummaryDisagreement, Severity.Error);
        Assert.Equal("Cuadro 3 registra (7, 0, 2, 4) pero Cuadro 1 registra (6, 1, 2, 4) (2024).", finding.Message);
    }

    [Fact]
    public void Audit_TwoTablesAgree_NoFinding()
        => RuleAssert.None(new ReportBuilder().Summary("A", SummarySubject.Actions, "2024", true, true, "Acciones|1|2|3|0|6").Summary("B", SummarySubject.Actions, "2024", true, false, "Acciones|1|2|3|0").Build(), RuleIds.SummaryDisagreement);

    [Fact]
    public void Audit_DifferentSubjectsOrPeriods_NotCompared()
    {
        var report = new ReportBuilder()
            .Summary("A", SummarySubject.Actions, "2024", true, true, "Acciones|1|2|3|0|6")
            .Summary("B", SummarySubject.Objectives, "2024", true, true, "Objetivos|3|2|1|0|6")
            .Summary("C", SummarySubject.Actions, "2023", true, true, "Acciones|3|2|1|0|6")
            .Build();
        RuleAssert.None(report, RuleIds.SummaryDisagreement);
    }

    [Fact]
    public void Audit_TextGivesSomeBinsOnly_ComparedOnThoseBins()
    {
        var report = new ReportBuilder()
            .Summary("Texto", SummarySubject.Actions, "2024", true, false, "Acciones|15|||7")
            .Summary("Cuadro 17", SummarySubject.Actions, "2024", true, true, "Acciones|17|3|23|5|48")
            .Build();
        var finding = RuleAssert.Single(report, RuleIds.SummaryDisagreement);
        Assert.Equal("17;3;23;5", finding.Stated);
        Assert.Equal("15;-;-;7", finding.Recomputed);
    }
}

namespace Ingest.Audit.Tests.Seeds;

public class Seed004Tests
{
    private static readonly AuditResult Result = Auditor.Audit(Seed004.Build());

    [Fact]
    public void Audit_TextSaysAei0401Reached4972_NarrativeContradiction()
    {
        var finding = Assert.Single(Result.Findings, f => f.Rule == RuleIds.NarrativeContradiction && f.Code == "AEI.04.01");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("49.72", finding.Stated);
        Assert.Equal("53.64", finding.Recomputed);
        Assert.Equal("2024-S1", finding.Period);
        Assert.Equal("AEI.04.01: el texto indica 49.72% pero la tabla registra 53.64% (2024-S1).", finding.Message);
    }

    [Fact]
    public void Audit_SemaforoCounts12_3_11_0_NoFinding()
    {
        Assert.DoesNotContain(Result.Findings, f => f.Rule is RuleIds.SummaryCount or RuleIds.MissingData or RuleIds.SummaryDisagreement);
        var counts = Assert.Single(Result.Reconciled, r => r.Figure == "count");
        Assert.Equal(ReconcileStatus.Consistent, counts.Status);
        Assert.Equal("12;3;11", counts.Stated);
    }

    [Fact]
    public void Audit_Average7468_NoFinding()
    {
        Assert.DoesNotContain(Result.Findings, f => f.Rule == RuleIds.ReportAverage);
        var average = Assert.Single(Result.Reconciled, r => r.Figure == "average");
        Assert.Equal(ReconcileStatus.Consistent, average.Status);
        Assert.Equal("74.68", average.Stated);
    }

    [Fact]
    public void Audit_AvancesOnTheColumnHeaded2023_OneReportWideWarning()
    {
        var warning = Assert.Single(Result.Findings, f => f.Rule == RuleIds.IndicatorProgress && f.Severity == Severity.Warning);
        Assert.Null(warning.Code);
        Assert.Contains("columna de otro periodo (LE de 2023)", warning.Explanation, StringComparison.Ordinal);
        Assert.Contains("IND.01.AEI.01.01 (2024-S1) 50.64 vs 49.5833", warning.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Ind0105Prints15_NeitherReadingGivesIt_Error()
    {
        var finding = Assert.Single(Result.Findings, f => f.Rule == RuleIds.IndicatorProgress && f.Code == "IND.01.AEI.05.01");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("15.00", finding.Stated);
        Assert.Equal("25.0000", finding.Recomputed);
        Assert.Contains("columna de VO con encabezado 2024 se lee como la observación de 2024-S1", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Aei0501Prints25_AgainstItsIndicatorUnderTheReportsConvention_Error()
    {
        var finding = Assert.Single(Result.Findings, f => f.Rule == RuleIds.ActionProgress);
        Assert.Equal("AEI.05.01", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("25.00", finding.Stated);
        Assert.Equal("20.0000", finding.Recomputed);
    }

    [Fact]
    public void Audit_Seed004_FindsExactlyTheHandListedInconsistencies()
    {
        var expected = SeedExpectations.Seed004.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        var actual = Result.Findings.Select(f => f.Rule + " " + f.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}

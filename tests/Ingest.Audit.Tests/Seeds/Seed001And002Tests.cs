namespace Ingest.Audit.Tests.Seeds;

public class Seed001And002Tests
{
    [Fact]
    public void Audit_Seed001_FindsExactlyTheHandListedInconsistencies()
    {
        var result = Auditor.Audit(Seed001.Build());
        var expected = SeedExpectations.Seed001.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, result.Findings.Select(f => f.Rule + " " + f.Code).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Audit_Seed001TotalsAndSectionTwo_Consistent()
    {
        var result = Auditor.Audit(Seed001.Build());
        Assert.DoesNotContain(result.Findings, f => f.Rule is RuleIds.TotalMismatch or RuleIds.ValueDisagreement or RuleIds.CountMismatch);
        Assert.True(result.Reconciled.Count(r => r.Figure == "total" && r.Status == ReconcileStatus.Consistent) >= 40);
    }

    [Fact]
    public void Audit_Seed002AverageSkipsZeroRows_OneWarningNamingTheConvention()
    {
        var result = Auditor.Audit(Seed002.Build());
        var finding = Assert.Single(result.Findings, f => f.Rule == RuleIds.ReportAverage);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("50.68", finding.Stated);
        Assert.Equal("46.6808", finding.Recomputed);
        Assert.Contains("las filas con 0 excluidas del promedio", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Seed002_FindsExactlyTheHandListedInconsistencies()
    {
        var result = Auditor.Audit(Seed002.Build());
        var expected = SeedExpectations.Seed002.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, result.Findings.Select(f => f.Rule + " " + f.Code).Order(StringComparer.Ordinal).ToList());
    }
}

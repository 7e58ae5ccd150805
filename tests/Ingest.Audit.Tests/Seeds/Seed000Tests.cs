namespace Ingest.Audit.Tests.Seeds;

public class Seed000Tests
{
    private static readonly AuditResult Result = Auditor.Audit(Seed000.Build());

    [Fact]
    public void Audit_Aei0102ReproducedByRelevanceWeights_NoError()
    {
        Assert.DoesNotContain(Result.Findings, f => f.Code == "AEI.01.02");
        var figure = Assert.Single(Result.Reconciled, r => r.Subject == "AEI.01.02" && r.Figure == "action-avance");
        Assert.Equal(ReconcileStatus.Consistent, figure.Status);
        Assert.Equal("87.02", figure.Stated);
        Assert.Equal("87.0168", figure.Recomputed);
        Assert.Contains("pesos por relevancia 2;1", figure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Aei0102WithRelevanceNotPrinted_SomeWeightingReproducesIt_NoFinding()
    {
        var report = Seed000.Build();
        var unknown = report with { Indicators = report.Indicators.Select(i => i with { Relevance = Relevance.Unknown }).ToList() };
        var result = Auditor.Audit(unknown);
        Assert.DoesNotContain(result.Findings, f => f.Code == "AEI.01.02");
        var figure = Assert.Single(result.Reconciled, r => r.Subject == "AEI.01.02" && r.Figure == "action-avance");
        Assert.Equal(ReconcileStatus.Consistent, figure.Status);
        Assert.Contains("(pesos 2;1)", figure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Cuadro05AgreesWithCuadro06_NoSummaryFinding()
    {
        Assert.DoesNotContain(Result.Findings, f => f.Rule is RuleIds.SummaryCount or RuleIds.MissingData or RuleIds.SummaryDisagreement);
        Assert.Equal(9, Result.Reconciled.Count(r => r.Figure == "count" && r.Subject.StartsWith("Cuadro N° 05", StringComparison.Ordinal) && r.Status == ReconcileStatus.Consistent));
    }

    [Fact]
    public void Audit_PoiAverageTruncated_OneWarningForTheConvention()
    {
        var finding = Assert.Single(Result.Findings, f => f.Rule == RuleIds.TotalMismatch);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("truncamiento", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("98.8;99", finding.Stated);
        Assert.Equal("98.875;99.53", finding.Recomputed);
    }

    [Fact]
    public void Audit_Tabla1OeiRows_PriorityWeightedMeansOfTheirAei_Consistent()
    {
        var tabla1 = Result.Reconciled.Where(r => r.Subject.StartsWith("Tabla 1.", StringComparison.Ordinal) && r.Figure == "average").ToList();
        Assert.Equal(30, tabla1.Count);
        Assert.Equal(29, tabla1.Count(r => r.Status == ReconcileStatus.Consistent));
        Assert.Contains(tabla1, r => r.Subject.Contains("OEI.01", StringComparison.Ordinal) && r.Period == "2024" && r.Recomputed == "99.00" && r.Reason!.StartsWith("promedio ponderado por prioridad", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_Seed000_FindsExactlyTheHandListedInconsistencies()
    {
        var expected = SeedExpectations.Seed000.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        var actual = Result.Findings.Select(f => f.Rule + " " + f.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}

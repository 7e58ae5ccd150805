namespace Ingest.Audit.Tests.Seeds;

public class Seed003Tests
{
    private static readonly AuditResult Result = Auditor.Audit(Seed003.Build());

    [Fact]
    public void Audit_Cuadro1AndCuadro3CountOerDifferently_SummaryDisagreement()
    {
        var finding = Assert.Single(Result.Findings, f => f.Rule == RuleIds.SummaryDisagreement && f.Stated.StartsWith("7;", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("7;0;2;4", finding.Stated);
        Assert.Equal("6;1;2;4", finding.Recomputed);
        Assert.Equal(9, finding.Location.Page);
    }

    [Fact]
    public void Audit_ZeroForUnmetUsedThroughout_OneWarningNotOneErrorPerRow()
    {
        var warnings = Result.Findings.Where(f => f.Rule == RuleIds.IndicatorProgress && f.Severity == Severity.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("0% impreso para toda meta no alcanzada", warning.Explanation, StringComparison.Ordinal);
        Assert.Contains("IND.01.AER.03.04", warning.Explanation, StringComparison.Ordinal);
        var dci = Assert.Single(Result.Reconciled, r => r.Subject == "IND.01.AER.03.04");
        Assert.Equal(ReconcileStatus.Differs, dci.Status);
        Assert.Equal(warning.Id, dci.FindingId);
    }

    [Fact]
    public void Audit_MetIndicatorPrintedZero_DeviationFromOwnConventionStaysAnError()
    {
        var finding = Assert.Single(Result.Findings, f => f.Code == "IND.03.AER.03.06");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("en sus demás cifras el reporte aplica 0% impreso para toda meta no alcanzada", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_SentidoInferredWrongForVariationRate_NotAnError()
    {
        Assert.DoesNotContain(Result.Findings, f => f.Code == "IND.01.OER.09");
        var figure = Assert.Single(Result.Reconciled, r => r.Subject == "IND.01.OER.09");
        Assert.Equal(ReconcileStatus.Consistent, figure.Status);
        Assert.Contains("sentido", figure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_DevengadoOverPia_ErrorNamesTheConvention()
    {
        var finding = Assert.Single(Result.Findings, f => f.Code == "AER.07.05");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("devengado dividido entre el PIA", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Seed003_FindsExactlyTheHandListedInconsistencies()
    {
        var expected = SeedExpectations.Seed003.Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Result.Findings.Select(f => f.Rule + " " + f.Code).Order(StringComparer.Ordinal).ToList());
    }
}

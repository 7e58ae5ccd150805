namespace Ingest.Audit.Tests.Conventions;

public class ConventionPolicyTests
{
    private static ReportBuilder Descending(ReportBuilder b, string code, string le, string vo, string stated)
        => b.Indicator(code, "x", Relevance.MuyRelevante, Sentido.Descendente, Aggregation.NoAgregable, "2021=30", "2024=" + le, "2024=" + vo, "2024=" + stated);

    [Fact]
    public void Resolve_ConventionUsedConsistently_OneWarning()
    {
        var b = new ReportBuilder(evaluated: "2024");
        Descending(b, "IND.01.AER.01.01", "19.8", "20.4", "0.00");
        Descending(b, "IND.01.AER.01.02", "17.4", "27.6", "0.00");
        Descending(b, "IND.01.AER.01.03", "10", "5", "100.00");
        var findings = Auditor.Audit(b.Build()).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("0.00;0.00", finding.Stated);
        Assert.Equal("97.0588;63.0435", finding.Recomputed);
        Assert.Equal("El reporte aplica una convención distinta a la regla CEPLAN (0% para toda meta no alcanzada en lugar del cociente) en 2 cifra(s): IND.01.AER.01.01, IND.01.AER.01.02.", finding.Message);
    }

    [Fact]
    public void Resolve_DeviationFromOwnConvention_Error()
    {
        var b = new ReportBuilder(evaluated: "2024");
        Descending(b, "IND.01.AER.01.01", "19.8", "20.4", "0.00");
        Descending(b, "IND.01.AER.01.02", "17.4", "27.6", "0.00");
        Descending(b, "IND.01.AER.01.03", "17.4", "27.6", "12.00");
        var findings = Auditor.Audit(b.Build()).Findings;
        Assert.Equal(2, findings.Count);
        var error = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("IND.01.AER.01.03", error.Code);
        Assert.Contains("en sus demás cifras el reporte aplica 0% impreso", error.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RoundingByTruncationAcrossRules_OneWarning()
    {
        var b = new ReportBuilder(evaluated: "2024")
            .Table("POI", "OEI.04", "Código|Promedio:average", "AEI.04.01|95.5", "AEI.04.02|100", "AEI.04.03|100", "AEI.04.04|100", "TOTAL|98.8")
            .Action("AEI.07.03", "x", "2024=69.20")
            .Indicator("IND.01.AEI.07.03", "a", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=160", obtained: "2024=5,570")
            .Indicator("IND.02.AEI.07.03", "b", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=150", obtained: "2024=470")
            .Indicator("IND.03.AEI.07.03", "c", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=210", obtained: "2024=16");
        var finding = Assert.Single(Auditor.Audit(b.Build()).Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("69.20;98.8", finding.Stated);
    }

    [Fact]
    public void Resolve_SearchDisabled_EveryDifferenceIsAnError()
    {
        var b = new ReportBuilder(evaluated: "2024");
        Descending(b, "IND.01.AER.01.01", "19.8", "20.4", "0.00");
        Descending(b, "IND.01.AER.01.02", "17.4", "27.6", "0.00");
        var findings = Auditor.Audit(b.Build(), new AuditOptions { SearchConventions = false }).Findings;
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }
}

namespace Ingest.Audit.Tests.Rules;

internal static class RuleAssert
{
    public static Finding Single(CeplanReport report, string rule, Severity? severity = null)
    {
        var findings = Auditor.Audit(report).Findings.Where(f => f.Rule == rule).ToList();
        var finding = Assert.Single(findings);
        if (severity is { } s)
        {
            Assert.Equal(s, finding.Severity);
        }

        return finding;
    }

    public static void None(CeplanReport report, string rule)
        => Assert.DoesNotContain(Auditor.Audit(report).Findings, f => f.Rule == rule);
}

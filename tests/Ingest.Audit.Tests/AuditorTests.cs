namespace Ingest.Audit.Tests;

public class AuditorTests
{
    [Fact]
    public void Audit_SameInputTwice_IdenticalOutput()
    {
        var first = Auditor.Audit(Seeds.Seed003.Build());
        var second = Auditor.Audit(Seeds.Seed003.Build());
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Reconciled, second.Reconciled);
    }

    [Fact]
    public void Audit_Findings_SortedErrorsFirstThenPage_IdsInOrder()
    {
        var findings = Auditor.Audit(Seeds.Seed003.Build()).Findings;
        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].Severity > findings[i].Severity
                || (findings[i - 1].Severity == findings[i].Severity && findings[i - 1].Location.Page <= findings[i].Location.Page));
        }

        Assert.Equal(Enumerable.Range(1, findings.Count).Select(i => "F" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)), findings.Select(f => f.Id));
        Assert.All(findings, f => Assert.Equal("003_78d91376ec8012d6.pdf", f.File));
    }

    [Fact]
    public void Audit_EveryRuleId_IsImplemented()
    {
        var rules = typeof(Auditor).Assembly.GetTypes().Where(t => t.Namespace == "Ingest.Audit.Rules" && t.Name.EndsWith("Rule", StringComparison.Ordinal) && !t.IsInterface)
            .Select(t => (string)t.GetProperty("Id")!.GetValue(Activator.CreateInstance(t))!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(RuleIds.All.Order(StringComparer.Ordinal), rules);
    }

    [Fact]
    public void Audit_TableRowsReordered_TotalsStayEqual()
    {
        string[] rows = ["1|A|1|1|100 %", "2|B|22|16|73 %", "3|C|1,267,432|1,599,240|126 %", "4|D|8,618,788|9,265,225|108 %", "5|E|414,317|819,559|198 %"];
        var random = new Random(11);
        for (var i = 0; i < 10; i++)
        {
            var shuffled = rows.OrderBy(_ => random.Next()).Append("TOTAL||10,300,560|11,684,041|113 %").ToArray();
            var result = Auditor.Audit(new ReportBuilder().Table("T", "AEI.01.01", "N°|Área|P:programmed|E:executed|%:percent", shuffled).Build());
            Assert.DoesNotContain(result.Findings, f => f.Rule is RuleIds.TotalMismatch or RuleIds.PercentMismatch);
            Assert.Equal(["10300560.00", "11684041.00"], result.Reconciled.Where(r => r.Figure == "total").Select(r => r.Recomputed));
        }
    }

    [Fact]
    public void Audit_ActionsReordered_AverageAndCountsStayEqual()
    {
        var avances = new[] { "50.64", "100.00", "30.46", "53.64", "75.39", "84.85", "ND", "25.00" };
        var random = new Random(3);
        string? previous = null;
        for (var i = 0; i < 10; i++)
        {
            var b = new ReportBuilder(evaluated: "2024");
            foreach (var (avance, index) in avances.Select((a, j) => (a, j)).OrderBy(_ => random.Next()))
            {
                b.Action("AEI.01." + (index + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "x", "2024=" + avance);
            }

            var result = Auditor.Audit(b.Average("Avance promedio", "AEI", "59.99").Summary("S", SummarySubject.Actions, null, true, true, "Acciones|4|2|1|1|8").Build());
            var figures = string.Join(",", result.Reconciled.Select(r => r.Figure + "=" + r.Recomputed));
            Assert.Equal(previous ?? figures, figures);
            previous = figures;
        }
    }

    [Fact]
    public void Audit_EmptyReport_NoFindings()
    {
        var result = Auditor.Audit(new ReportBuilder().Build());
        Assert.Empty(result.Findings);
        Assert.Empty(result.Reconciled);
    }

    [Fact]
    public void Audit_Location_IsTheOffendingPrintedCell()
    {
        var report = new ReportBuilder().OnPage(7).Table("T", null, "Código|N:count", "AEI.01.01|3", "AEI.01.02|4", "TOTAL|8").Build();
        var finding = Assert.Single(Auditor.Audit(report).Findings);
        Assert.Equal(new Provenance(7, null, "t1", 2, 1, "8"), finding.Location);
    }

    [Fact]
    public void Audit_RangePeriod_UsesTheLastYearsColumns()
    {
        var report = new ReportBuilder(evaluated: "2023-2024")
            .Indicator("IND.01.OER.07", "x", sentido: Sentido.Ascendente, expected: "2023=34.15%; 2024=36.08%", obtained: "2023=22.00%; 2024=24.50%", progress: "2023-2024=67.90%")
            .Build();
        var result = Auditor.Audit(report);
        Assert.Empty(result.Findings);
        Assert.Equal(ReconcileStatus.Consistent, Assert.Single(result.Reconciled).Status);
    }
}

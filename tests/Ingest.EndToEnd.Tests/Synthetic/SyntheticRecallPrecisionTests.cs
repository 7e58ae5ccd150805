using Xunit.Abstractions;

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>Issue 5's bar: the generator's reports (fixtures/synthetic) read from their PDFs and audited, findings matched to
/// the truth (fixtures/generator/README.md): recall and precision at least 95%.</summary>
public class SyntheticRecallPrecisionTests
{
    private const decimal Bar = 0.95m;
    private readonly ITestOutputHelper output;

    public SyntheticRecallPrecisionTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Pipeline_SyntheticSet_RecallAndPrecisionAtLeast95Percent()
    {
        var pdfs = SyntheticPdfs();
        Assert.True(pdfs.Count >= 30, $"fixtures/synthetic holds {pdfs.Count} PDFs; the bar needs at least 30.");
        var scored = pdfs.Select(pdf => new ScoredReport(Truth.ForPdf(pdf), Pipeline.Run(pdf).Audit.Findings)).ToList();
        var card = new Scorecard(scored);
        var text = card.Render();
        output.WriteLine(text);
        ReportFile.Write("fixtures/synthetic", text);
        Assert.True(card.Recall >= Bar && card.Precision >= Bar, $"recall {card.Recall:P1}, precision {card.Precision:P1} (bar 95%)\n{text}");
    }

    [Fact]
    public void Pipeline_SyntheticSet_CoversEveryRuleKindAndSeveralLayouts()
    {
        var truths = SyntheticPdfs().Select(Truth.ForPdf).ToList();
        Assert.Equal(RuleIds.All.Order(StringComparer.Ordinal), truths.SelectMany(t => t.Injections).Select(i => i.Rule).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, truths.Select(t => t.Kind).Distinct().Count());
        Assert.True(truths.Select(t => t.Layout).Distinct().Count() >= 8);
    }

    [Fact]
    public void Pipeline_SameSyntheticPdfTwice_IdenticalFindings()
    {
        foreach (var pdf in SyntheticPdfs().Where((_, index) => index % 4 == 0))
        {
            var first = Pipeline.Run(pdf).Audit.Findings;
            var second = Pipeline.Run(pdf).Audit.Findings;
            Assert.Equal(first.Select(Pipeline.Describe), second.Select(Pipeline.Describe));
            Assert.Equal(first, second);
        }
    }

    private static List<string> SyntheticPdfs()
    {
        var folder = Path.Combine(Pipeline.RepositoryRoot(), "fixtures", "synthetic");
        return [.. Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal)];
    }
}

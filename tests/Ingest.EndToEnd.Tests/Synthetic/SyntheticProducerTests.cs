using Xunit.Abstractions;

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>The generator's reports printed from HTML by real PDF producers (fixtures/synthetic-producers: Chromium,
/// LibreOffice, Ghostscript and cairo; grid, hrules, unruled and shaded tables), read and audited, findings matched to the
/// truth: recall and precision per producer and layout family.</summary>
/// <remarks>
/// Issue 13's bar is 95% recall and precision in every producer × layout-family cell; the parser is below it on these
/// prints (see the closing notes of issue 13 for the table), so the floors are what the code measures today, rounded down,
/// as a regression guard that can fail: the lowest cell is LibreOffice × hrules at 55.6% recall and 16.2% precision; every
/// grid cell is at 88.9–100% recall and 100% precision (most false positives elsewhere are the reader's own unread-table /
/// unread-element findings on tables whose columns or rows the text-aligned reading did not line up). Raise both floors to
/// 0.95 as the parser reaches it. The tests read the cached PDFs only; they never call a producer.
/// </remarks>
public class SyntheticProducerTests
{
    /// <summary>The lowest recall each producer × layout-family cell must reach; to be raised to 0.95.</summary>
    private const decimal RecallFloor = 0.55m;

    /// <summary>The lowest precision each producer × layout-family cell must reach; to be raised to 0.95.</summary>
    private const decimal PrecisionFloor = 0.15m;

    private static readonly string[] Producers = ["cairo", "chromium", "ghostscript", "libreoffice"];
    private static readonly string[] Families = ["grid", "hrules", "none", "shaded"];
    private readonly ITestOutputHelper output;

    public SyntheticProducerTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Pipeline_ProducerPrints_EveryProducerAndLayoutAtLeastFloors()
    {
        var pdfs = ProducerPdfs();
        var scored = pdfs.Select(pdf => new ScoredReport(Truth.ForPdf(pdf), Pipeline.Run(pdf).Audit.Findings)).ToList();
        var card = new Scorecard(scored);
        var text = card.Render();
        output.WriteLine(text);
        ReportFile.Write("fixtures/synthetic-producers", text);
        var low = card.ProducerLayoutCells().Where(c => c.Recall < RecallFloor || c.Precision < PrecisionFloor).ToList();
        Assert.True(low.Count == 0, $"below the floors (recall {RecallFloor:P0}, precision {PrecisionFloor:P0}): {string.Join(", ", low.Select(c => $"{c.Producer} x {c.Family} recall {c.Recall:P1} precision {c.Precision:P1}"))}\n{text}");
    }

    [Fact]
    public void Pipeline_ProducerPrints_CoverEveryKindProducerAndLayoutFamily()
    {
        var truths = ProducerPdfs().Select(Truth.ForPdf).ToList();
        Assert.Equal(4, truths.Select(t => t.Kind).Distinct().Count());
        Assert.Equal(Producers, truths.Select(t => t.Producer ?? "-").Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Families, truths.Select(t => t.LayoutFamily).Distinct().Order(StringComparer.Ordinal));
        foreach (var kind in truths.Select(t => t.Kind).Distinct())
        {
            Assert.Equal(Producers, truths.Where(t => t.Kind == kind).Select(t => t.Producer ?? "-").Distinct().Order(StringComparer.Ordinal));
        }

        foreach (var layout in truths.GroupBy(t => t.Layout))
        {
            Assert.True(layout.Count() >= 4, $"the layout {layout.Key} is printed {layout.Count()} times; each needs at least 4.");
        }
    }

    private static List<string> ProducerPdfs()
    {
        var folder = Path.Combine(Pipeline.RepositoryRoot(), "fixtures", "synthetic-producers");
        return [.. Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal)];
    }
}

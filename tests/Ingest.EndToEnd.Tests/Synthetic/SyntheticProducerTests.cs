using Xunit.Abstractions;

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>The generator's reports printed from HTML by real PDF producers (fixtures/synthetic-producers: Chromium,
/// LibreOffice, Ghostscript and cairo; grid, hrules, unruled and shaded tables), read and audited, findings matched to the
/// truth: recall and precision per producer and layout family.</summary>
/// <remarks>
/// Issue 5's bar is 95% recall and precision in every producer × layout-family cell. Today's parser reads bordered
/// tables (a rewrite that reads horizontal-rule and unruled tables is under way in another branch), and the POI
/// contribution tables in every family, so the cells are far below the bar. <see cref="Floor"/> is therefore what the
/// code measured when the set was made, rounded down: the lowest cell outside <see cref="NotReadYet"/> was
/// LibreOffice × none at 22.2% recall and 2.6% precision. Cells of a family in <see cref="NotReadYet"/> are scored and
/// printed but not held to the floor: they measure 0, so any floor would be 0 and the test could not fail. When the
/// rewrite lands, empty <see cref="NotReadYet"/> and raise <see cref="Floor"/> to 0.95. The tests read the cached PDFs
/// only; they never call a producer.
/// </remarks>
public class SyntheticProducerTests
{
    /// <summary>The lowest recall and precision each producer × layout-family cell must reach; to be raised to 0.95.</summary>
    private const decimal Floor = 0.02m;

    /// <summary>Layout families not held to <see cref="Floor"/> yet, each with the reason; to be emptied with the parser
    /// rewrite.</summary>
    private static readonly Dictionary<string, string> NotReadYet = new(StringComparer.Ordinal)
    {
        ["hrules"] = "rules under the rows only: no main table of the PEI, IEI and PDRC reports is found (unread-table), 0 of 36 injections caught",
    };

    private static readonly string[] Producers = ["cairo", "chromium", "ghostscript", "libreoffice"];
    private static readonly string[] Families = ["grid", "hrules", "none", "shaded"];
    private readonly ITestOutputHelper output;

    public SyntheticProducerTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Pipeline_ProducerPrints_EveryProducerAndLayoutAtLeastFloor()
    {
        var pdfs = ProducerPdfs();
        var scored = pdfs.Select(pdf => new ScoredReport(Truth.ForPdf(pdf), Pipeline.Run(pdf).Audit.Findings)).ToList();
        var card = new Scorecard(scored);
        var text = card.Render();
        output.WriteLine(text);
        ReportFile.Write("fixtures/synthetic-producers", text);
        var low = card.ProducerLayoutCells().Where(c => !NotReadYet.ContainsKey(c.Family) && (c.Recall < Floor || c.Precision < Floor)).ToList();
        Assert.True(low.Count == 0, $"below the floor {Floor:P0}: {string.Join(", ", low.Select(c => $"{c.Producer} x {c.Family} recall {c.Recall:P1} precision {c.Precision:P1}"))}\n{text}");
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

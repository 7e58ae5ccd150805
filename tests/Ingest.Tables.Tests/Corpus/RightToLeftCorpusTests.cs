using Ingest.Pdf;

namespace Ingest.Tables.Tests.Corpus;

/// <summary>
/// Hebrew and Arabic table text comes out in reading order. Before, cells held the letters as drawn, left to right
/// (<c>לכה ךס</c> for <c>סך הכל</c>). The expected labels are poppler's (<c>pdftotext -layout</c>), with the brackets
/// mirrored where poppler leaves them as drawn.
/// </summary>
public class RightToLeftCorpusTests
{
    [Fact]
    public void Stream_HebrewLabels_AreInReadingOrder()
    {
        var labels = Cells("indictb1h_14.pdf", TableMode.Stream, new PdfRect(120.0, 205.0, 459.9, 622.82));
        Assert.Contains("תוצר מקומי גולמי", labels);
        Assert.Contains("סך הכל - לנפש", labels);
        Assert.Contains("ההוצאה לצריכה ציבורית:", labels);
        Assert.Contains("למעט מוצרים בני-קיימא", labels);
        Assert.Contains("תעשייה (ללא יהלומים)", labels);
        Assert.Contains("ההוצאה לצריכה אינדיבידואלית (1) לנפש", labels);
    }

    [Fact]
    public void Stream_HebrewLabelInTwoChunks_JoinsThemRightToLeft()
    {
        // "בתי מגורים:" and "סך הכל" are printed apart; read right to left, the label starts with the right-hand chunk.
        var labels = Cells("indictb1h_14.pdf", TableMode.Stream, new PdfRect(120.0, 205.0, 459.9, 622.82));
        Assert.Contains("בתי מגורים: סך הכל", labels);
        Assert.Contains("ענפי המשק : סך הכל", labels);
    }

    [Fact]
    public void Lattice_ArabicCellsWithLatinAndNumbers_AreInReadingOrder()
    {
        var cells = Cells("arabic.pdf", TableMode.Lattice, null);
        Assert.Contains("\uFE8D\uFEB3\uFEE4\uFEF2 \uFEB3\uFEE0\uFEC4\uFE8E\uFEE5", cells); // "my name is Sultan"
        Assert.Contains("\uFECB\uFEE8\uFEAA\uFEF1 47 \uFED7\uFEC4\uFEC2", cells); // "I have 47 cats"
        Assert.Contains("Jeremy is \uFE9F\uFEAE\uFEE3\uFEF2 in Arabic", cells);
        Assert.Contains("\uFE8D\uFEB3\uFEE4\uFEF2 Jeremy \uFED3\uFEF2 \uFE8D\uFEFB\uFEE7\uFEA0\uFEE0\uFEF4\uFEB0\uFEF3\uFE94", cells); // "my name is Jeremy in English"
    }

    private static List<string> Cells(string file, TableMode mode, PdfRect? area)
    {
        using var document = PdfDocument.Open(Path.Combine(CorpusLocator.Root, "tabula-java", "src", "test", "resources", "technology", "tabula", file));
        var page = document.GetPage(1).ReadContent();
        return TableExtractor.Extract(page, mode, area).SelectMany(t => t.Cells).Select(c => c.Text).ToList();
    }
}

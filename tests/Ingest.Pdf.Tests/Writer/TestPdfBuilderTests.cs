using System.Text;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Checks with poppler (not with our reader) that <see cref="TestPdfBuilder"/> writes valid PDFs whose words sit where the tests expect.</summary>
public class TestPdfBuilderTests
{
    private const double Tolerance = 1.0;

    /// <summary>The width of "Hello" in Helvetica 12: 2.278 em.</summary>
    private const double HelloWidth = 27.336;

    [Fact]
    public void Build_StandardFonts_PopplerFindsWordsAtTheirOrigins()
    {
        var words = Poppler.Words(SampleDocuments.StandardFonts());

        AssertRun(Single(words, "Hello"), (72, 92), (72 + HelloWidth, 92));
        AssertRun(Single(words, "Times"), (72, 112), (72 + 31.332, 112));
        AssertRun(Single(words, "Courier"), (72, 132), (72 + (7 * 7.2), 132));
    }

    [Fact]
    public void Build_TrueTypeWithDifferencesAndToUnicode_PopplerDecodesBothWordsWithTheGivenWidths()
    {
        var words = Poppler.Words(SampleDocuments.TrueTypeWithDifferences());

        Assert.Equal(["Hello", "World"], words.Select(w => w.Text));
        AssertRun(words[0], (72, 92), (102, 92));
        AssertRun(words[1], (72, 112), (102, 112));
    }

    [Fact]
    public void Build_Type0IdentityH_PopplerDecodesTwoByteCodesWithTheWArrayWidths()
    {
        var words = Poppler.Words(SampleDocuments.Type0IdentityH());

        AssertRun(Single(words, "Hello"), (72, 92), (72 + HelloWidth, 92));
    }

    [Theory]
    [InlineData(0, 72, 92, 72 + HelloWidth, 92)]
    [InlineData(90, 700, 72, 700, 72 + HelloWidth)]
    [InlineData(180, 540, 700, 540 - HelloWidth, 700)]
    [InlineData(270, 92, 540, 92, 540 - HelloWidth)]
    public void Build_RotatedPage_PopplerReportsTheRotatedDisplayPosition(int rotate, double startX, double startY, double endX, double endY)
    {
        var words = Poppler.Words(SampleDocuments.Rotated(rotate));

        AssertRun(Single(words, "Hello"), (startX, startY), (endX, endY));
    }

    [Fact]
    public void Build_Type3Font_PopplerDecodesTheToUnicodeAndUsesTheFontMatrix()
    {
        var words = Poppler.Words(SampleDocuments.Type3());

        AssertRun(Single(words, "Box"), (72, 92), (72 + (3 * 10), 92));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_XrefStreamWithObjectStream_PopplerReadsPagesAndInfo(bool pngUpPredictor)
    {
        byte[] pdf = SampleDocuments.XrefStream(pngUpPredictor);

        string text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Type /XRef", text);
        Assert.Contains("/Type /ObjStm", text);
        Assert.DoesNotContain("\nxref\n", text);
        Assert.Equal(pngUpPredictor, text.Contains("/Predictor 12", StringComparison.Ordinal));
        var words = Poppler.Words(pdf);
        Assert.Equal([(1, "First"), (2, "Second")], words.Select(w => (w.Page, w.Text)));
        AssertRun(words[1], (72, 92), (72 + (6 * 12), 92));
        var info = Poppler.Run("pdfinfo", pdf, TimeSpan.FromSeconds(30), "{file}");
        Assert.Contains("Ingest test writer", info.StdOut);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_IncrementalUpdate_PopplerShowsTheUpdatedContent(bool xrefStream)
    {
        byte[] pdf = SampleDocuments.IncrementalUpdate(xrefStream);

        string text = Encoding.Latin1.GetString(pdf);
        Assert.Equal(2, text.Split("%%EOF").Length - 1);
        Assert.Contains("/Prev ", text);
        Assert.Contains("(Old) Tj", text);
        Assert.Equal([(1, "Stays"), (2, "New")], Poppler.Words(pdf).Select(w => (w.Page, w.Text)));
    }

    [Fact]
    public void Build_FormContentArrayAndActualText_PopplerSeesFormTextSplitOperatorAndActualText()
    {
        var words = Poppler.Words(SampleDocuments.FormsAndMarkedContent());

        Assert.Equal(["Split", "Real", "Formed"], words.Select(w => w.Text));
        Assert.Equal(72, words[0].XMin, Tolerance);
        AssertRun(words[2], (100, 592), (100 + 41.34, 592));
    }

    [Fact]
    public void Build_InheritedAttributes_PopplerUsesTheBoxRotationAndFontsOfThePagesNode()
    {
        byte[] pdf = SampleDocuments.Inherited();

        Assert.DoesNotContain("/Type /Page /Parent 2 0 R /Resources", Encoding.Latin1.GetString(pdf));
        var info = Poppler.Run("pdfinfo", pdf, TimeSpan.FromSeconds(30), "{file}");
        Assert.Contains("300 x 400 pts", info.StdOut);
        Assert.Contains("Page rot:        180", info.StdOut);
        AssertRun(Single(Poppler.Words(pdf), "Hello"), (250, 300), (250 - HelloWidth, 300));
    }

    [Fact]
    public void Build_CropBox_PdfinfoReportsItAndPopplerStillMeasuresFromTheMediaBox()
    {
        byte[] pdf = SampleDocuments.Cropped();

        Assert.Contains("/FlateDecode", Encoding.Latin1.GetString(pdf));
        var info = Poppler.Run("pdfinfo", pdf, TimeSpan.FromSeconds(30), "-box", "{file}");
        Assert.Contains("512 x 692 pts", info.StdOut);
        // pdftotext keeps media-box coordinates (origin at its top-left corner) when a crop box is set.
        AssertRun(Single(Poppler.Words(pdf), "Hello"), (72, 92), (72 + HelloWidth, 92));
    }

    [Fact]
    public void Build_CalledTwice_GivesIdenticalBytes()
    {
        Assert.Equal(SampleDocuments.XrefStream(true), SampleDocuments.XrefStream(true));
        Assert.Equal(SampleDocuments.Type0IdentityH(), SampleDocuments.Type0IdentityH());
    }

    private static PopplerWord Single(IReadOnlyList<PopplerWord> words, string text) =>
        Assert.Single(words, w => w.Text == text);

    /// <summary>Asserts that the word's box holds the baseline start and end points (display coordinates) and is no longer than the run.</summary>
    private static void AssertRun(PopplerWord word, (double X, double Y) start, (double X, double Y) end)
    {
        foreach (var (x, y) in new[] { start, end })
        {
            Assert.True(
                x >= word.XMin - Tolerance && x <= word.XMax + Tolerance && y >= word.YMin - Tolerance && y <= word.YMax + Tolerance,
                $"'{word.Text}' box ({word.XMin}, {word.YMin})–({word.XMax}, {word.YMax}) does not hold ({x}, {y}).");
        }

        bool horizontal = Math.Abs(end.X - start.X) > Math.Abs(end.Y - start.Y);
        double extent = horizontal ? word.XMax - word.XMin : word.YMax - word.YMin;
        Assert.Equal(Math.Abs(horizontal ? end.X - start.X : end.Y - start.Y), extent, Tolerance);
    }
}

using Ingest.Pdf.Tests.Writer;

namespace Ingest.Pdf.Tests.Reader;

/// <summary>
/// Reads words from PDFs built with <see cref="TestPdfBuilder"/> through the public API. Left and right edges are
/// hand-computed from the glyph widths (thousandths of an em times the font size); every document is also checked
/// against poppler on the same bytes, which gives the top and bottom edges from the font's ascent and descent.
/// </summary>
public class GeneratedWordsTests
{
    [Fact]
    public void ReadContent_StandardFontsWithoutWidths_UseTheStandardMetrics()
    {
        byte[] pdf = SampleDocuments.StandardFonts();

        var page = ReaderAssert.ReadPage(pdf);

        Assert.Equal(["Hello", "Times", "Courier"], ReaderAssert.Texts(page));

        // Helvetica H 722 e 556 l 222 l 222 o 556 = 2278/1000 em at 12 pt = 27.336 pt; baseline 792 - 700 = 92.
        var hello = page.Words[0];
        ReaderAssert.Box(hello, 72, null, 99.336, null);
        Assert.InRange(hello.Box.Top, 80, 92);
        Assert.InRange(hello.Box.Bottom, 92, 96);
        Assert.Equal(("Helvetica", 12d, false, false, 0), (hello.FontName, hello.FontSize, hello.Bold, hello.Italic, hello.Rotation));

        // Times-Bold T 667 i 278 m 833 e 444 s 389 = 2611 → 31.332 pt.
        ReaderAssert.Box(page.Words[1], 72, null, 103.332, null);
        Assert.Equal(("Times-Bold", true), (page.Words[1].FontName, page.Words[1].Bold));

        // Courier: 7 × 600 = 4200 → 50.4 pt.
        ReaderAssert.Box(page.Words[2], 72, null, 122.4, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void ReadContent_TrueTypeWithDifferencesAndToUnicode_DecodesBothWays()
    {
        // "Hello" decodes through ToUnicode; "World" uses codes that only /Differences names.
        byte[] pdf = SampleDocuments.TrueTypeWithDifferences();

        var page = ReaderAssert.ReadPage(pdf);

        Assert.Equal(["Hello", "World"], ReaderAssert.Texts(page));

        // Five codes of width 600 at 10 pt = 30 pt; "World" is 20 pt lower.
        ReaderAssert.Box(page.Words[0], 72, null, 102, null);
        ReaderAssert.Box(page.Words[1], 72, page.Words[0].Box.Top + 20, 102, page.Words[0].Box.Bottom + 20);
        Assert.Equal("Arial", page.Words[0].FontName);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void ReadContent_Type0IdentityHWithW_UsesTheCidWidths()
    {
        byte[] pdf = SampleDocuments.Type0IdentityH();

        var page = ReaderAssert.ReadPage(pdf);

        // /W gives H 722 e 556 l 222 o 556: 2278/1000 em at 12 pt = 27.336 pt (not the /DW of 1000 per glyph).
        var word = Assert.Single(page.Words);
        Assert.Equal("Hello", word.Text);
        ReaderAssert.Box(word, 72, null, 99.336, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void ReadContent_Type3Font_UsesWidthsThroughTheFontMatrix()
    {
        byte[] pdf = SampleDocuments.Type3();

        var page = ReaderAssert.ReadPage(pdf);

        // Three glyphs 500 wide × FontMatrix 0.001 × 20 pt = 30 pt.
        var word = Assert.Single(page.Words);
        Assert.Equal("Box", word.Text);
        ReaderAssert.Box(word, 72, null, 102, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void ReadContent_FormXObjectContentsArrayAndActualText_ReadsEachAtItsPlace()
    {
        byte[] pdf = SampleDocuments.FormsAndMarkedContent();

        var page = ReaderAssert.ReadPage(pdf);

        var formed = Assert.Single(page.Words, w => w.Text == "Formed");
        var split = Assert.Single(page.Words, w => w.Text == "Split");
        var real = Assert.Single(page.Words, w => w.Text == "Real");
        Assert.DoesNotContain(page.Words, w => w.Text == "Fake");
        Assert.Equal(3, page.Words.Count);

        // The form's /Matrix moves its origin to (100, 200): baseline at 792 - 200 = 592. F 611 o 556 r 333 m 833 e 556 d 556 = 3445 → 41.34 pt.
        ReaderAssert.Box(formed, 100, null, 141.34, null);
        Assert.InRange(formed.Baseline, 591.5, 592.5);

        // "(Split) Tj" sits in the second stream of the /Contents array, after "BT /F1 12 Tf 72 700 Td" in the first. S 667 p 556 l 222 i 222 t 278 = 1945 → 23.34 pt.
        ReaderAssert.Box(split, 72, null, 95.34, null);

        // /ActualText "Real" replaces the shown "Fake" and takes its glyphs' box: F 611 a 556 k 500 e 556 = 2223 → 26.676 pt.
        ReaderAssert.Box(real, 72, null, 98.676, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void Open_InheritedResourcesMediaBoxAndRotate_AppliesThemToThePage()
    {
        byte[] pdf = SampleDocuments.Inherited();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var content = page.ReadContent();

        Assert.Equal((180, 300d, 400d), (page.Rotation, page.Width, page.Height));

        // Rotated 180° in a 300 × 400 box: the word starting at x = 50 ends at 300 - 50 = 250 and runs right to left.
        var word = Assert.Single(content.Words);
        Assert.Equal(("Hello", 2), (word.Text, word.Rotation));
        ReaderAssert.Box(word, 250 - 27.336, null, 250, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Theory]
    [InlineData(0, 612, 792, 0)]
    [InlineData(90, 792, 612, 1)]
    [InlineData(180, 612, 792, 2)]
    [InlineData(270, 792, 612, 3)]
    public void ReadContent_RotatedPage_MatchesPopplerWordsAndCentres(int rotate, double width, double height, int wordRotation)
    {
        byte[] pdf = new TestPdfBuilder()
            .AddStandardFont("F1", "Helvetica")
            .AddPage(
                new PageSpec { Rotate = rotate },
                TextOps.Text("F1", 12, 72, 700, "Rotated page text") + TextOps.Text("F1", 10, 300, 400, "Middle words") + TextOps.Text("F1", 12, 500, 60, "Corner"))
            .Build();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.ReadContent().Words;
        var expected = Poppler.Words(pdf);

        Assert.Equal((rotate, width, height), (page.Rotation, page.Width, page.Height));
        Assert.Equal(expected.Select(w => w.Text).Order(), words.Select(w => w.Text).Order());
        foreach (var p in expected)
        {
            var word = Assert.Single(words, w => w.Text == p.Text);
            Assert.True(
                Math.Abs(word.Box.CenterX - ((p.XMin + p.XMax) / 2)) <= 1 && Math.Abs(word.Box.CenterY - ((p.YMin + p.YMax) / 2)) <= 1,
                $"'{p.Text}' at {word.Box}, poppler [{p.XMin}, {p.YMin}, {p.XMax}, {p.YMax}]");
            Assert.Equal(wordRotation, word.Rotation);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_XrefStreamWithObjectStreams_ReadsBothPages(bool pngUpPredictor)
    {
        byte[] pdf = SampleDocuments.XrefStream(pngUpPredictor);

        using var document = PdfDocument.Open(pdf);

        Assert.Equal(2, document.PageCount);
        Assert.Empty(document.Repairs);
        Assert.Equal("Ingest test writer", document.Producer);
        var first = Assert.Single(document.GetPage(1).ReadContent().Words);
        var second = Assert.Single(document.GetPage(2).ReadContent().Words);
        Assert.Equal(("First", "Second"), (first.Text, second.Text));

        // F 611 i 222 r 333 s 500 t 278 = 1944 → 23.328 pt; the Type0 font has no /W here, so six glyphs of /DW 1000 = 72 pt.
        ReaderAssert.Box(first, 72, null, 95.328, null);
        ReaderAssert.Box(second, 72, null, 144, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_IncrementalUpdate_ReadsTheUpdatedContent(bool xrefStream)
    {
        byte[] pdf = SampleDocuments.IncrementalUpdate(xrefStream);

        using var document = PdfDocument.Open(pdf);

        Assert.Equal(2, document.PageCount);
        Assert.Empty(document.Repairs);
        Assert.Equal(["Stays"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
        Assert.Equal(["New"], ReaderAssert.Texts(document.GetPage(2).ReadContent()));
    }

    [Fact]
    public void ReadContent_WordSpacingOnByte32_WidensTheSpace()
    {
        byte[] pdf = new TestPdfBuilder()
            .AddStandardFont("F1", "Helvetica")
            .AddPage("BT /F1 12 Tf 72 700 Td 5 Tw (Hello World) Tj ET\n")
            .Build();

        var page = ReaderAssert.ReadPage(pdf);

        // "World" starts after Hello (27.336) + space 278/1000 × 12 (3.336) + Tw 5 = 107.672; W 944 o 556 r 333 l 222 d 556 = 2611 → 31.332.
        Assert.Equal(["Hello", "World"], ReaderAssert.Texts(page));
        ReaderAssert.Box(page.Words[0], 72, null, 99.336, null);
        ReaderAssert.Box(page.Words[1], 107.672, null, 139.004, null);
        ReaderAssert.MatchesPoppler(pdf);
    }

    [Fact]
    public void ReadContent_WordSpacingWithTwoByteCode0020_IsNotApplied()
    {
        // Tw applies to the single-byte code 32 only; in an Identity-H font <0020> is an ordinary glyph (here "B").
        // Poppler applies Tw to it (it reports "B" at x 34..78), so this case is checked against the specification instead.
        byte[] pdf = new TestPdfBuilder()
            .AddType0Font("F1", new Type0FontSpec("ABCDEF+Arial", new Dictionary<int, string> { [1] = "A", [0x20] = "B" })
            {
                Widths = new Dictionary<int, int> { [1] = 500, [0x20] = 500 },
            })
            .AddPage("BT /F1 12 Tf 72 700 Td 50 Tw <000100200001> Tj ET\n")
            .Build();

        var page = ReaderAssert.ReadPage(pdf);

        // Three glyphs of 500/1000 em at 12 pt, no word spacing: 18 pt.
        var word = Assert.Single(page.Words);
        Assert.Equal("ABA", word.Text);
        ReaderAssert.Box(word, 72, null, 90, null);
    }

    [Fact]
    public void ReadContent_TJKerning_SplitsOnlyGapsWiderThanATenthOfAnEm()
    {
        byte[] pdf = new TestPdfBuilder()
            .AddStandardFont("F1", "Helvetica")
            .AddPage(
                TextOps.Show("F1", 12, 72, 700, TextOps.TJ("Hel", -50, "lo")) +
                TextOps.Show("F1", 12, 72, 650, TextOps.TJ("Hel", -200, "lo")) +
                TextOps.Show("F1", 12, 72, 600, TextOps.TJ("Wo", 80, "rld")))
            .Build();

        var page = ReaderAssert.ReadPage(pdf);

        Assert.Equal(["Hello", "Hel", "lo", "World"], ReaderAssert.Texts(page));

        // -50: a 0.05 em (0.6 pt) gap stays inside the word: 18 (Hel) + 0.6 + 9.336 (lo) = 27.936.
        ReaderAssert.Box(page.Words[0], 72, null, 99.936, null);

        // -200: a 0.2 em (2.4 pt) gap splits: "lo" starts at 72 + 18 + 2.4 = 92.4 and is 222 + 556 = 778 → 9.336 wide.
        ReaderAssert.Box(page.Words[1], 72, null, 90, null);
        ReaderAssert.Box(page.Words[2], 92.4, null, 101.736, null);

        // +80 pulls "rld" 0.96 pt left: 18 (Wo) - 0.96 + 13.332 (rld) = 30.372.
        ReaderAssert.Box(page.Words[3], 72, null, 102.372, null);
        ReaderAssert.MatchesPoppler(pdf);
    }
}

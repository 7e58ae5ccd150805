namespace Ingest.Pdf.Tests.Writer;

/// <summary>Documents built with <see cref="TestPdfBuilder"/> whose words and positions the writer tests check with poppler.</summary>
/// <remarks>Each puts its first word's baseline at (72, 700) on a US Letter page unless its summary says otherwise.</remarks>
internal static class SampleDocuments
{
    /// <summary>Gets the Type0 "Hello" widths: H 722, e 556, l 222, o 556 (Helvetica's), so the word is 2.778 em wide.</summary>
    public static IReadOnlyDictionary<int, int> HelloCidWidths { get; } = new Dictionary<int, int> { [1] = 722, [2] = 556, [3] = 222, [4] = 556 };

    /// <summary>Gets a page with "Hello" in Helvetica 12, "Times" in Times-Bold 12 at (72, 680) and "Courier" in Courier 12 at (72, 660).</summary>
    public static byte[] StandardFonts() => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddStandardFont("F2", "Times-Bold", "WinAnsiEncoding")
        .AddStandardFont("F3", "Courier")
        .AddPage(
            TextOps.Text("F1", 12, 72, 700, "Hello") +
            TextOps.Text("F2", 12, 72, 680, "Times") +
            TextOps.Text("F3", 12, 72, 660, "Courier"))
        .Build();

    /// <summary>
    /// Gets a page in a TrueType font at size 10 whose codes 1–7 are all 600 wide: "Hello" as codes 1 2 3 3 4 (mapped by
    /// /Differences and by ToUnicode), then "World" at (72, 680) as codes 5 4 6 3 7 (codes 5–7 only in /Differences).
    /// </summary>
    public static byte[] TrueTypeWithDifferences() => new TestPdfBuilder()
        .AddTrueTypeFont("F1", new TrueTypeFontSpec("ABCDEF+Arial", 1, [600, 600, 600, 600, 600, 600, 600])
        {
            Differences = new Dictionary<int, string> { [1] = "H", [2] = "e", [3] = "l", [4] = "o", [5] = "W", [6] = "r", [7] = "d" },
            ToUnicode = new Dictionary<int, string> { [1] = "H", [2] = "e", [3] = "l", [4] = "o" },
            Metrics = (905, -212),
        })
        .AddPage(TextOps.Text("F1", 10, 72, 700, "\u0001\u0002\u0003\u0003\u0004") + TextOps.Text("F1", 10, 72, 680, "\u0005\u0004\u0006\u0003\u0007"))
        .Build();

    /// <summary>Gets a page showing "Hello" at size 12 in a Type0 Identity-H font as codes 0001 0002 0003 0003 0004 (width 12 × 2.778 = 33.336 pt).</summary>
    public static byte[] Type0IdentityH() => new TestPdfBuilder()
        .AddType0Font("F1", new Type0FontSpec("ABCDEF+Arial", new Dictionary<int, string> { [1] = "H", [2] = "e", [3] = "l", [4] = "o" })
        {
            Widths = HelloCidWidths,
        })
        .AddPage(TextOps.Text2("F1", 12, 72, 700, 1, 2, 3, 3, 4))
        .Build();

    /// <summary>Gets a US Letter page with the given /Rotate showing "Hello" in Helvetica 12.</summary>
    public static byte[] Rotated(int rotate) => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddPage(new PageSpec { Rotate = rotate }, TextOps.Text("F1", 12, 72, 700, "Hello"))
        .Build();

    /// <summary>Gets a page showing "Box" at size 20 in a Type3 font whose three glyphs (codes 1–3) are 500 wide rectangles.</summary>
    public static byte[] Type3() => new TestPdfBuilder()
        .AddType3Font("T1", new Type3FontSpec([new(1, "B", 500, "B"), new(2, "o", 500, "o"), new(3, "x", 500, "x")]))
        .AddPage(TextOps.Text("T1", 20, 72, 700, "\u0001\u0002\u0003"))
        .Build();

    /// <summary>Gets two compressed pages ("First" in Helvetica, "Second" in an Identity-H font) written with a cross-reference stream and an object stream.</summary>
    public static byte[] XrefStream(bool pngUpPredictor) => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddType0Font("F2", new Type0FontSpec("ABCDEF+Arial", new Dictionary<int, string> { [1] = "S", [2] = "e", [3] = "c", [4] = "o", [5] = "n", [6] = "d" }))
        .CompressContent()
        .WithInfo("Ingest test writer")
        .UseXrefStream(objectStreams: true, pngUpPredictor)
        .AddPage(TextOps.Text("F1", 12, 72, 700, "First"))
        .AddPage(TextOps.Text2("F2", 12, 72, 700, 1, 2, 3, 4, 5, 6))
        .Build();

    /// <summary>Gets two pages ("Stays" and "Old") where an incremental update replaces page 2's content with "New".</summary>
    public static byte[] IncrementalUpdate(bool xrefStream)
    {
        var builder = new TestPdfBuilder()
            .AddStandardFont("F1", "Helvetica")
            .AddPage(TextOps.Text("F1", 12, 72, 700, "Stays"))
            .AddPage(TextOps.Text("F1", 12, 72, 700, "Old"))
            .WithIncrementalUpdate(1, TextOps.Text("F1", 12, 72, 700, "New"));
        return (xrefStream ? builder.UseXrefStream() : builder).Build();
    }

    /// <summary>
    /// Gets a page that draws a Form XObject translated by (100, 200) showing "Formed" at its origin (in the form's own font
    /// name <c>FX</c>), then "Split" from a /Contents array of two streams at (72, 700), then an /ActualText span showing "Fake"
    /// that stands for "Real" at (72, 500).
    /// </summary>
    public static byte[] FormsAndMarkedContent() => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddForm("Fm1", TextOps.Text("FX", 12, 0, 0, "Formed"), matrix: [1, 0, 0, 1, 100, 200], fonts: new Dictionary<string, string> { ["FX"] = "F1" })
        .AddPage(
            "q /Fm1 Do Q\nBT /F1 12 Tf 72 700 Td\n",
            "(Split) Tj ET\n" + TextOps.ActualText("Real", TextOps.Text("F1", 12, 72, 500, "Fake")))
        .Build();

    /// <summary>Gets a page that has no /MediaBox, /Resources or /Rotate of its own: it inherits a 300 × 400 box, rotation 180 and the fonts from /Pages; "Hello" at (50, 300).</summary>
    public static byte[] Inherited() => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .InheritFromPagesNode(mediaBox: [0, 0, 300, 400], rotate: 180)
        .AddPage(TextOps.Text("F1", 12, 50, 300, "Hello"))
        .Build();

    /// <summary>Gets a US Letter page cropped to [50 50 562 742] with "Hello" in Helvetica 12 at (72, 700), and a compressed content stream.</summary>
    public static byte[] Cropped() => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddPage(new PageSpec { CropBox = [50, 50, 562, 742], Compress = true }, TextOps.Text("F1", 12, 72, 700, "Hello"))
        .Build();
}

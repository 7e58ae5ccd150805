using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Options of one page added with <see cref="TestPdfBuilder.AddPage(PageSpec, string[])"/>.</summary>
internal sealed record PageSpec
{
    /// <summary>Gets the /MediaBox, or <see langword="null"/> to use US Letter (or to inherit it when the /Pages node has one).</summary>
    public double[]? MediaBox { get; init; }

    /// <summary>Gets the /CropBox, or <see langword="null"/> for none on the page.</summary>
    public double[]? CropBox { get; init; }

    /// <summary>Gets the /Rotate (0, 90, 180 or 270), or <see langword="null"/> for none on the page.</summary>
    public int? Rotate { get; init; }

    /// <summary>Gets whether the content streams are Flate-compressed, or <see langword="null"/> to follow <see cref="TestPdfBuilder.CompressContent"/>.</summary>
    public bool? Compress { get; init; }
}

/// <summary>Builds small PDF files with known content for tests; the same calls always give the same bytes.</summary>
/// <remarks>
/// <para>Units are PDF points (1/72 inch), origin at the bottom-left of the page. All pages share one
/// resource dictionary holding every font and XObject added, under the names given.</para>
/// <para>Layout of the objects: 1 is the catalog, 2 the /Pages node, then the /Info dictionary,
/// fonts, XObjects and pages in the order added.</para>
/// </remarks>
/// <example><code>
/// byte[] pdf = new TestPdfBuilder()
///     .AddStandardFont("F1", "Helvetica")
///     .AddPage(TextOps.Text("F1", 12, 72, 700, "Hello"))
///     .Build();
/// </code></example>
internal sealed class TestPdfBuilder
{
    private readonly List<(string Name, Func<ObjectSet, int> Emit)> fonts = [];
    private readonly List<(string Name, Func<ObjectSet, IReadOnlyDictionary<string, int>, int> Emit)> xObjects = [];
    private readonly List<(PageSpec Spec, string[] Contents)> pages = [];
    private bool compressContent;
    private string? producer;
    private (double[]? MediaBox, double[]? CropBox, int? Rotate)? inherited;
    private (bool ObjectStreams, bool Predictor)? xrefStream;
    private (int PageIndex, string Content)? update;

    /// <summary>Gets the US Letter media box, <c>[0 0 612 792]</c>.</summary>
    public static double[] Letter => [0, 0, 612, 792];

    /// <summary>Adds one of the 14 standard fonts, without /Widths or a FontDescriptor.</summary>
    /// <param name="name">The resource name used by <c>Tf</c>, for example <c>F1</c>.</param>
    /// <param name="baseFont">The standard font name, for example <c>Helvetica</c>, <c>Times-Bold</c> or <c>Courier</c>.</param>
    /// <param name="encoding">The /Encoding name, or <see langword="null"/> for none (the font's built-in encoding).</param>
    public TestPdfBuilder AddStandardFont(string name, string baseFont, string? encoding = null)
    {
        string enc = encoding is null ? string.Empty : " /Encoding " + PdfSyntax.Name(encoding);
        fonts.Add((name, o => o.Add($"<</Type /Font /Subtype /Type1 /BaseFont {PdfSyntax.Name(baseFont)}{enc}>>")));
        return this;
    }

    /// <summary>Adds a simple TrueType font with /FirstChar, /LastChar, /Widths and an /Encoding dictionary.</summary>
    /// <param name="name">The resource name used by <c>Tf</c>.</param>
    /// <param name="spec">The font's widths, encoding, optional ToUnicode and optional metrics.</param>
    public TestPdfBuilder AddTrueTypeFont(string name, TrueTypeFontSpec spec)
    {
        fonts.Add((name, o =>
        {
            var sb = new StringBuilder("<</Type /Font /Subtype /TrueType /BaseFont ").Append(PdfSyntax.Name(spec.BaseFont))
                .Append(CultureInfo.InvariantCulture, $" /FirstChar {spec.FirstChar} /LastChar {spec.FirstChar + spec.Widths.Count - 1}")
                .Append(" /Widths ").Append(PdfSyntax.NumArray(spec.Widths.Select(w => (double)w)))
                .Append(" /Encoding <</Type /Encoding /BaseEncoding ").Append(PdfSyntax.Name(spec.BaseEncoding))
                .Append(" /Differences ").Append(Differences(spec.Differences)).Append(">>");
            if (spec.ToUnicode is { } map)
            {
                sb.Append(CultureInfo.InvariantCulture, $" /ToUnicode {o.AddStream(string.Empty, ToUnicodeCMap(map, 1))} 0 R");
            }

            if (spec.Metrics is { } m)
            {
                sb.Append(CultureInfo.InvariantCulture, $" /FontDescriptor {o.Add(FontDescriptor(spec.BaseFont, m.Ascent, m.Descent, 32))} 0 R");
            }

            return o.Add(sb.Append(">>").ToString());
        }));
        return this;
    }

    /// <summary>Adds a Type0 font with <c>/Encoding /Identity-H</c>, a CIDFontType2 descendant (/W, /DW, FontDescriptor) and a two-byte ToUnicode CMap.</summary>
    /// <param name="name">The resource name used by <c>Tf</c>.</param>
    /// <param name="spec">The font's widths and ToUnicode map.</param>
    public TestPdfBuilder AddType0Font(string name, Type0FontSpec spec)
    {
        fonts.Add((name, o =>
        {
            int descriptor = o.Add(FontDescriptor(spec.BaseFont, spec.Metrics.Ascent, spec.Metrics.Descent, 4));
            var w = new StringBuilder("[");
            foreach (var run in Runs(spec.Widths.Keys))
            {
                w.Append(CultureInfo.InvariantCulture, $"{run[0]} [").AppendJoin(' ', run.Select(c => spec.Widths[c])).Append("] ");
            }

            string baseFont = PdfSyntax.Name(spec.BaseFont);
            int descendant = o.Add(
                $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {baseFont} " +
                "/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> " +
                $"/FontDescriptor {descriptor} 0 R /DW {spec.DefaultWidth} /W {w.ToString().TrimEnd()}] /CIDToGIDMap /Identity>>");
            int toUnicode = o.AddStream(string.Empty, ToUnicodeCMap(spec.ToUnicode, 2));
            return o.Add($"<</Type /Font /Subtype /Type0 /BaseFont {baseFont} /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R>>");
        }));
        return this;
    }

    /// <summary>Adds a Type3 font whose glyphs are filled rectangles, with /Widths, /Encoding /Differences and a ToUnicode CMap.</summary>
    /// <param name="name">The resource name used by <c>Tf</c>.</param>
    /// <param name="spec">The glyphs.</param>
    public TestPdfBuilder AddType3Font(string name, Type3FontSpec spec)
    {
        fonts.Add((name, o =>
        {
            var procs = new StringBuilder();
            foreach (var g in spec.Glyphs)
            {
                string w = PdfSyntax.Num(g.Width);
                string proc = $"{w} 0 0 0 {w} 700 d1\n{PdfSyntax.Num(g.Width * 0.1)} 0 {PdfSyntax.Num(g.Width * 0.8)} 700 re f\n";
                procs.Append(CultureInfo.InvariantCulture, $"{PdfSyntax.Name(g.GlyphName)} {o.AddStream(string.Empty, PdfSyntax.Bytes.GetBytes(proc))} 0 R ");
            }

            int first = spec.Glyphs.Min(g => g.Code);
            int last = spec.Glyphs.Max(g => g.Code);
            var widths = Enumerable.Range(first, last - first + 1)
                .Select(c => (double)(spec.Glyphs.FirstOrDefault(g => g.Code == c)?.Width ?? 0));
            int toUnicode = o.AddStream(string.Empty, ToUnicodeCMap(spec.Glyphs.ToDictionary(g => g.Code, g => g.Unicode), 1));
            string differences = Differences(spec.Glyphs.ToDictionary(g => g.Code, g => g.GlyphName));
            return o.Add(
                $"<</Type /Font /Subtype /Type3 /FontBBox [0 0 {spec.Glyphs.Max(g => g.Width)} 700] /FontMatrix [0.001 0 0 0.001 0 0] " +
                $"/CharProcs <<{procs.ToString().TrimEnd()}>> /Encoding <</Type /Encoding /Differences {differences}>> " +
                $"/FirstChar {first} /LastChar {last} /Widths {PdfSyntax.NumArray(widths)} /Resources <<>> /ToUnicode {toUnicode} 0 R>>");
        }));
        return this;
    }

    /// <summary>Adds a Form XObject, drawn with <c>/name Do</c>.</summary>
    /// <param name="name">The resource name used by <c>Do</c>, for example <c>Fm1</c>.</param>
    /// <param name="content">The form's content stream.</param>
    /// <param name="matrix">The form's /Matrix, or <see langword="null"/> for the identity.</param>
    /// <param name="bbox">The form's /BBox, or <see langword="null"/> for <c>[-1000 -1000 2000 2000]</c>.</param>
    /// <param name="fonts">The form's own /Font resources as local name → name of a font added to this builder, or <see langword="null"/> for all fonts under their own names.</param>
    public TestPdfBuilder AddForm(string name, string content, double[]? matrix = null, double[]? bbox = null, IReadOnlyDictionary<string, string>? fonts = null)
    {
        xObjects.Add((name, (o, fontNumbers) =>
        {
            var fontEntries = fonts is null
                ? fontNumbers.Select(f => (Local: f.Key, Number: f.Value))
                : fonts.Select(f => (Local: f.Key, Number: fontNumbers[f.Value]));
            string resources = "<</Font <<" + string.Join(' ', fontEntries.Select(f => $"{PdfSyntax.Name(f.Local)} {f.Number} 0 R")) + ">>>>";
            string dict = $"/Type /XObject /Subtype /Form /BBox {PdfSyntax.NumArray(bbox ?? [-1000, -1000, 2000, 2000])} " +
                $"/Matrix {PdfSyntax.NumArray(matrix ?? [1, 0, 0, 1, 0, 0])} /Resources {resources}";
            return AddContentStream(o, dict, content, compressContent);
        }));
        return this;
    }

    /// <summary>Adds a DeviceGray image XObject with 8 bits per sample, drawn with <c>/name Do</c> inside a <c>cm</c> that scales it.</summary>
    /// <param name="name">The resource name used by <c>Do</c>, for example <c>Im1</c>.</param>
    /// <param name="width">The width in samples.</param>
    /// <param name="height">The height in samples.</param>
    /// <param name="samples">The <paramref name="width"/> × <paramref name="height"/> gray samples, top row first.</param>
    public TestPdfBuilder AddGrayImage(string name, int width, int height, byte[] samples)
    {
        xObjects.Add((name, (o, _) => o.AddStream(
            $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8",
            samples)));
        return this;
    }

    /// <summary>Adds a US Letter page; several strings make a /Contents array of several streams.</summary>
    /// <param name="contents">The content streams, for example built with <see cref="TextOps"/>.</param>
    public TestPdfBuilder AddPage(params string[] contents) => AddPage(new PageSpec(), contents);

    /// <summary>Adds a page with the given boxes and rotation; several strings make a /Contents array of several streams.</summary>
    /// <param name="spec">The page's boxes, rotation and compression.</param>
    /// <param name="contents">The content streams.</param>
    public TestPdfBuilder AddPage(PageSpec spec, params string[] contents)
    {
        pages.Add((spec, contents));
        return this;
    }

    /// <summary>Sets whether content streams (pages and forms) are Flate-compressed by default.</summary>
    public TestPdfBuilder CompressContent(bool compress = true)
    {
        compressContent = compress;
        return this;
    }

    /// <summary>Puts /Resources, and the attributes given, on the /Pages node so that pages inherit them.</summary>
    /// <param name="mediaBox">The inherited /MediaBox; pages without their own then have none.</param>
    /// <param name="cropBox">The inherited /CropBox.</param>
    /// <param name="rotate">The inherited /Rotate.</param>
    public TestPdfBuilder InheritFromPagesNode(double[]? mediaBox = null, double[]? cropBox = null, int? rotate = null)
    {
        inherited = (mediaBox, cropBox, rotate);
        return this;
    }

    /// <summary>Adds an /Info dictionary with a /Producer.</summary>
    public TestPdfBuilder WithInfo(string producerName)
    {
        producer = producerName;
        return this;
    }

    /// <summary>Writes a cross-reference stream (<c>/W [1 4 2]</c>, Flate) instead of a classic <c>xref</c> table.</summary>
    /// <param name="objectStreams">Whether every non-stream object goes into one compressed object stream (<c>/Type /ObjStm</c>).</param>
    /// <param name="pngUpPredictor">Whether the xref stream uses <c>/DecodeParms &lt;&lt;/Columns 7 /Predictor 12&gt;&gt;</c>.</param>
    public TestPdfBuilder UseXrefStream(bool objectStreams = true, bool pngUpPredictor = false)
    {
        xrefStream = (objectStreams, pngUpPredictor);
        return this;
    }

    /// <summary>Appends an incremental update that gives one page a new content stream (a new stream object and a rewritten page object, with /Prev).</summary>
    /// <param name="pageIndex">The zero-based page index.</param>
    /// <param name="newContent">The page's new content stream.</param>
    public TestPdfBuilder WithIncrementalUpdate(int pageIndex, string newContent)
    {
        update = (pageIndex, newContent);
        return this;
    }

    /// <summary>Writes the document.</summary>
    /// <returns>The bytes of the PDF file.</returns>
    public byte[] Build()
    {
        var o = new ObjectSet();
        int catalog = o.Reserve();
        int pagesNode = o.Reserve();
        int? info = producer is null ? null : o.Add($"<</Producer {PdfSyntax.TextString(producer)}>>");
        var fontNumbers = fonts.ToDictionary(f => f.Name, f => f.Emit(o));
        var xObjectNumbers = xObjects.ToDictionary(x => x.Name, x => x.Emit(o, fontNumbers));
        string resources = "<</Font <<" + string.Join(' ', fontNumbers.Select(f => $"{PdfSyntax.Name(f.Key)} {f.Value} 0 R")) + ">>" +
            " /XObject <<" + string.Join(' ', xObjectNumbers.Select(x => $"{PdfSyntax.Name(x.Key)} {x.Value} 0 R")) + ">>>>";

        var pageNumbers = new List<int>();
        foreach (var (spec, contents) in pages)
        {
            bool compress = spec.Compress ?? compressContent;
            var streams = contents.Select(c => AddContentStream(o, string.Empty, c, compress)).ToList();
            string contentsRef = streams.Count == 1 ? $"{streams[0]} 0 R" : "[" + string.Join(' ', streams.Select(s => $"{s} 0 R")) + "]";
            pageNumbers.Add(o.Add(PageDictionary(spec, pagesNode, contentsRef, resources)));
        }

        var pagesDict = new StringBuilder("<</Type /Pages /Kids [").AppendJoin(' ', pageNumbers.Select(p => $"{p} 0 R"))
            .Append(CultureInfo.InvariantCulture, $"] /Count {pageNumbers.Count}");
        if (inherited is (var mediaBox, var cropBox, var rotate))
        {
            pagesDict.Append(" /Resources ").Append(resources);
            AppendBoxes(pagesDict, mediaBox, cropBox, rotate);
        }

        o.Set(pagesNode, pagesDict.Append(">>").ToString());
        o.Set(catalog, $"<</Type /Catalog /Pages {pagesNode} 0 R>>");

        string infoEntry = info is { } i ? $" /Info {i} 0 R" : string.Empty;
        var writer = new PdfFileWriter();
        int size = WriteSection(writer, o.Objects, o.Next, t => $"/Size {t} /Root {catalog} 0 R{infoEntry}", out long xrefOffset);

        if (update is (var pageIndex, var newContent))
        {
            var spec = pages[pageIndex].Spec;
            int content = size;
            var updated = new List<RawObject>
            {
                ContentObject(content, string.Empty, newContent, spec.Compress ?? compressContent),
                new(pageNumbers[pageIndex], PageDictionary(spec, pagesNode, $"{content} 0 R", resources)),
            };
            foreach (var obj in updated)
            {
                writer.WriteObject(obj);
            }

            string trailer = $"/Root {catalog} 0 R{infoEntry}";
            if (xrefStream is (_, var predictor))
            {
                writer.WriteXrefStream(size + 1, $"/Size {size + 2} {trailer}", xrefOffset, predictor);
            }
            else
            {
                writer.WriteXrefTable($"/Size {size + 1} {trailer}", xrefOffset);
            }
        }

        return writer.ToArray();
    }

    private int WriteSection(PdfFileWriter writer, IReadOnlyList<RawObject> objects, int next, Func<int, string> trailer, out long xrefOffset)
    {
        if (xrefStream is not (var objectStreams, var predictor))
        {
            foreach (var obj in objects)
            {
                writer.WriteObject(obj);
            }

            xrefOffset = writer.WriteXrefTable(trailer(next));
            return next;
        }

        var packed = objectStreams ? objects.Where(x => !x.IsStream).ToList() : [];
        foreach (var obj in objects.Except(packed))
        {
            writer.WriteObject(obj);
        }

        if (packed.Count > 0)
        {
            int objStm = next++;
            var header = new StringBuilder();
            var body = new StringBuilder();
            for (int k = 0; k < packed.Count; k++)
            {
                header.Append(CultureInfo.InvariantCulture, $"{packed[k].Number} {body.Length} ");
                body.Append(packed[k].Body).Append('\n');
                writer.AddCompressedEntry(packed[k].Number, objStm, k);
            }

            string first = header.ToString();
            byte[] data = PdfSyntax.Flate(PdfSyntax.Bytes.GetBytes(first + body));
            writer.WriteObject(new RawObject(objStm, $"/Type /ObjStm /N {packed.Count} /First {first.Length} /Filter /FlateDecode", data));
        }

        int xref = next++;
        xrefOffset = writer.WriteXrefStream(xref, trailer(next), pngUpPredictor: predictor);
        return next;
    }

    private string PageDictionary(PageSpec spec, int parent, string contents, string resources)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<</Type /Page /Parent {parent} 0 R"));
        double[]? mediaBox = spec.MediaBox ?? (inherited?.MediaBox is null ? Letter : null);
        if (inherited is null)
        {
            sb.Append(" /Resources ").Append(resources);
        }

        AppendBoxes(sb, mediaBox, spec.CropBox, spec.Rotate);
        return sb.Append(" /Contents ").Append(contents).Append(">>").ToString();
    }

    private static void AppendBoxes(StringBuilder sb, double[]? mediaBox, double[]? cropBox, int? rotate)
    {
        if (mediaBox is not null)
        {
            sb.Append(" /MediaBox ").Append(PdfSyntax.NumArray(mediaBox));
        }

        if (cropBox is not null)
        {
            sb.Append(" /CropBox ").Append(PdfSyntax.NumArray(cropBox));
        }

        if (rotate is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $" /Rotate {r}");
        }
    }

    private static int AddContentStream(ObjectSet o, string dict, string content, bool compress)
    {
        int number = o.Reserve();
        o.Set(ContentObject(number, dict, content, compress));
        return number;
    }

    private static RawObject ContentObject(int number, string dict, string content, bool compress)
    {
        byte[] data = PdfSyntax.Bytes.GetBytes(content);
        return compress
            ? new RawObject(number, dict + " /Filter /FlateDecode", PdfSyntax.Flate(data))
            : new RawObject(number, dict, data);
    }

    private static string FontDescriptor(string fontName, double ascent, double descent, int flags) =>
        $"<</Type /FontDescriptor /FontName {PdfSyntax.Name(fontName)} /Flags {flags} /FontBBox [-200 {PdfSyntax.Num(descent)} 1200 {PdfSyntax.Num(ascent)}] " +
        $"/ItalicAngle 0 /Ascent {PdfSyntax.Num(ascent)} /Descent {PdfSyntax.Num(descent)} /CapHeight {PdfSyntax.Num(ascent * 0.8)} /StemV 80>>";

    private static string Differences(IReadOnlyDictionary<int, string> differences)
    {
        var sb = new StringBuilder("[");
        foreach (var run in Runs(differences.Keys))
        {
            sb.Append(run[0]).Append(' ').AppendJoin(' ', run.Select(c => PdfSyntax.Name(differences[c]))).Append(' ');
        }

        return sb.ToString().TrimEnd() + "]";
    }

    /// <summary>Splits codes into runs of consecutive values, in ascending order.</summary>
    private static List<List<int>> Runs(IEnumerable<int> codes)
    {
        var runs = new List<List<int>>();
        foreach (int c in codes.Order())
        {
            if (runs.Count > 0 && runs[^1][^1] + 1 == c)
            {
                runs[^1].Add(c);
            }
            else
            {
                runs.Add([c]);
            }
        }

        return runs;
    }

    /// <summary>Writes a ToUnicode CMap with one <c>bfchar</c> entry per code.</summary>
    private static byte[] ToUnicodeCMap(IReadOnlyDictionary<int, string> map, int codeBytes)
    {
        string Code(int c) => c.ToString(codeBytes == 1 ? "X2" : "X4", CultureInfo.InvariantCulture);
        var sb = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append(CultureInfo.InvariantCulture, $"1 begincodespacerange\n<{Code(0)}> <{Code(codeBytes == 1 ? 0xFF : 0xFFFF)}>\nendcodespacerange\n");
        foreach (var chunk in map.OrderBy(e => e.Key).Chunk(100))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (code, text) in chunk)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<{Code(code)}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return PdfSyntax.Bytes.GetBytes(sb.ToString());
    }

    /// <summary>The objects of one build, numbered from 1 in the order reserved.</summary>
    private sealed class ObjectSet
    {
        private readonly SortedDictionary<int, RawObject> objects = [];

        public int Next { get; private set; } = 1;

        public IReadOnlyList<RawObject> Objects => [.. objects.Values];

        public int Reserve() => Next++;

        public void Set(RawObject obj) => objects[obj.Number] = obj;

        public void Set(int number, string body) => Set(new RawObject(number, body));

        public int Add(string body)
        {
            int number = Reserve();
            Set(number, body);
            return number;
        }

        public int AddStream(string dict, byte[] data)
        {
            int number = Reserve();
            Set(new RawObject(number, dict, data));
            return number;
        }
    }
}

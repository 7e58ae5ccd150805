using Ingest.Pdf.Content;
using Ingest.Pdf.Graphics;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Text;

namespace Ingest.Pdf;

/// <summary>A page of a <see cref="PdfDocument"/>.</summary>
public sealed class PdfPage
{
    private readonly PdfDocument document;
    private readonly PdfDictionary dictionary;
    private readonly PdfDictionary? resources;
    private readonly double[] box;

    internal PdfPage(PdfDocument document, int number, PdfDictionary dictionary, PdfDictionary? resources, double[] box, int rotation)
    {
        this.document = document;
        this.dictionary = dictionary;
        this.resources = resources;
        this.box = box;
        Number = number;
        Rotation = rotation;
        var w = box[2] - box[0];
        var h = box[3] - box[1];
        (Width, Height) = rotation is 90 or 270 ? (h, w) : (w, h);
    }

    /// <summary>Gets the 1-based page number.</summary>
    public int Number { get; }

    /// <summary>Gets the page rotation in degrees clockwise (0, 90, 180 or 270).</summary>
    public int Rotation { get; }

    /// <summary>Gets the displayed width in points.</summary>
    public double Width { get; }

    /// <summary>Gets the displayed height in points.</summary>
    public double Height { get; }

    /// <summary>Reads the page's words, lines and rulings.</summary>
    /// <exception cref="PdfLimitExceededException">The page passes a limit of <see cref="PdfReadLimits"/>.</exception>
    public PageContent ReadContent()
    {
        var store = document.Store;
        var wordBuilder = new WordBuilder(Width, Height);
        var interpreter = new ContentInterpreter(store, document.Fonts, wordBuilder.Add);
        var problems = new List<string>();
        var content = ReadContentBytes(problems);
        interpreter.Run(content, resources, DisplayMatrix());
        problems.AddRange(interpreter.Problems);
        var words = wordBuilder.Finish();
        var lines = LineBuilder.Build(words);
        var rulings = RulingExtractor.Extract(interpreter.Paths, Width, Height);
        return new PageContent(Number, Width, Height, words, lines, rulings.Rulings, rulings.ShadedAreas, interpreter.ImageCount, problems);
    }

    /// <summary>Maps user space to display space: origin at the top-left of the crop box as displayed, y down.</summary>
    internal Matrix DisplayMatrix()
    {
        double x1 = box[0], y1 = box[1], x2 = box[2], y2 = box[3];
        return Rotation switch
        {
            90 => new Matrix(0, 1, 1, 0, -y1, -x1),
            180 => new Matrix(-1, 0, 0, 1, x2, -y1),
            270 => new Matrix(0, -1, -1, 0, y2, x2),
            _ => new Matrix(1, 0, 0, -1, -x1, y2),
        };
    }

    private byte[] ReadContentBytes(List<string> problems)
    {
        var store = document.Store;
        var contents = store.Resolve(dictionary["Contents"]);
        var parts = new List<PdfStream>();
        switch (contents)
        {
            case PdfStream s:
                parts.Add(s);
                break;
            case PdfArray a:
                foreach (var item in a.Items)
                {
                    if (store.Resolve(item) is PdfStream ps)
                    {
                        parts.Add(ps);
                    }
                }

                break;
        }

        if (parts.Count == 1)
        {
            try
            {
                return store.GetStreamData(parts[0]);
            }
            catch (PdfException e) when (e is not PdfLimitExceededException)
            {
                problems.Add($"The content stream of page {Number} (object {parts[0].ObjectNumber}) could not be decoded: {e.Message}");
                return [];
            }
        }

        // Streams of a /Contents array are joined with a separator: an operator may be split across them.
        using var ms = new MemoryStream();
        foreach (var part in parts)
        {
            try
            {
                var bytes = store.GetStreamData(part);
                ms.Write(bytes);
                ms.WriteByte((byte)'\n');
            }
            catch (PdfException e) when (e is not PdfLimitExceededException)
            {
                problems.Add($"A content stream of page {Number} (object {part.ObjectNumber}) could not be decoded: {e.Message}");
            }
        }

        return ms.ToArray();
    }
}

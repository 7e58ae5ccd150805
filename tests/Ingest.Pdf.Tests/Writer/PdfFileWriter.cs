using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>An indirect object ready to be written.</summary>
/// <param name="Number">The object number (generation is always 0).</param>
/// <param name="Body">The object's text; for a stream, the dictionary entries without the enclosing <c>&lt;&lt; &gt;&gt;</c> and without /Length.</param>
/// <param name="StreamData">The stream's bytes as stored in the file, or <see langword="null"/> for a non-stream object.</param>
internal sealed record RawObject(int Number, string Body, byte[]? StreamData = null)
{
    /// <summary>Gets a value indicating whether the object is a stream.</summary>
    public bool IsStream => StreamData is not null;
}

/// <summary>Writes the file layer of a PDF: header, objects, cross-reference sections and trailers.</summary>
/// <remarks>
/// Objects are written in the order given; each call to <see cref="WriteXrefTable"/> or
/// <see cref="WriteXrefStream"/> closes a section with the objects written since the previous one,
/// so calling it twice makes an incremental update.
/// </remarks>
internal sealed class PdfFileWriter
{
    private readonly MemoryStream output = new();
    private readonly SortedDictionary<int, (int Type, long Field2, int Field3)> section = [];
    private bool firstSection = true;

    /// <summary>Initializes a new instance of the <see cref="PdfFileWriter"/> class and writes the header.</summary>
    /// <param name="version">The version written in the <c>%PDF-</c> header.</param>
    public PdfFileWriter(string version = "1.7")
    {
        WriteText($"%PDF-{version}\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>Gets the current length of the output, which is the offset of the next byte written.</summary>
    public long Position => output.Position;

    /// <summary>Appends text as Latin-1 bytes.</summary>
    public void WriteText(string text) => output.Write(PdfSyntax.Bytes.GetBytes(text));

    /// <summary>Writes an indirect object and records its offset for the current section.</summary>
    public void WriteObject(RawObject obj)
    {
        section[obj.Number] = (1, Position, 0);
        WriteText(string.Create(CultureInfo.InvariantCulture, $"{obj.Number} 0 obj\n"));
        if (obj.StreamData is { } data)
        {
            WriteText(string.Create(CultureInfo.InvariantCulture, $"<<{obj.Body} /Length {data.Length}>>\nstream\n"));
            output.Write(data);
            WriteText("\nendstream");
        }
        else
        {
            WriteText(obj.Body);
        }

        WriteText("\nendobj\n");
    }

    /// <summary>Records that an object lives at <paramref name="index"/> in object stream <paramref name="streamNumber"/>.</summary>
    public void AddCompressedEntry(int number, int streamNumber, int index) => section[number] = (2, streamNumber, index);

    /// <summary>Closes the current section with a classic <c>xref</c> table, trailer and <c>startxref</c>.</summary>
    /// <param name="trailerEntries">The trailer's entries (for example <c>/Size 9 /Root 1 0 R</c>), without /Prev.</param>
    /// <param name="prev">The offset of the previous section, for an incremental update.</param>
    /// <returns>The offset of the <c>xref</c> keyword.</returns>
    public long WriteXrefTable(string trailerEntries, long? prev = null)
    {
        long start = Position;
        var sb = new StringBuilder("xref\n");
        foreach (var (first, count) in Subsections())
        {
            sb.Append(CultureInfo.InvariantCulture, $"{first} {count}\n");
            for (int n = first; n < first + count; n++)
            {
                sb.Append(n == 0
                    ? "0000000000 65535 f \n"
                    : string.Create(CultureInfo.InvariantCulture, $"{section[n].Field2:D10} 00000 n \n"));
            }
        }

        sb.Append("trailer\n<<").Append(trailerEntries);
        if (prev is { } p)
        {
            sb.Append(CultureInfo.InvariantCulture, $" /Prev {p}");
        }

        sb.Append(">>\n");
        WriteText(sb.ToString());
        EndSection(start);
        return start;
    }

    /// <summary>Closes the current section with a cross-reference stream (<c>/W [1 4 2]</c>, Flate-compressed).</summary>
    /// <param name="number">The xref stream's own object number.</param>
    /// <param name="trailerEntries">The trailer entries to put in the stream dictionary (for example <c>/Size 9 /Root 1 0 R</c>).</param>
    /// <param name="prev">The offset of the previous section, for an incremental update.</param>
    /// <param name="pngUpPredictor">Whether to apply the PNG Up predictor (<c>/Predictor 12 /Columns 7</c>) before compressing.</param>
    /// <returns>The offset of the xref stream object.</returns>
    public long WriteXrefStream(int number, string trailerEntries, long? prev = null, bool pngUpPredictor = false)
    {
        long start = Position;
        section[number] = (1, start, 0);
        const int Columns = 7;
        var rows = new List<byte[]>();
        var index = new StringBuilder();
        foreach (var (first, count) in Subsections())
        {
            index.Append(CultureInfo.InvariantCulture, $"{first} {count} ");
            for (int n = first; n < first + count; n++)
            {
                var (type, f2, f3) = n == 0 ? (0, 0L, 65535) : section[n];
                rows.Add([(byte)type, (byte)(f2 >> 24), (byte)(f2 >> 16), (byte)(f2 >> 8), (byte)f2, (byte)(f3 >> 8), (byte)f3]);
            }
        }

        byte[] raw;
        string parms = string.Empty;
        if (pngUpPredictor)
        {
            raw = new byte[rows.Count * (Columns + 1)];
            var previous = new byte[Columns];
            for (int r = 0; r < rows.Count; r++)
            {
                raw[r * (Columns + 1)] = 2;
                for (int c = 0; c < Columns; c++)
                {
                    raw[(r * (Columns + 1)) + 1 + c] = (byte)(rows[r][c] - previous[c]);
                }

                previous = rows[r];
            }

            parms = " /DecodeParms <</Columns 7 /Predictor 12>>";
        }
        else
        {
            raw = [.. rows.SelectMany(r => r)];
        }

        string prevEntry = prev is { } p ? string.Create(CultureInfo.InvariantCulture, $" /Prev {p}") : string.Empty;
        string dict = $"/Type /XRef {trailerEntries}{prevEntry} /W [1 4 2] /Index [{index.ToString().TrimEnd()}] /Filter /FlateDecode{parms}";
        WriteObject(new RawObject(number, dict, PdfSyntax.Flate(raw)));
        EndSection(start);
        return start;
    }

    /// <summary>Gets the bytes written so far.</summary>
    public byte[] ToArray() => output.ToArray();

    private void EndSection(long start)
    {
        WriteText(string.Create(CultureInfo.InvariantCulture, $"startxref\n{start}\n%%EOF\n"));
        section.Clear();
        firstSection = false;
    }

    private List<(int First, int Count)> Subsections()
    {
        var numbers = section.Keys.ToList();
        if (firstSection)
        {
            numbers.Insert(0, 0);
        }

        var result = new List<(int First, int Count)>();
        foreach (int n in numbers)
        {
            if (result.Count > 0 && result[^1].First + result[^1].Count == n)
            {
                result[^1] = (result[^1].First, result[^1].Count + 1);
            }
            else
            {
                result.Add((n, 1));
            }
        }

        return result;
    }
}

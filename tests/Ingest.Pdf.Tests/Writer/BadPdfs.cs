using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Damaged, hostile and not-really-PDF inputs for the reader's robustness tests.</summary>
/// <remarks>Every property returns a fresh copy, so a test may change the bytes it gets.</remarks>
internal static class BadPdfs
{
    private static readonly Lazy<byte[]> GigabyteZerosFlate = new(CompressZeros);

    /// <summary>Gets the number of bytes <see cref="FlateBomb"/>'s first page content inflates to: 2 GiB.</summary>
    public static long FlateBombInflatedLength => 2L << 30;

    /// <summary>Gets a valid two-page file (standard font; "Alpha Beta" on page 1, "Gamma Delta" on page 2) that the damaged files derive from.</summary>
    public static byte[] Good => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddPage(TextOps.Text("F1", 12, 72, 700, "Alpha Beta"))
        .AddPage(TextOps.Text("F1", 12, 72, 700, "Gamma Delta"))
        .Build();

    /// <summary>Gets <see cref="Good"/> cut after 60% of its bytes: no xref table, trailer or <c>%%EOF</c>.</summary>
    public static byte[] Truncated => Good[..(Good.Length * 6 / 10)];

    /// <summary>Gets <see cref="Good"/> with <c>startxref</c> pointing at object 2 instead of the <c>xref</c> keyword.</summary>
    public static byte[] WrongStartXref
    {
        get
        {
            string text = PdfSyntax.Bytes.GetString(Good);
            int wrong = text.IndexOf("\n2 0 obj", StringComparison.Ordinal) + 1;
            return PdfSyntax.Bytes.GetBytes(Regex.Replace(text, @"startxref\n\d+", $"startxref\n{wrong}"));
        }
    }

    /// <summary>Gets <see cref="Good"/> with every in-use xref offset 3 bytes too large (the table and <c>startxref</c> are otherwise right).</summary>
    public static byte[] ShiftedXrefOffsets
    {
        get
        {
            string text = PdfSyntax.Bytes.GetString(Good);
            string shifted = Regex.Replace(text, @"(?m)^(\d{10}) 00000 n", m =>
                string.Create(CultureInfo.InvariantCulture, $"{long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 3:D10} 00000 n"));
            return PdfSyntax.Bytes.GetBytes(shifted);
        }
    }

    /// <summary>Gets a one-page file whose content has unknown operators, a stray <c>}</c> and a stray <c>)</c> between "Before" and "After" (both must still be read).</summary>
    public static byte[] GarbageOperators => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddPage("BT /F1 12 Tf 72 700 Td (Before) Tj\n1 2 xyzzy /Foo frob } ) 3 plugh\n0 -20 Td (After) Tj ET\n")
        .Build();

    /// <summary>Gets a file whose root /Pages node has a kid /Pages node whose /Kids lead back to the root; the one real page says "Reachable".</summary>
    public static byte[] CyclicKids => Assemble(
        "<</Type /Catalog /Pages 2 0 R>>",
        "<</Type /Pages /Kids [3 0 R] /Count 1>>",
        "<</Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1>>",
        "<</Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 6 0 R>>>> /Contents 5 0 R>>",
        "(BT /F1 12 Tf 72 700 Td (Reachable) Tj ET)",
        "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>");

    /// <summary>Gets a file whose page tree is two /Pages nodes that are each other's only kid (2 → 3 → 2): no page is reachable.</summary>
    public static byte[] CyclicKidsWithoutAPage => Assemble(
        "<</Type /Catalog /Pages 2 0 R>>",
        "<</Type /Pages /Kids [3 0 R] /Count 1>>",
        "<</Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1>>");

    /// <summary>Gets a file whose only page has no /Resources and a /Parent chain (5 → 6 → 5) that never reaches the root.</summary>
    public static byte[] CyclicParent => Assemble(
        "<</Type /Catalog /Pages 2 0 R>>",
        "<</Type /Pages /Kids [3 0 R] /Count 1>>",
        "<</Type /Page /Parent 5 0 R /MediaBox [0 0 612 792] /Contents 4 0 R>>",
        "(BT /F1 12 Tf 72 700 Td (Orphan) Tj ET)",
        "<</Type /Pages /Parent 6 0 R /Kids [3 0 R] /Count 1>>",
        "<</Type /Pages /Parent 5 0 R /Kids [5 0 R] /Count 1>>");

    /// <summary>Gets a two-page file: page 1's content is a Flate stream that inflates to 2 GiB of zeros (a few MB stored); page 2 says "Survivor".</summary>
    public static byte[] FlateBomb
    {
        get
        {
            byte[] bomb = GigabyteZerosFlate.Value;
            var writer = new PdfFileWriter();
            writer.WriteObject(new RawObject(1, "<</Type /Catalog /Pages 2 0 R>>"));
            writer.WriteObject(new RawObject(2, "<</Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] /Resources <</Font <</F1 7 0 R>>>>>>"));
            writer.WriteObject(new RawObject(3, "<</Type /Page /Parent 2 0 R /Contents 4 0 R>>"));
            writer.WriteObject(new RawObject(4, " /Filter /FlateDecode", bomb));
            writer.WriteObject(new RawObject(5, "<</Type /Page /Parent 2 0 R /Contents 6 0 R>>"));
            writer.WriteObject(new RawObject(6, string.Empty, PdfSyntax.Bytes.GetBytes(TextOps.Text("F1", 12, 72, 700, "Survivor"))));
            writer.WriteObject(new RawObject(7, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>"));
            writer.WriteXrefTable("/Size 8 /Root 1 0 R");
            return writer.ToArray();
        }
    }

    /// <summary>Gets an empty file.</summary>
    public static byte[] Empty => [];

    /// <summary>Gets 4096 random bytes (fixed seed, so always the same).</summary>
    public static byte[] RandomBytes
    {
        get
        {
            var bytes = new byte[4096];
            new Random(20240501).NextBytes(bytes);
            return bytes;
        }
    }

    /// <summary>Gets plain English text, as found in a text file that was given a .pdf name.</summary>
    public static byte[] PlainText => Encoding.ASCII.GetBytes(
        "Quarterly report\n\nThis is a plain text file that someone saved with a .pdf extension.\n" +
        "It has no header, no objects and no cross-reference table.\n");

    /// <summary>Gets a one-page "scan": the page draws a 2×2 DeviceGray image over the whole page and has no text operators.</summary>
    public static byte[] ScanOnly => new TestPdfBuilder()
        .AddGrayImage("Im1", 2, 2, [0x00, 0xFF, 0xFF, 0x00])
        .AddPage(TextOps.Draw("Im1", 0, 0, 612, 792))
        .Build();

    /// <summary>Writes objects numbered 1, 2, ... with a classic xref; a body written as <c>(...)</c> becomes a stream holding the text between the outer parentheses.</summary>
    private static byte[] Assemble(params string[] bodies)
    {
        var writer = new PdfFileWriter();
        for (int i = 0; i < bodies.Length; i++)
        {
            string body = bodies[i];
            writer.WriteObject(body.StartsWith('(')
                ? new RawObject(i + 1, string.Empty, PdfSyntax.Bytes.GetBytes(body[1..^1] + "\n"))
                : new RawObject(i + 1, body));
        }

        writer.WriteXrefTable(string.Create(CultureInfo.InvariantCulture, $"/Size {bodies.Length + 1} /Root 1 0 R"));
        return writer.ToArray();
    }

    private static byte[] CompressZeros()
    {
        var zeros = new byte[1 << 20];
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (long written = 0; written < FlateBombInflatedLength; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        return output.ToArray();
    }
}

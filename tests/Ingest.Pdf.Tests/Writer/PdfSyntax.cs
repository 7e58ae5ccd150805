using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Formats PDF syntax pieces (numbers, names, strings) the same way every time.</summary>
/// <remarks>All text is handled as Latin-1, so every char below U+0100 stands for exactly one byte.</remarks>
internal static class PdfSyntax
{
    /// <summary>Gets the encoding used for every byte the writer emits: one char per byte.</summary>
    public static Encoding Bytes => Encoding.Latin1;

    /// <summary>Formats a number with at most four decimals and no exponent.</summary>
    public static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Formats an array of numbers: <c>[0 0 612 792]</c>.</summary>
    public static string NumArray(IEnumerable<double> values) => "[" + string.Join(' ', values.Select(Num)) + "]";

    /// <summary>Formats a name, escaping delimiters and bytes outside the regular range as <c>#xx</c>.</summary>
    public static string Name(string name)
    {
        var sb = new StringBuilder("/");
        foreach (char c in name)
        {
            if (c is < '!' or > '~' or '#' or '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%')
            {
                sb.Append('#').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats a literal string <c>(...)</c>; each char is one byte (Latin-1), parentheses and backslashes are escaped.</summary>
    public static string Literal(string bytes)
    {
        var sb = new StringBuilder("(");
        foreach (char c in bytes)
        {
            switch (c)
            {
                case '(' or ')' or '\\':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append(')').ToString();
    }

    /// <summary>Formats bytes as a hex string <c>&lt;0041&gt;</c>.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => "<" + Convert.ToHexString(bytes) + ">";

    /// <summary>Formats a text string (as used in /ActualText or /Info): a literal when ASCII, else UTF-16BE with a byte order mark.</summary>
    public static string TextString(string text) =>
        text.All(c => c is >= ' ' and <= '~')
            ? Literal(text)
            : Hex([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);

    /// <summary>Compresses data with zlib (the /FlateDecode format).</summary>
    public static byte[] Flate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}

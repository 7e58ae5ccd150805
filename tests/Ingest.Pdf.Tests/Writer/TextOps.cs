using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Small content-stream snippets for <see cref="TestPdfBuilder"/> pages; each ends with a newline.</summary>
internal static class TextOps
{
    /// <summary>Shows a one-byte-code string at a point: <c>BT /F1 12 Tf 72 700 Td (Hello) Tj ET</c>.</summary>
    /// <param name="font">The font resource name.</param>
    /// <param name="size">The font size in points.</param>
    /// <param name="x">The x of the baseline start.</param>
    /// <param name="y">The y of the baseline.</param>
    /// <param name="text">The string; each char is one byte (Latin-1).</param>
    public static string Text(string font, double size, double x, double y, string text) =>
        Show(font, size, x, y, PdfSyntax.Literal(text) + " Tj");

    /// <summary>Shows a string of two-byte codes (for Identity-H fonts) at a point: <c>BT /F2 12 Tf 72 700 Td &lt;00010002&gt; Tj ET</c>.</summary>
    public static string Text2(string font, double size, double x, double y, params int[] codes) =>
        Show(font, size, x, y, Hex2(codes) + " Tj");

    /// <summary>Wraps a text-showing operator in <c>BT</c>, <c>Tf</c>, <c>Td</c> and <c>ET</c>.</summary>
    /// <param name="font">The font resource name.</param>
    /// <param name="size">The font size in points.</param>
    /// <param name="x">The x of the baseline start.</param>
    /// <param name="y">The y of the baseline.</param>
    /// <param name="showOperator">The operator with its operand, for example <c>(Hi) Tj</c> or the output of <see cref="TJ"/>.</param>
    public static string Show(string font, double size, double x, double y, string showOperator) =>
        $"BT {PdfSyntax.Name(font)} {PdfSyntax.Num(size)} Tf {PdfSyntax.Num(x)} {PdfSyntax.Num(y)} Td {showOperator} ET\n";

    /// <summary>Formats two-byte codes as a hex string: <c>&lt;00410042&gt;</c>.</summary>
    public static string Hex2(params int[] codes)
    {
        var sb = new StringBuilder("<");
        foreach (int c in codes)
        {
            sb.Append(c.ToString("X4", CultureInfo.InvariantCulture));
        }

        return sb.Append('>').ToString();
    }

    /// <summary>Builds a <c>TJ</c> operator: strings become literals, numbers are kerning adjustments in thousandths of text space (positive moves left).</summary>
    /// <example><c>TJ("Hel", -120, "lo")</c> gives <c>[(Hel) -120 (lo)] TJ</c>.</example>
    public static string TJ(params object[] parts) =>
        "[" + string.Join(' ', parts.Select(p => p switch
        {
            string s => PdfSyntax.Literal(s),
            double d => PdfSyntax.Num(d),
            int i => PdfSyntax.Num(i),
            _ => throw new ArgumentException($"A TJ part must be a string or a number, not {p.GetType().Name}.", nameof(parts)),
        })) + "] TJ";

    /// <summary>Wraps content in a marked-content span whose /ActualText replaces what it shows: <c>/Span &lt;&lt;/ActualText (fi)&gt;&gt; BDC ... EMC</c>.</summary>
    public static string ActualText(string actualText, string content) =>
        $"/Span <</ActualText {PdfSyntax.TextString(actualText)}>> BDC\n{content}EMC\n";

    /// <summary>Fills a rectangle: <c>x y w h re f</c>.</summary>
    public static string FillRect(double x, double y, double width, double height) =>
        $"{PdfSyntax.Num(x)} {PdfSyntax.Num(y)} {PdfSyntax.Num(width)} {PdfSyntax.Num(height)} re f\n";

    /// <summary>Draws an XObject scaled to a rectangle: <c>q w 0 0 h x y cm /Im1 Do Q</c>.</summary>
    public static string Draw(string xObject, double x, double y, double width, double height) =>
        $"q {PdfSyntax.Num(width)} 0 0 {PdfSyntax.Num(height)} {PdfSyntax.Num(x)} {PdfSyntax.Num(y)} cm {PdfSyntax.Name(xObject)} Do Q\n";
}

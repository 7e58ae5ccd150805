namespace Ingest.Pdf.Tests.Writer;

/// <summary>A simple TrueType font (<c>/Subtype /TrueType</c>) with explicit widths and an encoding dictionary; no font program is embedded.</summary>
/// <param name="BaseFont">The PostScript name, for example <c>Arial</c> or <c>ABCDEF+Arial</c>.</param>
/// <param name="FirstChar">The first code covered by <paramref name="Widths"/>.</param>
/// <param name="Widths">The glyph widths in thousandths of text space, for codes <paramref name="FirstChar"/> onwards.</param>
internal sealed record TrueTypeFontSpec(string BaseFont, int FirstChar, IReadOnlyList<int> Widths)
{
    /// <summary>Gets the /BaseEncoding of the /Encoding dictionary.</summary>
    /// <value>The default value is <c>WinAnsiEncoding</c>.</value>
    public string BaseEncoding { get; init; } = "WinAnsiEncoding";

    /// <summary>Gets the /Differences as code → glyph name; consecutive codes are written as one run.</summary>
    public IReadOnlyDictionary<int, string> Differences { get; init; } = new Dictionary<int, string>();

    /// <summary>Gets the ToUnicode map (one-byte code → text), or <see langword="null"/> for no /ToUnicode.</summary>
    public IReadOnlyDictionary<int, string>? ToUnicode { get; init; }

    /// <summary>Gets the /Ascent and /Descent of a FontDescriptor, or <see langword="null"/> for no FontDescriptor.</summary>
    public (double Ascent, double Descent)? Metrics { get; init; }
}

/// <summary>A Type0 font with <c>/Encoding /Identity-H</c> over a CIDFontType2 descendant (two-byte codes equal CIDs); no font program is embedded.</summary>
/// <param name="BaseFont">The PostScript name of the descendant, for example <c>ABCDEF+Arial</c>.</param>
/// <param name="ToUnicode">The ToUnicode map: two-byte code → text.</param>
internal sealed record Type0FontSpec(string BaseFont, IReadOnlyDictionary<int, string> ToUnicode)
{
    /// <summary>Gets the /DW of the descendant.</summary>
    /// <value>The default value is 1000.</value>
    public int DefaultWidth { get; init; } = 1000;

    /// <summary>Gets the per-CID widths written in /W (consecutive CIDs share one <c>c [w1 w2 ...]</c> run).</summary>
    public IReadOnlyDictionary<int, int> Widths { get; init; } = new Dictionary<int, int>();

    /// <summary>Gets the FontDescriptor's /Ascent and /Descent.</summary>
    /// <value>The default value is (905, -212).</value>
    public (double Ascent, double Descent) Metrics { get; init; } = (905, -212);
}

/// <summary>One glyph of a <see cref="Type3FontSpec"/>.</summary>
/// <param name="Code">The one-byte code.</param>
/// <param name="GlyphName">The glyph name used in /Differences and /CharProcs.</param>
/// <param name="Width">The advance in glyph space (thousandths of text space, as the FontMatrix is 0.001).</param>
/// <param name="Unicode">The text the glyph stands for, written in the ToUnicode CMap.</param>
internal sealed record Type3Glyph(int Code, string GlyphName, int Width, string Unicode);

/// <summary>A Type3 font with <c>/FontMatrix [0.001 0 0 0.001 0 0]</c> whose every glyph is a filled rectangle.</summary>
/// <param name="Glyphs">The glyphs; codes need not be consecutive.</param>
internal sealed record Type3FontSpec(IReadOnlyList<Type3Glyph> Glyphs);

using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>A font as the text machinery needs it: codes from bytes, Unicode and widths per code, vertical metrics.</summary>
internal abstract class PdfFont
{
    /// <summary>Gets the base font name without a subset prefix.</summary>
    public required string Name { get; init; }

    public bool IsBold { get; init; }

    public bool IsItalic { get; init; }

    /// <summary>Gets the ascent as a fraction of the font size (poppler's rules, for word boxes).</summary>
    public double Ascent { get; init; } = 0.95;

    /// <summary>Gets the descent as a fraction of the font size (negative).</summary>
    public double Descent { get; init; } = -0.35;

    public virtual bool IsVertical => false;

    /// <summary>Gets the font matrix scale from glyph space to text space (0.001 except for Type3 fonts).</summary>
    public virtual double[] FontMatrix => GlyphSpace;

    /// <summary>Gets the usual 1000-units-per-em font matrix (shared: never modify it).</summary>
    protected static double[] GlyphSpace { get; } = [0.001, 0, 0, 0.001, 0, 0];

    /// <summary>Reads the next character code from a shown string.</summary>
    public abstract int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length);

    /// <summary>Gets the text of a code; empty when the code has no known Unicode.</summary>
    public abstract string ToUnicode(int code);

    /// <summary>Gets the horizontal advance of a code in glyph space (1000 units per em, except Type3).</summary>
    public abstract double GetWidth(int code);

    /// <summary>Gets the vertical advance (negative, glyph space) of a code for vertical fonts.</summary>
    public virtual double GetVerticalAdvance(int code) => -1000;

    public static string StripSubsetPrefix(string name)
    {
        if (name.Length > 7 && name[6] == '+')
        {
            for (var i = 0; i < 6; i++)
            {
                if (name[i] is < 'A' or > 'Z')
                {
                    return name;
                }
            }

            return name[7..];
        }

        return name;
    }

    /// <summary>Applies poppler's sanity rules to a descriptor's ascent and descent (1000-unit glyph space).</summary>
    protected static (double Ascent, double Descent) VerticalMetrics(PdfDictionary? descriptor, Func<PdfObject?, PdfObject?> resolve, StandardFontMetrics? builtin)
    {
        var ascent = builtin is not null ? builtin.Ascent * 0.001 : 0.95;
        var descent = builtin is not null ? builtin.Descent * 0.001 : -0.35;
        if (descriptor is not null)
        {
            if (resolve(descriptor["Ascent"]) is PdfNumber a)
            {
                var t = Math.Abs(a.Value * 0.001);
                if (t != 0 && t < 3)
                {
                    ascent = t;
                }
            }

            if (resolve(descriptor["Descent"]) is PdfNumber d)
            {
                var t = d.Value * 0.001;
                if (t > 0)
                {
                    t = -t;
                }

                if (t != 0 && t > -3)
                {
                    descent = t;
                }
            }
        }

        return (ascent, descent);
    }
}

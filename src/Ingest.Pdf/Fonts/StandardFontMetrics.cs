using System.Collections.Frozen;
using System.Globalization;

namespace Ingest.Pdf.Fonts;

/// <summary>Metrics of one of the 14 standard fonts (ISO 32000-1, 9.6.2.2), for fonts a PDF uses without embedding them or without <c>/Widths</c>.</summary>
/// <remarks>All values are in glyph space: 1000 units to the text space unit. Data from the Adobe Core14 AFM files (see <c>Resources/README.md</c>).</remarks>
internal sealed class StandardFontMetrics
{
    private static readonly Lazy<FrozenDictionary<string, StandardFontMetrics>> Fonts = new(Load);

    private static readonly FrozenDictionary<string, string> FamilyAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["arial"] = "Helvetica",
        ["helvetica"] = "Helvetica",
        ["timesnewroman"] = "Times",
        ["times"] = "Times",
        ["courier"] = "Courier",
        ["couriernew"] = "Courier",
        ["symbol"] = "Symbol",
        ["zapfdingbats"] = "ZapfDingbats",
        ["itczapfdingbats"] = "ZapfDingbats",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] StyleWords = ["bold", "italic", "oblique", "regular", "roman", "normal", "book", "plain"];

    private readonly FrozenDictionary<string, double> widths;
    private readonly string?[] builtInEncoding;

    private StandardFontMetrics(string name, int flags, string weight, double italicAngle, (double Left, double Bottom, double Right, double Top) boundingBox, double ascent, double descent, double capHeight, double xHeight, double stemV, FrozenDictionary<string, double> widths, string?[] builtInEncoding)
    {
        Name = name;
        Flags = flags;
        Weight = weight;
        ItalicAngle = italicAngle;
        BoundingBox = boundingBox;
        Ascent = ascent;
        Descent = descent;
        CapHeight = capHeight;
        XHeight = xHeight;
        StemV = stemV;
        this.widths = widths;
        this.builtInEncoding = builtInEncoding;
    }

    /// <summary>Gets the standard name of the font, e.g. <c>Helvetica-Bold</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the font descriptor flags a conforming writer would give the font (ISO 32000-1, table 123).</summary>
    public int Flags { get; }

    /// <summary>Gets the AFM weight: <c>Medium</c>, <c>Roman</c> or <c>Bold</c>.</summary>
    public string Weight { get; }

    /// <summary>Gets the italic angle in degrees, counter-clockwise from vertical (negative for fonts that slant right).</summary>
    public double ItalicAngle { get; }

    /// <summary>Gets the font bounding box.</summary>
    public (double Left, double Bottom, double Right, double Top) BoundingBox { get; }

    /// <summary>Gets the ascent (for Symbol and ZapfDingbats, the bounding box top).</summary>
    public double Ascent { get; }

    /// <summary>Gets the descent, a negative number (for Symbol and ZapfDingbats, the bounding box bottom).</summary>
    public double Descent { get; }

    /// <summary>Gets the height of flat capital letters (for Symbol and ZapfDingbats, the ascent).</summary>
    public double CapHeight { get; }

    /// <summary>Gets the height of flat lower-case letters, or 0 where the AFM file gives none.</summary>
    public double XHeight { get; }

    /// <summary>Gets the dominant vertical stem width.</summary>
    public double StemV { get; }

    /// <summary>Gets a value indicating whether every glyph has the same width (the Courier family).</summary>
    public bool IsFixedPitch => (Flags & 1) != 0;

    /// <summary>Gets a value indicating whether the font is a bold face.</summary>
    public bool IsBold => Weight.Equals("Bold", StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether the font is an italic or oblique face.</summary>
    public bool IsItalic => (Flags & 64) != 0;

    /// <summary>Gets a value indicating whether the font is Symbol or ZapfDingbats, whose glyphs are outside the standard Latin set.</summary>
    public bool IsSymbolic => (Flags & 4) != 0;

    /// <summary>Gets a copy of the font's built-in encoding: StandardEncoding for the Latin fonts, the fonts' own for Symbol and ZapfDingbats.</summary>
    /// <value>A new 256-entry array the caller owns; null entries are codes without a glyph.</value>
    public string?[] BuiltInEncoding => (string?[])builtInEncoding.Clone();

    /// <summary>Gets the metrics of a standard font or of a usual alias of one.</summary>
    /// <param name="baseFontName">
    /// The <c>/BaseFont</c> name: one of the 14 standard names, or an alias such as <c>Arial</c>,
    /// <c>Arial,Bold</c>, <c>Arial-BoldMT</c>, <c>TimesNewRomanPS-ItalicMT</c>, <c>CourierNew,BoldItalic</c>;
    /// a subset prefix (<c>ABCDEF+</c>) is ignored.
    /// </param>
    /// <returns>The metrics, or null when the name is not a standard font.</returns>
    public static StandardFontMetrics? Get(string baseFontName)
    {
        var name = StripSubsetPrefix(baseFontName ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var fonts = Fonts.Value;
        if (fonts.TryGetValue(name, out var exact))
        {
            return exact;
        }

        var standardName = ResolveAlias(name);
        return standardName is not null && fonts.TryGetValue(standardName, out var aliased) ? aliased : null;
    }

    /// <summary>Gets the advance width of a glyph.</summary>
    /// <param name="glyphName">The glyph name, e.g. <c>a</c> or <c>space</c>.</param>
    /// <returns>The width in glyph space, or null when the font has no such glyph.</returns>
    public double? GetWidth(string glyphName)
    {
        return widths.TryGetValue(glyphName, out var width) ? width : null;
    }

    private static string StripSubsetPrefix(string name)
    {
        if (name.Length > 7 && name[6] == '+')
        {
            for (var i = 0; i < 6; i++)
            {
                if (!char.IsAsciiLetterUpper(name[i]))
                {
                    return name;
                }
            }

            return name[7..];
        }

        return name;
    }

    private static string? ResolveAlias(string name)
    {
        var separator = name.IndexOfAny([',', '-']);
        var family = (separator >= 0 ? name[..separator] : name).ToLowerInvariant();
        var style = separator >= 0 ? name[(separator + 1)..].ToLowerInvariant() : string.Empty;

        // PostScript names of the Monotype faces: ArialMT, Arial-BoldMT, TimesNewRomanPSMT, CourierNewPS-BoldMT.
        family = TrimEnd(TrimEnd(family, "mt"), "ps");
        style = TrimEnd(style, "mt");
        if (!FamilyAliases.TryGetValue(family, out var standardFamily))
        {
            return null;
        }

        if (standardFamily is "Symbol" or "ZapfDingbats")
        {
            return standardFamily;
        }

        var bold = false;
        var italic = false;
        var rest = style.AsSpan();
        while (!rest.IsEmpty)
        {
            var matched = false;
            foreach (var word in StyleWords)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    bold |= word == "bold";
                    italic |= word is "italic" or "oblique";
                    rest = rest[word.Length..];
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return (standardFamily, bold, italic) switch
        {
            ("Times", false, false) => "Times-Roman",
            ("Times", true, false) => "Times-Bold",
            ("Times", false, true) => "Times-Italic",
            ("Times", true, true) => "Times-BoldItalic",
            (_, false, false) => standardFamily,
            (_, true, false) => standardFamily + "-Bold",
            (_, false, true) => standardFamily + "-Oblique",
            _ => standardFamily + "-BoldOblique",
        };
    }

    private static string TrimEnd(string value, string suffix)
    {
        return value.Length > suffix.Length && value.EndsWith(suffix, StringComparison.Ordinal) ? value[..^suffix.Length] : value;
    }

    private static FrozenDictionary<string, StandardFontMetrics> Load()
    {
        var fonts = new Dictionary<string, StandardFontMetrics>(StringComparer.Ordinal);
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var widths = new Dictionary<string, double>(StringComparer.Ordinal);
        var encoding = new string?[256];
        string? fontName = null;
        foreach (var line in EmbeddedData.ReadDataLines("standard14-metrics.txt"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "StartFont")
            {
                fontName = fields[1];
                header.Clear();
                widths = new Dictionary<string, double>(StringComparer.Ordinal);
                encoding = new string?[256];
            }
            else if (fields[0] == "EndFont" && fontName is not null)
            {
                fonts[fontName] = Create(fontName, header, widths, encoding);
                fontName = null;
            }
            else if (fields.Length == 3 && int.TryParse(fields[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                widths.TryAdd(fields[2], ParseNumber(fields[1]));
                if (code is >= 0 and < 256)
                {
                    encoding[code] = fields[2];
                }
            }
            else
            {
                header[fields[0]] = string.Join(' ', fields.Skip(1));
            }
        }

        return fonts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static StandardFontMetrics Create(string name, Dictionary<string, string> header, Dictionary<string, double> widths, string?[] encoding)
    {
        var box = header["FontBBox"].Split(' ').Select(ParseNumber).ToArray();
        return new StandardFontMetrics(
            name,
            int.Parse(header["Flags"], CultureInfo.InvariantCulture),
            header["Weight"],
            ParseNumber(header["ItalicAngle"]),
            (box[0], box[1], box[2], box[3]),
            ParseNumber(header["Ascent"]),
            ParseNumber(header["Descent"]),
            ParseNumber(header["CapHeight"]),
            ParseNumber(header["XHeight"]),
            ParseNumber(header["StemV"]),
            widths.ToFrozenDictionary(StringComparer.Ordinal),
            encoding);
    }

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

using System.Text;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>A one-byte font: Type1, MMType1, TrueType or Type3.</summary>
internal sealed class SimpleFont : PdfFont
{
    private readonly string?[] glyphNames = new string?[256];
    private readonly string[] unicode = new string[256];
    private readonly double[] widths = new double[256];
    private double[] fontMatrix = [0.001, 0, 0, 0.001, 0, 0];

    public override double[] FontMatrix => fontMatrix;

    /// <summary>Gets the Type3 glyph procedures' dictionary, if any.</summary>
    public PdfDictionary? CharProcs { get; private set; }

    public PdfDictionary? Type3Resources { get; private set; }

    public string? GlyphName(int code) => code is >= 0 and < 256 ? glyphNames[code] : null;

    public static SimpleFont Create(PdfDictionary dict, Func<PdfObject?, PdfObject?> resolve, Func<PdfStream, byte[]> streamData)
    {
        var subtype = (resolve(dict["Subtype"]) as PdfName)?.Value ?? "Type1";
        var rawName = (resolve(dict["BaseFont"]) as PdfName)?.Value ?? (resolve(dict["Name"]) as PdfName)?.Value ?? string.Empty;
        var name = StripSubsetPrefix(rawName);
        var descriptor = resolve(dict["FontDescriptor"]) as PdfDictionary;
        var flags = resolve(descriptor?["Flags"]) is PdfNumber fl ? (int)fl.Value : 0;
        var isType3 = subtype == "Type3";
        var embedded = descriptor is not null && (descriptor["FontFile"] ?? descriptor["FontFile2"] ?? descriptor["FontFile3"]) is not null;
        var standard = isType3 ? null : StandardFontMetrics.Get(name);
        var builtinForMetrics = embedded ? null : standard;
        var (ascent, descent) = VerticalMetrics(descriptor, resolve, standard);
        var lower = name.ToLowerInvariant();
        var bold = (flags & (1 << 18)) != 0 || lower.Contains("bold", StringComparison.Ordinal) || lower.Contains("black", StringComparison.Ordinal) || lower.Contains("heavy", StringComparison.Ordinal) || (resolve(descriptor?["FontWeight"]) is PdfNumber fw && fw.Value >= 600) || (standard?.IsBold ?? false);
        var italic = (flags & (1 << 6)) != 0 || lower.Contains("italic", StringComparison.Ordinal) || lower.Contains("oblique", StringComparison.Ordinal) || (standard?.IsItalic ?? false);
        var font = new SimpleFont { Name = name, IsBold = bold, IsItalic = italic, Ascent = ascent, Descent = descent };
        if (isType3)
        {
            if (resolve(dict["FontMatrix"]) is PdfArray fm && fm.Count == 6)
            {
                font.fontMatrix = fm.Items.Select(i => resolve(i) is PdfNumber n ? n.Value : 0).ToArray();
            }

            font.CharProcs = resolve(dict["CharProcs"]) as PdfDictionary;
            font.Type3Resources = resolve(dict["Resources"]) as PdfDictionary;
        }

        // Encoding: base table, then /Differences.
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        string?[] baseEncoding;
        var encodingObj = resolve(dict["Encoding"]);
        string? baseName = encodingObj switch
        {
            PdfName n => n.Value,
            PdfDictionary ed => (resolve(ed["BaseEncoding"]) as PdfName)?.Value,
            _ => null,
        };
        var named = baseName is null ? null : Encodings.Get(baseName);
        if (named is not null)
        {
            baseEncoding = named;
        }
        else if (standard is not null && !embedded)
        {
            baseEncoding = standard.BuiltInEncoding;
        }
        else if (symbolic && subtype == "TrueType")
        {
            baseEncoding = new string?[256];
        }
        else
        {
            baseEncoding = standard?.BuiltInEncoding ?? Encodings.Get("StandardEncoding") ?? new string?[256];
        }

        Array.Copy(baseEncoding, font.glyphNames, 256);
        if (encodingObj is PdfDictionary encDict && resolve(encDict["Differences"]) is PdfArray diffs)
        {
            var code = 0;
            foreach (var item in diffs.Items)
            {
                switch (resolve(item))
                {
                    case PdfNumber n:
                        code = n.IntValue;
                        break;
                    case PdfName gname:
                        if (code is >= 0 and < 256)
                        {
                            font.glyphNames[code] = gname.Value;
                        }

                        code++;
                        break;
                }
            }
        }

        // Unicode: ToUnicode wins; then glyph names; then, for unnamed codes, the code itself when it is printable ASCII.
        CMap? toUnicode = null;
        if (resolve(dict["ToUnicode"]) is PdfStream tu)
        {
            try
            {
                toUnicode = CMap.Parse(streamData(tu));
            }
            catch (PdfException e) when (e is not PdfLimitExceededException)
            {
                toUnicode = null;
            }
        }

        for (var c = 0; c < 256; c++)
        {
            if (toUnicode is not null && toUnicode.TryGetUnicode(c, out var t) && t.Length > 0)
            {
                font.unicode[c] = t;
                continue;
            }

            var gname = font.glyphNames[c];
            if (gname is not null && GlyphList.TryGetUnicode(gname, out var u))
            {
                // A ligature known only by its glyph name is spelled out (as poppler does); one mapped by ToUnicode is kept.
                font.unicode[c] = ExpandLigatures(u);
            }
            else if (gname is not null && TryNumericGlyphName(gname, out var numeric))
            {
                font.unicode[c] = numeric;
            }
            else if (gname is null && c is >= 32 and < 127 && (symbolic || standard is null))
            {
                font.unicode[c] = ((char)c).ToString();
            }
            else
            {
                font.unicode[c] = string.Empty;
            }
        }

        // Widths: /Widths, else the standard font's metrics (by glyph name), else a substitute's.
        var firstChar = resolve(dict["FirstChar"]) is PdfNumber f ? f.IntValue : 0;
        var missingWidth = resolve(descriptor?["MissingWidth"]) is PdfNumber mw ? mw.Value : 0;
        var substitute = builtinForMetrics ?? (isType3 ? null : StandardFontMetrics.Get(SubstituteName(flags, bold, italic, lower)));
        var widthArray = resolve(dict["Widths"]) as PdfArray;
        for (var c = 0; c < 256; c++)
        {
            double? w = null;
            if (widthArray is not null)
            {
                var i = c - firstChar;
                if (i >= 0 && i < widthArray.Count && resolve(widthArray[i]) is PdfNumber wn)
                {
                    w = wn.Value;
                }
                else
                {
                    w = missingWidth;
                }
            }

            if (w is null && substitute is not null)
            {
                var g = font.glyphNames[c];
                w = g is null ? null : substitute.GetWidth(g);
                w ??= missingWidth != 0 ? missingWidth : substitute.GetWidth("space") ?? 0;
            }

            font.widths[c] = w ?? missingWidth;
        }

        return font;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length)
    {
        length = 1;
        return bytes[offset];
    }

    public override string ToUnicode(int code) => code is >= 0 and < 256 ? unicode[code] : string.Empty;

    public override double GetWidth(int code) => code is >= 0 and < 256 ? widths[code] : 0;

    private static string SubstituteName(int flags, bool bold, bool italic, string lowerName)
    {
        var fixedPitch = (flags & 1) != 0 || lowerName.Contains("courier", StringComparison.Ordinal) || lowerName.Contains("mono", StringComparison.Ordinal);
        var serif = (flags & 2) != 0 || lowerName.Contains("times", StringComparison.Ordinal) || lowerName.Contains("roman", StringComparison.Ordinal) || lowerName.Contains("serif", StringComparison.Ordinal) && !lowerName.Contains("sans", StringComparison.Ordinal);
        var family = fixedPitch ? "Courier" : serif ? "Times" : "Helvetica";
        var style = (bold, italic) switch
        {
            (true, true) => family == "Times" ? "-BoldItalic" : "-BoldOblique",
            (true, false) => "-Bold",
            (false, true) => family == "Times" ? "-Italic" : "-Oblique",
            _ => family == "Times" ? "-Roman" : string.Empty,
        };
        return family + style;
    }

    /// <summary>Expands the Latin ligature code points (U+FB00-FB06) so that words match their spelling.</summary>
    internal static string ExpandLigatures(string text)
    {
        if (text.Length != 1 || text[0] < '\uFB00' || text[0] > '\uFB06')
        {
            return text;
        }

        return text[0] switch
        {
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            _ => "st",
        };
    }

    private static bool TryNumericGlyphName(string name, out string text)
    {
        // Producers name glyphs by their decimal code ("65"); map those in the printable range.
        text = string.Empty;
        if (name.Length is 2 or 3 && name.All(char.IsAsciiDigit) && int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= 32 and < 256)
        {
            text = Encoding.Latin1.GetString([(byte)d]);
            return true;
        }

        return false;
    }
}

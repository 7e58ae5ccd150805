using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>A composite font: a CMap from bytes to CIDs and a descendant CIDFont with /W widths.</summary>
internal sealed class Type0Font : PdfFont
{
    private readonly Dictionary<int, double> widths = [];
    private readonly Dictionary<int, double> verticalAdvances = [];
    private CMap encoding = CMap.Identity(false);
    private CMap? toUnicode;
    private PredefinedCMap? legacy;
    private bool unicodeEncoding;
    private double defaultWidth = 1000;
    private double defaultVerticalAdvance = -1000;

    public override bool IsVertical => legacy?.IsVertical ?? encoding.IsVertical;

    public static Type0Font Create(PdfDictionary dict, Func<PdfObject?, PdfObject?> resolve, Func<PdfStream, byte[]> streamData)
    {
        var rawName = (resolve(dict["BaseFont"]) as PdfName)?.Value ?? string.Empty;
        var name = StripSubsetPrefix(rawName);
        PdfDictionary? cidFont = null;
        if (resolve(dict["DescendantFonts"]) is PdfArray desc && desc.Count > 0)
        {
            cidFont = resolve(desc[0]) as PdfDictionary;
        }

        var descriptor = resolve(cidFont?["FontDescriptor"]) as PdfDictionary;
        var flags = resolve(descriptor?["Flags"]) is PdfNumber fl ? (int)fl.Value : 0;
        var (ascent, descent) = VerticalMetrics(descriptor, resolve, null);
        var lower = name.ToLowerInvariant();
        var font = new Type0Font
        {
            Name = name,
            Ascent = ascent,
            Descent = descent,
            IsBold = (flags & (1 << 18)) != 0 || lower.Contains("bold", StringComparison.Ordinal) || (resolve(descriptor?["FontWeight"]) is PdfNumber fw && fw.Value >= 600),
            IsItalic = (flags & (1 << 6)) != 0 || lower.Contains("italic", StringComparison.Ordinal) || lower.Contains("oblique", StringComparison.Ordinal),
        };

        switch (resolve(dict["Encoding"]))
        {
            case PdfName n:
                font.encoding = CMap.Identity(n.Value.EndsWith("-V", StringComparison.Ordinal));
                font.unicodeEncoding = n.Value.StartsWith("Uni", StringComparison.Ordinal) && (n.Value.Contains("UCS2", StringComparison.Ordinal) || n.Value.Contains("UTF16", StringComparison.Ordinal));
                font.legacy = PredefinedCMap.ForName(n.Value);
                break;
            case PdfStream s:
                font.encoding = CMap.Parse(streamData(s));
                break;
        }

        if (resolve(dict["ToUnicode"]) is PdfStream tu)
        {
            try
            {
                font.toUnicode = CMap.Parse(streamData(tu));
            }
            catch (PdfException e) when (e is not PdfLimitExceededException)
            {
                font.toUnicode = null;
            }
        }

        if (resolve(cidFont?["DW"]) is PdfNumber dw)
        {
            font.defaultWidth = dw.Value;
        }

        if (resolve(cidFont?["W"]) is PdfArray w)
        {
            ReadWidths(w, resolve, font.widths);
        }

        if (resolve(cidFont?["DW2"]) is PdfArray dw2 && dw2.Count >= 2 && resolve(dw2[1]) is PdfNumber w1y)
        {
            font.defaultVerticalAdvance = w1y.Value;
        }

        if (resolve(cidFont?["W2"]) is PdfArray w2)
        {
            ReadVerticalAdvances(w2, resolve, font.verticalAdvances);
        }

        return font;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length) =>
        legacy is not null ? legacy.ReadCode(bytes, offset, out length) : encoding.ReadCode(bytes, offset, out length);

    private readonly Dictionary<int, string> unicodeCache = [];

    public override string ToUnicode(int code)
    {
        if (unicodeCache.TryGetValue(code, out var cached))
        {
            return cached;
        }

        var text = LookUpUnicode(code);
        if (unicodeCache.Count < 65536)
        {
            unicodeCache[code] = text;
        }

        return text;
    }

    private string LookUpUnicode(int code)
    {
        if (toUnicode is not null && toUnicode.TryGetUnicode(code, out var text))
        {
            return text;
        }

        if (legacy is not null)
        {
            return legacy.ToUnicode(code);
        }

        if (unicodeEncoding && code is > 0 and < 0xD800 or > 0xDFFF and < 0x10000)
        {
            return ((char)code).ToString();
        }

        return string.Empty;
    }

    public override double GetWidth(int code)
    {
        if (legacy is not null)
        {
            return legacy.GetCid(code) is { } lc && widths.TryGetValue(lc, out var lw) ? lw : defaultWidth;
        }

        var cid = encoding.GetCid(code) ?? code;
        return widths.TryGetValue(cid, out var w) ? w : defaultWidth;
    }

    public override double GetVerticalAdvance(int code)
    {
        var cid = encoding.GetCid(code) ?? code;
        return verticalAdvances.TryGetValue(cid, out var v) ? v : defaultVerticalAdvance;
    }

    private static void ReadWidths(PdfArray w, Func<PdfObject?, PdfObject?> resolve, Dictionary<int, double> widths)
    {
        var i = 0;
        while (i < w.Count)
        {
            if (resolve(w[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = i + 1 < w.Count ? resolve(w[i + 1]) : null;
            if (next is PdfArray list)
            {
                var cid = first.IntValue;
                foreach (var item in list.Items.Take(65536))
                {
                    if (resolve(item) is PdfNumber n)
                    {
                        widths[cid] = n.Value;
                    }

                    cid++;
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 2 < w.Count && resolve(w[i + 2]) is PdfNumber value)
            {
                var from = first.IntValue;
                var to = Math.Min(last.IntValue, from + 65535);
                for (var cid = from; cid <= to; cid++)
                {
                    widths[cid] = value.Value;
                }

                i += 3;
            }
            else
            {
                break;
            }
        }
    }

    private static void ReadVerticalAdvances(PdfArray w2, Func<PdfObject?, PdfObject?> resolve, Dictionary<int, double> advances)
    {
        var i = 0;
        while (i < w2.Count)
        {
            if (resolve(w2[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = i + 1 < w2.Count ? resolve(w2[i + 1]) : null;
            if (next is PdfArray list)
            {
                var cid = first.IntValue;
                for (var k = 0; k + 2 < list.Count; k += 3)
                {
                    if (resolve(list[k]) is PdfNumber n)
                    {
                        advances[cid] = n.Value;
                    }

                    cid++;
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 4 < w2.Count && resolve(w2[i + 2]) is PdfNumber value)
            {
                var to = Math.Min(last.IntValue, first.IntValue + 65535);
                for (var cid = first.IntValue; cid <= to; cid++)
                {
                    advances[cid] = value.Value;
                }

                i += 5;
            }
            else
            {
                break;
            }
        }
    }
}

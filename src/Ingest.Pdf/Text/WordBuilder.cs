using System.Text;
using Ingest.Pdf.Content;

namespace Ingest.Pdf.Text;

/// <summary>
/// Groups positioned glyphs into words with the break rules of poppler's text output, so that our words
/// can be checked against <c>pdftotext -bbox-layout</c>: a word ends at a whitespace character, a gap wider
/// than 0.1 em, an overlap deeper than 0.2 em, a baseline shift over 0.5 pt, a font size change, or a glyph
/// drawn on top of the previous one (fake bold), whose duplicate is then removed.
/// </summary>
internal sealed class WordBuilder
{
    private const double MinWordBreakSpace = 0.1;
    private const double MinDupBreakOverlap = 0.2;
    private const double DupMaxPriDelta = 0.1;
    private const double DupMaxSecDelta = 0.2;
    private const double MaxCharSpacing = 0.03;
    private const double MaxWideCharSpacingMul = 1.3;
    private const double MaxWideCharSpacing = 0.4;
    private const double MaxWordFontSizeDelta = 0.05;

    private readonly List<Current> words = [];
    private readonly double pageWidth;
    private readonly double pageHeight;
    private Current? cur;
    private bool lastCharOverlap;
    private int charIndex = -1;

    public WordBuilder(double pageWidth, double pageHeight)
    {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
    }

    /// <summary>Gets the number of glyphs added so far.</summary>
    public int GlyphCount => charIndex + 1;

    /// <summary>Adds the next glyph in content order (glyphs stream in; nothing per glyph is kept but the words).</summary>
    public void Add(GlyphEvent g)
    {
        charIndex++;
        var w1 = g.Dx;
        var h1 = g.Dy;
        var x1 = g.X;
        var y1 = g.Y;

        // Characters outside the page are dropped, as poppler does.
        if (x1 + w1 < 0 || x1 > pageWidth || y1 + h1 < 0 || y1 > pageHeight)
        {
            return;
        }

        if (IsAllWhitespace(g.Text))
        {
            EndWord();
            return;
        }

        if (cur is not null && cur.Length > 0)
        {
            double baseV, sp, delta;
            switch (cur.Rotation)
            {
                case 0:
                    baseV = y1;
                    sp = x1 - cur.XMax;
                    delta = x1 - cur.LastEdge;
                    break;
                case 1:
                    baseV = x1;
                    sp = y1 - cur.YMax;
                    delta = y1 - cur.LastEdge;
                    break;
                case 2:
                    baseV = y1;
                    sp = cur.XMin - x1;
                    delta = cur.LastEdge - x1;
                    break;
                default:
                    baseV = x1;
                    sp = cur.YMin - y1;
                    delta = cur.LastEdge - y1;
                    break;
            }

            var overlap = Math.Abs(delta) < DupMaxPriDelta * cur.FontSize && Math.Abs(baseV - cur.Base) < DupMaxSecDelta * cur.FontSize;
            if (overlap || lastCharOverlap || sp < -MinDupBreakOverlap * cur.FontSize || sp > MinWordBreakSpace * cur.FontSize
                || Math.Abs(baseV - cur.Base) > 0.5 || g.FontSize != cur.FontSize || g.Rotation != cur.Rotation)
            {
                EndWord();
            }

            lastCharOverlap = overlap;
        }
        else
        {
            lastCharOverlap = false;
        }

        if (g.Text.Length == 0)
        {
            return;
        }

        cur ??= new Current(g, x1, y1, charIndex);

        // Text drawn backwards (mirrored matrices) is broken into single characters.
        if ((cur.Rotation == 0 && w1 < 0) || (cur.Rotation == 1 && h1 < 0) || (cur.Rotation == 2 && w1 > 0) || (cur.Rotation == 3 && h1 > 0))
        {
            EndWord();
            x1 += w1;
            y1 += h1;
            w1 = -w1;
            h1 = -h1;
            cur = new Current(g, x1, y1, charIndex);
        }

        if (g.Text.Length == 1)
        {
            cur.Add(g.Text, x1, y1, w1, h1);
        }
        else
        {
            var n = CountTextElements(g.Text);
            var wEach = w1 / n;
            var hEach = h1 / n;
            var i = 0;
            foreach (var part in StringInfoEnumerator(g.Text))
            {
                cur.Add(part, x1 + (i * wEach), y1 + (i * hEach), wEach, hEach);
                i++;
            }
        }

        cur.CharEnd = charIndex + 1;
    }

    /// <summary>Ends the last word, removes duplicates, rejoins tight gaps and returns the words in content order.</summary>
    public List<Word> Finish()
    {
        EndWord();
        var unique = RemoveDuplicates(words);
        MergeWithinLines(unique);
        return unique.Where(w => !w.Merged).Select(w => w.ToWord()).ToList();
    }

    private void EndWord()
    {
        if (cur is not null && cur.Length > 0)
        {
            words.Add(cur);
        }

        cur = null;
    }

    /// <summary>
    /// Joins words that were split only by a tight or negative gap (kerning, overprinted punctuation) when they were
    /// shown one right after the other in the same font: poppler's line coalescing, which decides its threshold from
    /// the line (3% of the font size, or for lines of single letters 1.3 times the smallest gap, at most 0.4 em).
    /// </summary>
    private static void MergeWithinLines(List<Current> words)
    {
        foreach (var line in GroupLines(words))
        {
            if (line.Count < 2)
            {
                continue;
            }

            double minSpace;
            if (line[0].Length > 1 || line[1].Length > 1)
            {
                minSpace = 0;
            }
            else
            {
                minSpace = PrimaryDelta(line[0], line[1]);
                for (var k = 1; k + 1 < line.Count && minSpace > 0; k++)
                {
                    if (line[k + 1].Length > 1)
                    {
                        minSpace = 0;
                    }

                    minSpace = Math.Min(minSpace, PrimaryDelta(line[k], line[k + 1]));
                }
            }

            var space = minSpace <= 0 ? MaxCharSpacing * line[0].FontSize : Math.Min(MaxWideCharSpacingMul * minSpace, MaxWideCharSpacing * line[0].FontSize);
            var w0 = line[0];
            for (var k = 1; k < line.Count; k++)
            {
                var w1 = line[k];
                if (PrimaryDelta(w0, w1) < space && ReferenceEquals(w0.Font, w1.Font) && Math.Abs(w0.FontSize - w1.FontSize) < MaxWordFontSizeDelta * line[0].FontSize && w1.CharStart == w0.CharEnd)
                {
                    w0.Merge(w1);
                }
                else
                {
                    w0 = w1;
                }
            }
        }
    }

    private static double PrimaryDelta(Current a, Current b) => a.Rotation switch
    {
        0 => b.XMin - a.XMax,
        1 => b.YMin - a.YMax,
        2 => a.XMin - b.XMax,
        _ => a.YMin - b.YMax,
    };

    private static double Secondary(Current w) => w.Rotation switch
    {
        0 => w.XMin,
        1 => w.YMin,
        2 => -w.XMax,
        _ => -w.YMax,
    };

    /// <summary>Groups words into lines: same direction, same baseline (within 0.5 pt), no gap wider than 2 em.</summary>
    private static IEnumerable<List<Current>> GroupLines(List<Current> words)
    {
        var sorted = words.OrderBy(w => w.Rotation).ThenBy(w => w.Base).ThenBy(Secondary).ToList();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && sorted[j].Rotation == sorted[i].Rotation && Math.Abs(sorted[j].Base - sorted[i].Base) <= 0.5)
            {
                j++;
            }

            // Within one baseline, words that overlap a line's last word go to another line (text drawn twice,
            // clipped strips), unless they follow it directly in the content stream.
            var baseline = sorted.GetRange(i, j - i).OrderBy(Secondary).ThenBy(w => w.CharStart).ToList();
            var open = new List<List<Current>>();
            foreach (var w in baseline)
            {
                List<Current>? target = null;
                foreach (var line in open)
                {
                    var last = line[^1];
                    if (last.CharEnd == w.CharStart)
                    {
                        target = line;
                        break;
                    }
                }

                if (target is null)
                {
                    foreach (var line in open)
                    {
                        var gap = PrimaryDelta(line[^1], w);
                        if (gap >= -MinWordBreakSpace * w.FontSize && gap <= 2 * w.FontSize)
                        {
                            target = line;
                            break;
                        }
                    }
                }

                if (target is null)
                {
                    target = [];
                    open.Add(target);
                }

                target.Add(w);
            }

            foreach (var line in open)
            {
                yield return line;
            }

            i = j;
        }
    }

    private static bool IsAllWhitespace(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\u00A0' or '\n' or '\r') && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountTextElements(string text)
    {
        var n = 0;
        foreach (var _ in StringInfoEnumerator(text))
        {
            n++;
        }

        return Math.Max(1, n);
    }

    /// <summary>Splits into code points (surrogate pairs kept together), as poppler splits a mapped character into Unicode units.</summary>
    private static IEnumerable<string> StringInfoEnumerator(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return text.Substring(i, 2);
                i++;
            }
            else
            {
                yield return text[i].ToString();
            }
        }
    }

    /// <summary>Removes a word drawn again at (almost) the same place with the same text (fake bold, shadows).</summary>
    private static List<Current> RemoveDuplicates(List<Current> words)
    {
        if (words.Count < 2)
        {
            return words;
        }

        var result = new List<Current>(words.Count);
        var byText = new Dictionary<string, List<Current>>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var text = w.Text;
            if (byText.TryGetValue(text, out var same))
            {
                var dup = false;
                foreach (var o in same)
                {
                    if (o.Rotation == w.Rotation && Math.Abs(o.XMin - w.XMin) < DupMaxPriDelta * w.FontSize
                        && Math.Abs(o.YMin - w.YMin) < DupMaxSecDelta * w.FontSize && Math.Abs(o.XMax - w.XMax) < DupMaxPriDelta * w.FontSize)
                    {
                        dup = true;
                        break;
                    }
                }

                if (dup)
                {
                    continue;
                }

                same.Add(w);
            }
            else
            {
                byText[text] = [w];
            }

            result.Add(w);
        }

        return result;
    }

    private sealed class Current
    {
        private readonly StringBuilder text = new();
        private readonly GlyphEvent first;

        public Current(GlyphEvent g, double x, double y, int charStart)
        {
            first = g;
            CharStart = charStart;
            CharEnd = charStart + 1;
            Rotation = g.Rotation;
            FontSize = g.FontSize;
            var ascent = g.Font.Ascent * FontSize;
            var descent = g.Font.Descent * FontSize;
            switch (Rotation)
            {
                case 0:
                    XMin = x;
                    YMin = y - ascent;
                    YMax = y - descent;
                    if (YMin == YMax)
                    {
                        YMin = y;
                        YMax = y + 1;
                    }

                    Base = y;
                    break;
                case 1:
                    XMin = x + descent;
                    YMin = y;
                    XMax = x + ascent;
                    if (XMin == XMax)
                    {
                        XMin = x;
                        XMax = x + 1;
                    }

                    Base = x;
                    break;
                case 2:
                    YMin = y + descent;
                    XMax = x;
                    YMax = y + ascent;
                    if (YMin == YMax)
                    {
                        YMin = y;
                        YMax = y + 1;
                    }

                    Base = y;
                    break;
                default:
                    XMin = x - ascent;
                    XMax = x - descent;
                    YMax = y;
                    if (XMin == XMax)
                    {
                        XMin = x;
                        XMax = x + 1;
                    }

                    Base = x;
                    break;
            }
        }

        public int Rotation { get; }

        public int CharStart { get; }

        public int CharEnd { get; set; }

        public bool Merged { get; private set; }

        public Fonts.PdfFont Font => first.Font;

        public double FontSize { get; }

        public double Base { get; }

        public double XMin { get; private set; }

        public double XMax { get; private set; }

        public double YMin { get; private set; }

        public double YMax { get; private set; }

        public double LastEdge { get; private set; }

        public int Length { get; private set; }

        public string Text => text.ToString();

        public void Add(string s, double x, double y, double dx, double dy)
        {
            text.Append(s);
            switch (Rotation)
            {
                case 0:
                    LastEdge = x;
                    if (Length == 0)
                    {
                        XMin = x;
                    }

                    XMax = x + dx;
                    break;
                case 1:
                    LastEdge = y;
                    if (Length == 0)
                    {
                        YMin = y;
                    }

                    YMax = y + dy;
                    break;
                case 2:
                    LastEdge = x;
                    if (Length == 0)
                    {
                        XMax = x;
                    }

                    XMin = x + dx;
                    break;
                default:
                    LastEdge = y;
                    if (Length == 0)
                    {
                        YMax = y;
                    }

                    YMin = y + dy;
                    break;
            }

            Length++;
        }

        /// <summary>Appends a following word of the same line (which is then dropped).</summary>
        public void Merge(Current next)
        {
            text.Append(next.text);
            XMin = Math.Min(XMin, next.XMin);
            XMax = Math.Max(XMax, next.XMax);
            YMin = Math.Min(YMin, next.YMin);
            YMax = Math.Max(YMax, next.YMax);
            Length += next.Length;
            CharEnd = next.CharEnd;
            next.Merged = true;
        }

        public Word ToWord() => new(
            text.ToString(),
            new PdfRect(Math.Min(XMin, XMax), Math.Min(YMin, YMax), Math.Max(XMin, XMax), Math.Max(YMin, YMax)),
            first.Font.Name,
            Math.Round(FontSize, 3),
            first.Font.IsBold,
            first.Font.IsItalic,
            Rotation)
        { Baseline = Base };
    }
}

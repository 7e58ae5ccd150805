using System.Globalization;

namespace Ingest.Pdf;

/// <summary>
/// Turns a line of text read off the page left to right (visual order) into the order it is read in (logical order),
/// so that Hebrew and Arabic come out as they are typed: the inverse of the Unicode bidirectional algorithm (UAX #9)
/// for one paragraph with no explicit embeddings.
/// </summary>
/// <remarks>
/// A PDF draws glyphs where they are seen, so right-to-left words arrive reversed; words stay in that visual order (as in
/// poppler's <c>-bbox</c> output) and lines of text are put in logical order here (as in poppler's text output). The
/// line's direction is right to left when it has more right-to-left letters than left-to-right ones. Every character
/// gets its embedding level by the rules of UAX #9 (numbers, their separators and terminators, neutrals between two
/// strong runs), and the reordering of rule L2, which undoes itself, puts the characters back in logical order.
/// Unlike poppler, brackets read inside right-to-left text are mirrored (rule L4): the glyph seen as <c>(</c> at the
/// left end of a Hebrew phrase is its closing bracket.
/// </remarks>
public static class BidiText
{
    private enum Kind
    {
        Left,
        Right,
        EuropeanNumber,
        ArabicNumber,
        EuropeanSeparator,
        EuropeanTerminator,
        CommonSeparator,
        Mark,
        Neutral,
    }

    /// <summary>Returns the text in logical order; text with no right-to-left letter is returned as it is.</summary>
    /// <param name="visual">One line of text, characters left to right as seen on the page.</param>
    /// <returns>The same characters in reading order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visual"/> is <see langword="null"/>.</exception>
    public static string ToLogical(string visual)
    {
        ArgumentNullException.ThrowIfNull(visual);
        if (!visual.Any(IsRightToLeft))
        {
            return visual;
        }

        var kinds = visual.Select(Classify).ToArray();
        ResolveMarks(kinds);
        var rightToLeft = kinds.Count(k => k == Kind.Right) > kinds.Count(k => k == Kind.Left);
        ResolveNumbers(kinds);
        var levels = Levels(kinds, rightToLeft);

        var chars = visual.ToCharArray();
        var order = Enumerable.Range(0, chars.Length).ToArray();
        Reorder(order, levels);
        var builder = new System.Text.StringBuilder(chars.Length);
        foreach (var i in order)
        {
            builder.Append(levels[i] % 2 == 1 ? Mirror(chars[i]) : chars[i]);
        }

        return builder.ToString();
    }

    /// <summary>Returns whether the character is a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms).</summary>
    public static bool IsRightToLeft(char c) =>
        c >= '\u0590' && (c <= '\u08FF' || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE'))
        && c is not (>= '\u0660' and <= '\u0669' or '\u066B' or '\u066C' or >= '\u06F0' and <= '\u06F9');

    private static Kind Classify(char c) => c switch
    {
        >= '0' and <= '9' or >= '\u06F0' and <= '\u06F9' => Kind.EuropeanNumber,
        >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C' => Kind.ArabicNumber,
        >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE' => Kind.Right,
        '+' or '-' or '\u2212' => Kind.EuropeanSeparator,
        '#' or '%' or '\u00B0' or '\u2030' or '\u00B1' => Kind.EuropeanTerminator,
        ',' or '.' or '/' or ':' or '\u00A0' => Kind.CommonSeparator,
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol => Kind.EuropeanTerminator,
        _ when char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => Kind.Mark,
        _ when char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.SpacingCombiningMark => Kind.Left,
        _ => Kind.Neutral,
    };

    /// <summary>A combining mark takes the kind of the character it is drawn on (rule W1).</summary>
    private static void ResolveMarks(Kind[] kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Mark)
            {
                kinds[i] = i > 0 ? kinds[i - 1] : Kind.Neutral;
            }
        }
    }

    /// <summary>
    /// Numbers keep their separators and signs: a separator between two digits of one number joins it (W4), a run of
    /// terminators such as <c>%</c> or a currency sign next to a European number joins it (W5), and any other separator or
    /// terminator is a neutral (W6). Signs before a number (<c>-1.7</c>) join it too, as they are read with it.
    /// </summary>
    private static void ResolveNumbers(Kind[] kinds)
    {
        static bool Number(Kind k) => k is Kind.EuropeanNumber or Kind.ArabicNumber;
        for (var i = 1; i < kinds.Length - 1; i++)
        {
            if (kinds[i] is Kind.CommonSeparator or Kind.EuropeanSeparator && Number(kinds[i - 1]) && kinds[i + 1] == kinds[i - 1]
                && (kinds[i] == Kind.CommonSeparator || kinds[i - 1] == Kind.EuropeanNumber))
            {
                kinds[i] = kinds[i - 1];
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.EuropeanTerminator or Kind.EuropeanSeparator)
            {
                var end = i;
                while (end < kinds.Length && kinds[end] is Kind.EuropeanTerminator or Kind.EuropeanSeparator)
                {
                    end++;
                }

                var nextToNumber = (i > 0 && kinds[i - 1] == Kind.EuropeanNumber) || (end < kinds.Length && kinds[end] == Kind.EuropeanNumber);
                for (var j = i; j < end; j++)
                {
                    kinds[j] = nextToNumber ? Kind.EuropeanNumber : Kind.Neutral;
                }

                i = end - 1;
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.CommonSeparator)
            {
                kinds[i] = Kind.Neutral;
            }
        }
    }

    /// <summary>
    /// The embedding level of every character (rules W7, N1, N2, I1, I2) in a paragraph of the given direction. Numbers
    /// count as right-to-left for the neutrals between runs; in a left-to-right paragraph a number whose nearest strong
    /// neighbours are both right-to-left is read inside that run.
    /// </summary>
    private static int[] Levels(Kind[] kinds, bool rightToLeft)
    {
        var paragraph = rightToLeft ? 1 : 0;
        var strong = new Kind[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            strong[i] = kinds[i] switch
            {
                Kind.Left => Kind.Left,
                Kind.Right => Kind.Right,
                Kind.EuropeanNumber when !rightToLeft && NearestStrong(kinds, i, -1, paragraph) != Kind.Right => Kind.Left,
                Kind.EuropeanNumber or Kind.ArabicNumber => Kind.EuropeanNumber,
                _ => Kind.Neutral,
            };
        }

        var levels = new int[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = strong[i];
            if (kind == Kind.Neutral)
            {
                var before = Side(strong, i, -1, paragraph);
                var after = Side(strong, i, 1, paragraph);
                kind = before == after ? before : rightToLeft ? Kind.Right : Kind.Left;
            }

            levels[i] = (kind, rightToLeft) switch
            {
                (Kind.Left, false) => 0,
                (Kind.Right, false) => 1,
                (Kind.Right, true) => 1,
                _ => 2,
            };
        }

        return levels;
    }

    /// <summary>The direction a neutral sees on one side: the nearest strong character, numbers counting as right to left, or the paragraph's at the end.</summary>
    private static Kind Side(Kind[] strong, int from, int step, int paragraph)
    {
        for (var i = from + step; i >= 0 && i < strong.Length; i += step)
        {
            if (strong[i] != Kind.Neutral)
            {
                return strong[i] == Kind.Left ? Kind.Left : Kind.Right;
            }
        }

        return paragraph == 1 ? Kind.Right : Kind.Left;
    }

    private static Kind NearestStrong(Kind[] kinds, int from, int step, int paragraph)
    {
        for (var i = from + step; i >= 0 && i < kinds.Length; i += step)
        {
            if (kinds[i] is Kind.Left or Kind.Right)
            {
                return kinds[i];
            }
        }

        return paragraph == 1 ? Kind.Right : Kind.Left;
    }

    /// <summary>Rule L2: from the highest level down to the lowest odd one, reverses every run at that level or above. Applied to visual order it gives back the logical order.</summary>
    private static void Reorder(int[] order, int[] levels)
    {
        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        var byPosition = order.Select(i => levels[i]).ToArray();
        for (var level = highest; level >= lowestOdd; level--)
        {
            var start = 0;
            while (start < order.Length)
            {
                if (byPosition[start] < level)
                {
                    start++;
                    continue;
                }

                var end = start;
                while (end < order.Length && byPosition[end] >= level)
                {
                    end++;
                }

                Array.Reverse(order, start, end - start);
                Array.Reverse(byPosition, start, end - start);
                start = end;
            }
        }
    }

    private static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '\u00AB' => '\u00BB',
        '\u00BB' => '\u00AB',
        _ => c,
    };
}

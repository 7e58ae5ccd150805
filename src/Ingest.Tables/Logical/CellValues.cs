using System.Text.RegularExpressions;

namespace Ingest.Tables.Logical;

/// <summary>What a cell's text looks like: a planning code, a number, a year, a browser header or footer.</summary>
internal static partial class CellValues
{
    /// <summary>Gets whether the text starts with a planning code (<c>OEI.01</c>, <c>AEI.01.02</c>, <c>IND.01.AEI.01.01</c>, an operational activity <c>AOI00008400586</c>; <c>AER 09.04</c> and <c>OEI 01</c>, a space printed for the first point; <c>OER.02.</c> and <c>IND.01.AER.01.</c>, a point after it or a code cut at the end of a line).</summary>
    public static bool StartsWithCode(string text) => StartsWithCapital(text) && CodeAtStart().IsMatch(text);

    /// <summary>Gets the planning code the text starts with, or <see langword="null"/>.</summary>
    public static string? LeadingCode(string text)
    {
        if (!StartsWithCapital(text))
        {
            return null;
        }

        var match = CodeAtStart().Match(text);
        return match.Success ? match.Groups["code"].Value : null;
    }

    /// <summary>Gets whether the text is a whole, well-formed planning code (every numeric part with at least two digits).</summary>
    public static bool IsCompleteCode(string text) => CompleteCode().IsMatch(text);

    /// <summary>
    /// Gets whether <paramref name="head"/> is a code cut at the end of a line whose rest, <paramref name="tail"/>,
    /// starts the next line (<c>AEI.01.0</c> / <c>1</c>, <c>IND.01.</c> / <c>AEI.01.01</c>).
    /// </summary>
    public static bool IsCodeCut(string head, string tail)
    {
        var first = FirstToken(tail);
        var last = LastToken(head);
        if (first.Length == 0 || last.Length == 0 || !PartialCode().IsMatch(last) || IsCompleteCode(last) && !last.EndsWith('.'))
        {
            return false;
        }

        return IsCompleteCode(last + first);
    }

    /// <summary>Gets whether the text is a figure: a number with optional thousands separators, sign and percent sign, or a
    /// marker printed in a figure's place (<c>ND</c> not available, <c>S.P.</c> not programmed).</summary>
    public static bool IsNumber(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        // The pattern needs a digit, a sign or a bracket first: most texts are words, told apart without it.
        return t[0] is (>= '0' and <= '9') or '-' or '+' or '(' ? Number().IsMatch(t) || t is "-" : t is "ND" or "N.D." or "S.P." or "—";
    }

    /// <summary>Gets whether the text is a year (1900 to 2099) or a period label (<c>2024 - Sem1</c>), which headers use as labels.</summary>
    public static bool IsYearLike(string text)
    {
        var t = text.Trim();

        // Every form starts with a digit, S (Sem), A (Anual) or I (I Trim), in either case (ſ is a case form of s to the pattern).
        return t.Length > 0 && t[0] is (>= '0' and <= '9') or 'S' or 's' or 'A' or 'a' or 'I' or 'i' or '\u017F' && YearLike().IsMatch(t);
    }

    /// <summary>
    /// Gets whether a line of text is what a browser prints above or below a page: the date and time, the page
    /// address, <c>n/m</c>.
    /// </summary>
    public static bool IsBrowserChrome(string text)
    {
        var t = Normalize(text);
        return t.Length > 0 && (Url().IsMatch(t) || t[0] is >= '0' and <= '9' && (DateAtStart().IsMatch(t) || PageOfPages().IsMatch(t)));
    }

    /// <summary>Gets whether the text holds a web address.</summary>
    public static bool IsUrl(string text) => Url().IsMatch(text);

    /// <summary>Gets the text with every run of white space (including line breaks) made one space, trimmed.</summary>
    public static string Normalize(string text) => IsNormal(text) ? text : Spaces().Replace(text, " ").Trim();

    /// <summary>Gets whether the text has no white space but single spaces between other characters, so that normalising it changes nothing.</summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether the first character other than white space is a capital A to Z, as every planning code's is.</summary>
    private static bool StartsWithCapital(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is >= 'A' and <= 'Z';
            }
        }

        return false;
    }

    private static string FirstToken(string text)
    {
        var t = text.TrimStart();
        var end = t.AsSpan().IndexOfAny(" \n\t");
        return end < 0 ? t : t[..end];
    }

    private static string LastToken(string text)
    {
        var t = text.TrimEnd();
        var start = t.AsSpan().LastIndexOfAny(" \n\t");
        return start < 0 ? t : t[(start + 1)..];
    }

    [GeneratedRegex(@"^\s*(?<code>[A-Z]{2,5}(?:\.[0-9]{1,3})+(?:\.[A-Z]{2,5}(?:\.[0-9]{1,3})+)*|(?:[A-Z]{1,3}E[IRS]|IND) [0-9]{1,3}(?:\.[0-9]{1,3})*|AOI[0-9]{8,})\.?(?=\s|$|[^\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeAtStart();

    [GeneratedRegex(@"^[A-Z]{2,5}(?:\.[0-9]{2,3})+(?:\.[A-Z]{2,5}(?:\.[0-9]{2,3})+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CompleteCode();

    [GeneratedRegex(@"^[A-Z]{2,5}(?:\.(?:[0-9]{1,3}|[A-Z]{2,5}))*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialCode();

    [GeneratedRegex(@"^[-+(]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:[.,][0-9]+)?\)?\s?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}(?:\s*-\s*Sem\s?[12])?|Sem\s?[12]|Anual|I{1,3}\s+Trim(?:estre)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearLike();

    [GeneratedRegex(@"(?:https?://|www\.|\.gob\.pe/|\.aspx\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?:,?\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"^[0-9]{1,4}\s?/\s?[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageOfPages();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

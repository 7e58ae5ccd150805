using System.Text.RegularExpressions;

namespace Ingest.Ceplan.Normalisation;

/// <summary>A plan code read from print: its normal form and whether it had to be repaired.</summary>
/// <param name="Code">The normal form (<c>IND.01.AEI.01.01</c>, <c>AEI.06.03</c>, <c>OER.03</c>).</param>
/// <param name="Raw">The text as printed.</param>
/// <param name="Repaired"><see langword="true"/> when the printed code was damaged (stray spaces, missing points, a truncated prefix, a part wrapped mid-token: <c>AEI.01.0</c> / <c>1</c>).</param>
public sealed partial record CeplanCode(string Code, string Raw, bool Repaired)
{
    // The near misses of a kind that print (or OCR) gives: letters swapped (OIE, AIE), a zero for the O (0EI), an l for the I (OEl).
    private static readonly string[] Misprints = ["OIE", "AIE", "OEl", "AEl", "0EI", "0ER", "0IE"];

    /// <summary>Gets a value indicating whether the kind letters are misprinted (<c>OIE.03</c>, <c>AIE.01.02</c>, <c>0EI.01</c>): the code is read as the one it obviously is, and the misprint is worth a finding.</summary>
    public bool Misprinted { get; init; }

    /// <summary>Gets a value indicating whether the code has the parts its kind takes: one for an objective (<c>OEI.01</c>), two
    /// for an action (<c>AEI.01.02</c>), and an indicator's number before either. A kind word followed by a page number in a
    /// table of contents (<c>de las AEI..... 20</c>) reads as <c>AEI.20</c>, which no plan prints. Plans number from 01, so a
    /// part <c>00</c> is a code cut short at a line end (<c>IND.01.AEI.01.0</c> / <c>1</c>).</summary>
    public bool IsWellFormed
    {
        get
        {
            var element = IsIndicator ? Code[7..] : Code;
            var parts = element.Count(c => c == '.');
            return (element[0] == 'O' ? parts == 1 : parts == 2) && !Code.Split('.').Contains("00", StringComparer.Ordinal);
        }
    }

    /// <summary>Gets the kind prefix of the code: <c>OEI</c>, <c>AEI</c>, <c>OER</c>, <c>AER</c>, or <c>IND</c>.</summary>
    public string Prefix => Code.AsSpan(0, 3).ToString();

    /// <summary>Gets a value indicating whether the code is an indicator's.</summary>
    public bool IsIndicator => Code.StartsWith("IND.", StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether the code is an objective's (OEI / OER).</summary>
    public bool IsObjective => !IsIndicator && Code[0] == 'O';

    /// <summary>Gets a value indicating whether the code is an action's (AEI / AER).</summary>
    public bool IsAction => !IsIndicator && Code[0] == 'A';

    /// <summary>Gets the code of the objective or action an indicator measures (<c>AEI.01.01</c> for <c>IND.01.AEI.01.01</c>), or of the objective an action belongs to (<c>OEI.01</c> for <c>AEI.01.02</c>).</summary>
    public string? ParentCode
    {
        get
        {
            if (IsIndicator)
            {
                return Code[7..];
            }

            if (IsAction)
            {
                var second = Code.IndexOf('.', 4);
                return second < 0 ? null : "O" + Code[1..second];
            }

            return null;
        }
    }

    /// <summary>Puts back the space lost before a plan code glued to the lower-case word before it
    /// (<c>"... de fiscalizaciónAEI.04.01 Ampliar ..."</c> → <c>"... de fiscalización AEI.04.01 Ampliar ..."</c>), so that the code reads as a word of its own.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with a space before each glued code.</returns>
    public static string Unglue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Glued().Replace(text, " ");
    }

    /// <summary>Gets whether a line ends with a plan code cut at the line end that the next line completes: the last word of
    /// <paramref name="head"/> is not a well-formed code, and joined with the first word of <paramref name="tail"/> it reads
    /// as one (<c>IND.01.AEI.0</c> + <c>1.01</c>, <c>IND.01.A</c> + <c>EI.01.01</c>, <c>AEI.01.0</c> + <c>1</c>).</summary>
    /// <param name="head">The text up to the line end.</param>
    /// <param name="tail">The next line.</param>
    /// <returns><see langword="true"/> when the two words are one code.</returns>
    public static bool IsCut(string head, string tail)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(tail);
        var start = head.LastIndexOf(' ') + 1;
        var last = head[start..];
        var end = tail.IndexOf(' ', StringComparison.Ordinal);
        var first = end < 0 ? tail : tail[..end];
        if (last.Length == 0 || first.Length == 0 || !char.IsAsciiLetterUpper(last[0]) || (TryRead(last, out var alone) && alone.IsWellFormed && alone.Raw == last))
        {
            return false;
        }

        var word = last + first;
        return TryRead(word, out var code) && code.IsWellFormed && word.StartsWith(code.Raw, StringComparison.Ordinal) && code.Raw.Length > last.Length;
    }

    /// <summary>Reads the first plan code in a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read.</param>
    /// <returns><see langword="true"/> when the text holds a code.</returns>
    public static bool TryRead(string? text, out CeplanCode code)
    {
        code = null!;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        code = FromMatch(match);
        return true;
    }

    /// <summary>Reads every plan code in a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<CeplanCode> ReadAll(string? text) => [.. Locate(text).Select(l => l.Code)];

    /// <summary>Reads every plan code in a text with where it stands.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The codes with the index and length of their printed form in <paramref name="text"/>.</returns>
    internal static IReadOnlyList<(CeplanCode Code, int Index, int Length)> Locate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var codes = new List<(CeplanCode, int, int)>();
        foreach (Match match in Pattern().Matches(text))
        {
            codes.Add((FromMatch(match), match.Index, match.Length));
        }

        return codes;
    }

    private static CeplanCode FromMatch(Match match)
    {
        var printed = match.Groups["kind"].Value;
        var misprinted = Misprints.Contains(printed, StringComparer.Ordinal);
        var kind = misprinted ? (printed[0] == 'A' ? "AEI" : printed[^1] == 'R' ? "OER" : "OEI") : printed.Length == 2 ? printed + "I" : printed;
        var parts = new List<string> { kind, Two(match.Groups["a"].Value) };
        if (match.Groups["b"].Success)
        {
            parts.Add(Two(match.Groups["b"].Value));
        }

        if (match.Groups["c"].Success)
        {
            parts.Add(Two(match.Groups["c"].Value));
        }

        var code = string.Join('.', parts);
        if (match.Groups["ind"].Success)
        {
            code = "IND." + Two(match.Groups["n"].Value) + "." + code;
        }

        var raw = match.Value;
        return new CeplanCode(code, raw, !string.Equals(raw, code, StringComparison.Ordinal)) { Misprinted = misprinted };
    }

    /// <summary>Gets a code part as two digits; a part wrapped at a line end (<c>0</c> / <c>1</c>) is joined first.</summary>
    private static string Two(string digits)
    {
        var joined = string.Concat(digits.Where(char.IsDigit));
        return joined.Length == 1 ? "0" + joined : joined;
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?<ind>(?:IND|ND|D)\s*[.\s]\s*(?<n>\d{1,2})\s*[.\s]\s*)?(?<kind>OEI|AEI|OER|AER|OE|AE|OIE|AIE|OEl|AEl|(?<![0-9])0EI|(?<![0-9])0ER|(?<![0-9])0IE)\s*[.\s]?\s*(?<a>0\s+\d(?![\d.])|\d{1,2})(?:\s*\.\s*(?<b>0\s+\d(?![\d.])|\d{1,2}))?(?:\s*\.\s*(?<c>0\s+\d(?![\d.])|\d{1,2}))?(?![\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    // A code glued to the lower-case word before it ("fiscalizaciónAEI.04.01", a space lost in extraction).
    [GeneratedRegex(@"(?<=\p{Ll})(?=(?:OEI|AEI|OER|AER)\s*\.\s*\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Glued();
}

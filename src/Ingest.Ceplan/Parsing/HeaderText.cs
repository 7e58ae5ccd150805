using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads table header texts: a comparable form for matching profile labels, and the period a header names.</summary>
internal static partial class HeaderText
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string, string)> Phrases = new(StringComparer.Ordinal);

    /// <summary>Lower-cases, drops accents and footnote marks (<c>1/</c>, <c>/2</c>), and collapses spaces.</summary>
    /// <param name="text">The printed text.</param>
    /// <returns>The comparable form.</returns>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            // A combining accent printed after its letter is dropped like a precomposed one.
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(TextFold.FoldChar(ch)));
            }
        }

        var flat = FootnoteMark().Replace(builder.ToString(), " ");
        return Spaces().Replace(flat, " ").Trim();
    }

    /// <summary>Splits a header text into its label (without period words) and the period it names.</summary>
    /// <param name="text">The header text (all header lines of a column, joined by spaces).</param>
    /// <param name="defaultYear">The year a bare <c>1° Semestre</c> or <c>Anual</c> refers to, when known.</param>
    /// <returns>The normalised label and the period, when one is named.</returns>
    public static (string Label, Period? Period) SplitPeriod(string text, int? defaultYear) => SplitPeriod(text, defaultYear, out _);

    /// <summary>Splits a header text into its label (without period words) and the period it names.</summary>
    /// <param name="text">The header text (all header lines of a column, joined by spaces).</param>
    /// <param name="defaultYear">The year a bare <c>1° Semestre</c> or <c>Anual</c> refers to, when known.</param>
    /// <param name="yearless">Set when the text names a semester or <c>Anual</c> but no year.</param>
    /// <returns>The normalised label and the period, when one is named.</returns>
    public static (string Label, Period? Period) SplitPeriod(string text, int? defaultYear, out bool yearless)
    {
        yearless = false;
        var normal = Normalise(text);
        Period? period = null;
        var match = YearPeriod().Match(normal);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var semester = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var end = match.Groups["e"].Success ? int.Parse(match.Groups["e"].Value, CultureInfo.InvariantCulture) : (int?)null;
            period = end is { } e && e > year ? new Period(year, null, e) : new Period(year, semester);
            normal = normal.Remove(match.Index, match.Length);
        }
        else
        {
            var semester = SemesterOnly().Match(normal);
            if (semester.Success)
            {
                yearless = true;
                if (defaultYear is { } year)
                {
                    period = new Period(year, int.Parse(semester.Groups["n"].Value, CultureInfo.InvariantCulture));
                }

                normal = normal.Remove(semester.Index, semester.Length);
            }
            else
            {
                var annual = AnnualOnly().Match(normal);
                if (annual.Success)
                {
                    yearless = true;
                    if (defaultYear is { } year)
                    {
                        period = new Period(year);
                    }

                    normal = normal.Remove(annual.Index, annual.Length);
                }
            }
        }

        return (Spaces().Replace(normal, " ").Trim(' ', '-', ':', '/'), period);
    }

    /// <summary>Gets the form of a normalised text that header matching compares: each word in the singular
    /// (<c>valores observados</c> → <c>valor observado</c>, <c>logros esperados</c> → <c>logro esperado</c>, <c>metas</c> →
    /// <c>meta</c>), so that a profile's label matches whichever number the report prints.</summary>
    /// <param name="normal">A text in the form <see cref="Normalise"/> gives.</param>
    /// <returns>The text with each word in the singular.</returns>
    public static string Singular(string normal)
    {
        ArgumentNullException.ThrowIfNull(normal);
        return Word().Replace(normal, static m =>
        {
            var word = m.Value;
            if (word.Length <= 4 || !word.EndsWith('s'))
            {
                return word;
            }

            // -es after r, l, n, d, j (valores, acciones, unidades) is the plural ending; otherwise only the -s is.
            return word.EndsWith("es", StringComparison.Ordinal) && "rlndj".Contains(word[^3], StringComparison.Ordinal) ? word[..^2] : word[..^1];
        });
    }

    /// <summary>Gets a profile's phrase in the forms header matching compares: normalised, and in the singular. Computed
    /// once per phrase (the phrases come from the embedded profiles, a bounded set).</summary>
    /// <param name="phrase">The phrase as the profile writes it.</param>
    /// <returns>Its normalised form and that form in the singular.</returns>
    public static (string Normal, string Singular) ProfilePhrase(string phrase)
        => Phrases.GetOrAdd(phrase, static p =>
        {
            var normal = Normalise(p);
            return (normal, Singular(normal));
        });

    /// <summary>Gets whether a normalised label contains a phrase as whole words.</summary>
    /// <param name="label">The normalised label.</param>
    /// <param name="phrase">The normalised phrase.</param>
    /// <returns><see langword="true"/> when the phrase occurs on word boundaries.</returns>
    public static bool ContainsPhrase(string label, string phrase)
    {
        var at = 0;
        while ((at = label.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(label[at - 1]);
            var end = at + phrase.Length;
            var endOk = end == label.Length || !char.IsLetterOrDigit(label[end]);
            if (startOk && endOk)
            {
                return true;
            }

            at++;
        }

        return false;
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})(?:\s*-\s*(?<e>(?:19|20)\d{2}))?(?:\s*-?\s*(?:sem(?:estre)?\s*\.?\s*(?<s>[12])|(?<s>[12])\s*°?\s*sem(?:estre)?|anual))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearPeriod();

    [GeneratedRegex(@"(?:(?<n>[12])\s*(?:°|º|er|do)?\s*semestre|\bsem(?:estre)?\s*(?<n>[12])\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SemesterOnly();

    [GeneratedRegex(@"\banual\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualOnly();

    [GeneratedRegex(@"(?:(?<=\s|^)\d/(?=\s|$)|(?<=\s|^)/\d(?=\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b[a-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Claims;

/// <summary>Finds the sentences of running text that state figures about a code or an indicator, with each number's role.</summary>
/// <remarks>
/// <para>A sentence gives one claim per subject it speaks of: each number belongs to the nearest subject named before it in the
/// sentence (a code such as <c>AEI.04.01</c>, an indicator named in bold or after <c>El indicador es</c>), else to the code of
/// the heading or bullet the paragraph sits under (<c>❖ AEI.01.02 ...</c> followed by <c>Avance semestral: 87.02%</c>).</para>
/// <para>A number's role comes from the nearest cue word before it: <c>meta</c> / <c>programado</c> make it expected,
/// <c>logrado</c> / <c>obtenido</c> obtained, <c>avance</c> / <c>ejecución</c> a progress; counts are digits (or words with
/// digits) followed by what they count (<c>contiene (04) Acciones</c>, <c>treinta y cuatro (34) AEI</c>). Numbers without a
/// role (thresholds such as <c>por debajo del 75%</c>) are left out.</para>
/// </remarks>
public static partial class ClaimReader
{
    /// <summary>Reads the claims of a report's running text.</summary>
    /// <param name="text">The report's content text.</param>
    /// <param name="evaluated">The report's evaluated period, given to claims whose sentence names no period.</param>
    /// <returns>The claims, in reading order.</returns>
    public static IReadOnlyList<NarrativeClaim> Read(ReportText text, Period? evaluated)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claims = new List<NarrativeClaim>();
        string? context = null;
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.Lines.Count == 1 && paragraph.Lines[0].Tabular)
            {
                continue;
            }

            var joined = ParagraphBuilder.Join(paragraph.Lines, out var starts);
            if (HeadingCode(joined) is { } heading)
            {
                context = heading;
            }
            else if (NumberedHeading().IsMatch(joined))
            {
                context = null;
            }

            foreach (var (start, sentence) in Sentences(joined))
            {
                var line = LineAt(paragraph.Lines, starts, start);
                var source = new Provenance(line.Page, line.Box, null, null, null, sentence.Trim());
                ReadSentence(sentence.Trim(), context, evaluated, source, claims);
            }
        }

        return claims;
    }

    /// <summary>Gets the code a paragraph opens with, when it opens a block about that code (a heading or a bullet).</summary>
    private static string? HeadingCode(string paragraph)
    {
        var trimmed = LeadingMarks().Replace(paragraph, string.Empty);
        if (!CodeAtStart().IsMatch(trimmed))
        {
            return null;
        }

        return CeplanCode.TryRead(trimmed, out var code) ? code.Code : null;
    }

    private static ReportLine LineAt(IReadOnlyList<ReportLine> lines, IReadOnlyList<int> starts, int offset)
    {
        var index = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            if (starts[i] <= offset)
            {
                index = i;
            }
        }

        return lines[index];
    }

    private static IEnumerable<(int Start, string Text)> Sentences(string paragraph)
    {
        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(paragraph))
        {
            var end = boundary.Index + 1;
            if (end - start > 1)
            {
                yield return (start, paragraph[start..end]);
            }

            start = boundary.Index + boundary.Length;
        }

        if (start < paragraph.Length)
        {
            yield return (start, paragraph[start..]);
        }
    }

    private static void ReadSentence(string sentence, string? context, Period? evaluated, Provenance source, List<NarrativeClaim> claims)
    {
        var subjects = Subjects(sentence);
        var numbers = new List<(int At, ClaimNumber Number)>();
        var taken = new List<(int Start, int End)>();
        foreach (var count in Counts(sentence, source))
        {
            numbers.Add((count.At, count.Number));
            taken.Add((count.At, count.End));
        }

        foreach (var figure in Figures(sentence, source, taken))
        {
            numbers.Add(figure);
        }

        if (numbers.Count == 0)
        {
            return;
        }

        var period = SentencePeriod(sentence) ?? evaluated;
        var anaphoric = Anaphoric().IsMatch(sentence);
        var groups = new List<(string? Subject, List<ClaimNumber> Numbers)>();
        foreach (var (at, number) in numbers.OrderBy(n => n.At))
        {
            string? subject;
            var before = subjects.LastOrDefault(s => s.At <= at);
            if (before.Name is not null)
            {
                subject = before.Name;
            }
            else if (number.Role == ClaimRole.Count)
            {
                subject = anaphoric ? context : null;
            }
            else
            {
                subject = context;
            }

            if (groups.Count > 0 && string.Equals(groups[^1].Subject, subject, StringComparison.Ordinal))
            {
                groups[^1].Numbers.Add(number);
            }
            else
            {
                groups.Add((subject, [number]));
            }
        }

        foreach (var (subject, list) in groups)
        {
            claims.Add(new NarrativeClaim(sentence, subject, period, list, source));
        }
    }

    /// <summary>Finds the subjects a sentence names, with where: codes, bold names, names after "El indicador es".</summary>
    private static List<(int At, string Name)> Subjects(string sentence)
    {
        var subjects = new List<(int At, string Name)>();
        foreach (Match match in CodeMention().Matches(sentence))
        {
            if (CeplanCode.TryRead(match.Value, out var code))
            {
                subjects.Add((match.Index, code.Code));
            }
        }

        foreach (Match match in BoldName().Matches(sentence))
        {
            var name = Clean(match.Groups["name"].Value);
            if (name.Length >= 8 && !CodeMention().IsMatch(name))
            {
                subjects.Add((match.Index, name));
            }
        }

        foreach (Match match in IndicatorIs().Matches(sentence))
        {
            subjects.Add((match.Index, Clean(match.Groups["name"].Value)));
        }

        subjects.Sort((a, b) => a.At.CompareTo(b.At));
        return subjects;
    }

    private static string Clean(string name)
    {
        var cleaned = name.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimEnd(',', '.', ':', ';').Trim();
        var indicator = IndicatorPrefix().Match(cleaned);
        return indicator.Success ? cleaned[indicator.Length..].Trim() : cleaned;
    }

    private static IEnumerable<(int At, int End, ClaimNumber Number)> Counts(string sentence, Provenance source)
    {
        foreach (Match match in CountPattern().Matches(sentence))
        {
            var digits = match.Groups["n"];
            var words = match.Groups["w"];
            decimal? wordsValue = null;
            string? wordsText = null;
            if (words.Success)
            {
                wordsText = words.Value.Trim();
                if (SpanishNumberWords.TryParse(wordsText, out var parsed))
                {
                    wordsValue = parsed;
                }
                else
                {
                    wordsText = null;
                }
            }

            ReportValue value;
            if (digits.Success)
            {
                value = PeruvianNumber.Parse(digits.Value, source with { Raw = match.Value.Trim() });
            }
            else if (wordsValue is { } fromWords)
            {
                value = ReportValue.Of(fromWords, 0, source with { Raw = match.Value.Trim() });
            }
            else
            {
                continue;
            }

            var countOf = CountOf(match.Groups["noun"].Value);
            yield return (match.Index, match.Index + match.Length, new ClaimNumber(ClaimRole.Count, value, countOf, wordsText, wordsValue));
        }
    }

    private static string CountOf(string noun)
    {
        var folded = TextFold.Fold(noun);
        foreach (var code in new[] { "OEI", "AEI", "OER", "AER" })
        {
            if (folded.Contains(code, StringComparison.Ordinal))
            {
                return code;
            }
        }

        var regional = folded.Contains("REGIONAL", StringComparison.Ordinal);
        var institucional = folded.Contains("INSTITUCIONAL", StringComparison.Ordinal);
        if (folded.StartsWith("OBJETIVO", StringComparison.Ordinal))
        {
            return regional ? "OER" : institucional ? "OEI" : "objetivos";
        }

        if (folded.StartsWith("ACCION", StringComparison.Ordinal))
        {
            return regional ? "AER" : institucional ? "AEI" : "acciones";
        }

        if (folded.StartsWith("INDICADOR", StringComparison.Ordinal))
        {
            return "IND";
        }

        if (folded.StartsWith("AO", StringComparison.Ordinal) || folded.StartsWith("ACTIVIDAD", StringComparison.Ordinal))
        {
            return "AO";
        }

        return folded.StartsWith("UNIDAD", StringComparison.Ordinal) ? "unidades orgánicas" : noun.Trim().ToLowerInvariant();
    }

    private static IEnumerable<(int At, ClaimNumber Number)> Figures(string sentence, Provenance source, List<(int Start, int End)> taken)
    {
        foreach (Match match in FigurePattern().Matches(sentence))
        {
            if (taken.Any(t => match.Index < t.End && match.Index + match.Length > t.Start))
            {
                continue;
            }

            var percent = match.Groups["pct"].Success;
            var unit = match.Groups["unit"].Success;
            var role = RoleBefore(sentence, match.Index);
            if (role is null || (!percent && !unit && role == ClaimRole.Progress && !ProgressLabel().IsMatch(sentence[..match.Index])))
            {
                // A bare number after "avance" is a figure only in a label ("Avance semestral: 39.08"); elsewhere it may be a year or a count.
                continue;
            }

            var number = match.Groups["num"].Value;
            if (!percent && !unit && YearLike().IsMatch(number))
            {
                continue;
            }

            var raw = match.Value.Trim();
            var value = PeruvianNumber.Parse(percent ? number + "%" : number, source with { Raw = raw });
            if (!value.HasValue)
            {
                continue;
            }

            yield return (match.Index, new ClaimNumber(role.Value, value));
        }
    }

    /// <summary>Finds the role cue nearest before a number, within its clause.</summary>
    private static ClaimRole? RoleBefore(string sentence, int at)
    {
        var windowStart = Math.Max(0, at - 90);
        var window = TextFold.Fold(sentence[windowStart..at]);
        ClaimRole? role = null;
        var best = -1;
        foreach (Match cue in RoleCue().Matches(window))
        {
            if (cue.Index >= best)
            {
                best = cue.Index;
                role = cue.Groups["exp"].Success ? ClaimRole.Expected
                    : cue.Groups["obt"].Success ? ClaimRole.Obtained
                    : cue.Groups["thr"].Success ? null
                    : ClaimRole.Progress;
            }
        }

        // A figure further than a clause away from its cue is not what the cue speaks of.
        if (best >= 0)
        {
            var between = window[best..];
            if (between.Count(c => c == ',') > 1 || between.Contains(';', StringComparison.Ordinal))
            {
                return null;
            }
        }

        return role;
    }

    private static Period? SentencePeriod(string sentence)
    {
        var folded = TextFold.Fold(sentence);
        var semester = SemesterOf().Match(folded);
        if (semester.Success)
        {
            var which = semester.Groups["s"].Value is "PRIMER" or "I" or "1ER" ? 1 : 2;
            return new Period(int.Parse(semester.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture), which);
        }

        var year = YearMention().Match(folded);
        return year.Success ? new Period(int.Parse(year.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture)) : null;
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[¿¡(""“]?[A-ZÁÉÍÓÚÑ])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[\s\-–•●▪❖✓➢*]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"^(?:OEI|AEI|OER|AER)\s*[.\s]?\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex CodeAtStart();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)+\.?|[IVX]+\.|\d+\.)\s+[A-ZÁÉÍÓÚÑ]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"(?<![A-Za-z])(?:IND\.\d{1,2}\.)?(?:OEI|AEI|OER|AER)\s*[.\s]?\s*\d{1,2}(?:\s*\.\s*\d{1,2})?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeMention();

    [GeneratedRegex(@"\*\*(?<name>[^*]{3,300})\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();

    [GeneratedRegex(@"\b[Ee]l indicador (?:es|de medición es)\s+(?:el\s+|la\s+)?(?<name>[^,;]{8,300}?)\s*(?:,|;|\s+cuenta\b|\s+tiene\b)", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorIs();

    [GeneratedRegex(@"^(?:indicador\s*:?\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorPrefix();

    [GeneratedRegex(@"^(?:Este|Esta|Dicho|Dicha|Dispone|Contiene|El\s+cual|La\s+cual)\b|\b(?:este|esta)\s+(?:OEI|AEI|OER|AER|objetivo|acci[oó]n)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"(?<![\w.,])(?:(?<w>(?:(?:cero|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|\w+cientas|mil|y)\s+)+))?(?:\(\s*(?<n>\d{1,4})\s*\)|(?<n>\d{1,4}))?\s*(?<noun>(?:Objetivos?|Acci[oó]n(?:es)?)(?:\s+Estrat[eé]gic[oa]s?)?(?:\s+(?:Institucionales?|Regionales?))?(?:\s*\((?:OEI|AEI|OER|AER)\))?|OEI|AEI|OER|AER|indicadores?|AO|actividades\s+operativas|unidades\s+org[aá]nicas)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(?<![\w.,])(?<num>-?\d{1,3}(?:[,']\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?)(?:\s?(?<pct>%)|\s?(?<unit>km|kilómetros|m²|m2|metros|visitas|licencias|pobladores|instituciones|toneladas|tn|hectáreas|ha|personas|familias|soles|vías|capacitados|transportistas)\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"(?<exp>META|PROGRAMAD|ESPERAD|PREVIST|PROYECTAD)|(?<obt>LOGRAD|LOGRO\b|LOGRO |OBTENID|ALCANZADO EL VALOR|VALOR ALCANZADO|REGISTRAD|EJECUTAD[OA]S? (?:DE|FUE))|(?<prg>AVANCE|EJECUCION|CUMPLIMIENTO|ALCANZA|DESEMPENO|INDICE DE GESTION)|(?<thr>DEBAJO|ENCIMA|RANGO|ENTRE|MAYOR|MENOR|SUPERAR|SUPERIOR|INFERIOR|HASTA)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"Avance[^:]{0,30}:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLike();

    [GeneratedRegex(@"\b(?<s>PRIMER|SEGUNDO|I|II|1ER|2DO)\s+SEMESTRE\s+(?:DEL?\s+(?:ANO\s+)?)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SemesterOf();

    [GeneratedRegex(@"\b(?:ANO|PERIODO|EJERCICIO|FINAL DEL?|AL|EN EL|DURANTE EL)\s+(?:ANO\s+|FISCAL\s+|DE\s+)?(?<y>(?:19|20)\d{2})\b(?!\s*-\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();
}

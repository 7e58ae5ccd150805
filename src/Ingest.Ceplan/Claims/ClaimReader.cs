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
/// role (thresholds such as <c>por debajo del 75%</c>) and the numbers of captions and references (<c>Cuadro n.º 1
/// Objetivos ...</c>, see <see cref="CaptionLabel"/>) are left out.</para>
/// </remarks>
public static partial class ClaimReader
{
    /// <summary>A provisional role for a figure after a bare <c>logro</c>: expected when an obtained figure follows in the sentence, else obtained.</summary>
    private const ClaimRole BareLogro = (ClaimRole)(-1);

    /// <summary>How many paragraphs after a heading its code stays the subject of sentences that name none.</summary>
    private const int ContextReach = 8;

    /// <summary>Reads the claims of a report's running text.</summary>
    /// <param name="text">The report's content text.</param>
    /// <param name="evaluated">The report's evaluated period, given to claims whose sentence names no period.</param>
    /// <returns>The claims, in reading order.</returns>
    public static IReadOnlyList<NarrativeClaim> Read(ReportText text, Period? evaluated)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claims = new List<NarrativeClaim>();
        string? context = null;
        var sinceContext = 0;
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.Lines.Count == 1 && paragraph.Lines[0].Tabular)
            {
                continue;
            }

            // "... de fiscalizaciónAEI.04.01 Ampliar ...": a code glued to the word before it is still a code the sentence names.
            var lines = paragraph.Lines.Select(l => l with { Text = CeplanCode.Unglue(l.Text) }).ToList();
            var joined = ParagraphBuilder.Join(lines, out var starts);
            if (HeadingCode(joined) is { } heading)
            {
                context = heading;
                sinceContext = 0;
            }
            else if (NumberedHeading().IsMatch(joined) || ++sinceContext > ContextReach)
            {
                context = null;
            }

            foreach (var (start, sentence) in Sentences(joined))
            {
                var line = LineAt(lines, starts, start);
                var source = new Provenance(line.Page, line.Box, null, null, null, sentence.Trim());
                if (ReadSentence(sentence.Trim(), context, evaluated, source, claims) is { } named)
                {
                    // "El objetivo OEI 04: ... ha cumplido" makes OEI.04 the subject of the sentences that follow it.
                    context = named;
                    sinceContext = 0;
                }
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

        // "OEI.04 Mejorar la fiscalizaciónAEI.04.01 Ampliar la base" (two headings glued): the action is the subject below.
        var action = GluedAction().Match(trimmed.Length > 300 ? trimmed[..300] : trimmed);
        if (action.Success && CeplanCode.TryRead(action.Value, out var glued))
        {
            return glued.Code;
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

    /// <returns>The last objective or action code the sentence names, or <see langword="null"/>.</returns>
    private static string? ReadSentence(string sentence, string? context, Period? evaluated, Provenance source, List<NarrativeClaim> claims)
    {
        var subjects = Subjects(sentence);
        var named = subjects.LastOrDefault(s => IsPlanCode(s.Name)).Name;
        if (LooksLikeTableRow(sentence))
        {
            return named;
        }

        var numbers = new List<(int At, ClaimNumber Number, Period? Period)>();

        // Codes are not figures: "(AER 05.01)" holds no 5.01.
        var taken = subjects.Where(s => IsPlanCode(s.Name) || s.Name.StartsWith("IND.", StringComparison.Ordinal)).Select(s => (s.At, s.At + s.Length)).ToList();
        foreach (var count in Counts(sentence, source))
        {
            if (!taken.Any(t => count.At < t.Item2 && count.End > t.Item1))
            {
                numbers.Add((count.At, count.Number, null));
                taken.Add((count.At, count.End));
            }
        }

        // "seis (08) de las trece (13) Acciones": a number in words with its digits, whatever it counts, for words-digits.
        foreach (Match match in WordsWithDigits().Matches(sentence))
        {
            var at = match.Index;
            var end = match.Index + match.Length;
            var wordsText = LeadingY().Replace(match.Groups["w"].Value.Trim(), string.Empty);
            if (taken.Any(t => at < t.Item2 && end > t.Item1) || AfterUnreadNumberWord(sentence, at) || CaptionLabel.IsLabelNumber(sentence, at) || !SpanishNumberWords.TryParse(wordsText, out var wordsValue))
            {
                continue;
            }

            var value = PeruvianNumber.Parse(match.Groups["n"].Value, source with { Raw = match.Value.Trim() });
            numbers.Add((at, new ClaimNumber(ClaimRole.Count, value, null, wordsText, wordsValue), null));
            taken.Add((at, end));
        }

        var figures = Figures(sentence, source, taken).ToList();
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Number.Role == BareLogro)
            {
                var obtainedFollows = figures.Skip(i + 1).Any(f => f.Number.Role is ClaimRole.Obtained or BareLogro);
                figures[i] = figures[i] with { Number = figures[i].Number with { Role = obtainedFollows ? ClaimRole.Expected : ClaimRole.Obtained } };
            }
        }

        numbers.AddRange(figures);
        if (numbers.Count == 0)
        {
            return named;
        }

        var sentencePeriod = SentencePeriod(sentence) ?? evaluated;
        var anaphoric = Anaphoric().IsMatch(sentence);
        var reportWide = TextFold.Fold(sentence).Contains("PROMEDIO", StringComparison.Ordinal);
        var groups = new List<(string? Subject, Period? Period, List<ClaimNumber> Numbers)>();
        var listed = new List<(string Subject, Period? Period, ClaimNumber Number)>();
        foreach (var (at, number, own) in numbers.OrderBy(n => n.At))
        {
            string? subject;
            var period = own ?? sentencePeriod;
            var beforeIndex = subjects.FindLastIndex(s => s.At <= at);
            if (beforeIndex >= 0)
            {
                subject = subjects[beforeIndex].Name;

                // "los objetivos OEI.02, OEI.03 y OEI.05 alcanzó un 100%": the figure is stated for every code of the list.
                for (var k = beforeIndex - 1; k >= 0 && IsPlanCode(subject) && IsPlanCode(subjects[k].Name); k--)
                {
                    var gapStart = subjects[k].At + subjects[k].Length;
                    var gap = gapStart <= subjects[k + 1].At ? sentence[gapStart..subjects[k + 1].At] : "overlap";
                    if (!ListSeparator().IsMatch(gap))
                    {
                        break;
                    }

                    listed.Add((subjects[k].Name, period, number));
                }
            }
            else if (number.Role == ClaimRole.Count || reportWide)
            {
                subject = anaphoric ? context : null;
            }
            else
            {
                subject = context;
            }

            var group = groups.FindIndex(g => string.Equals(g.Subject, subject, StringComparison.Ordinal) && g.Period == period);
            if (group >= 0 && group == groups.Count - 1)
            {
                groups[group].Numbers.Add(number);
            }
            else
            {
                groups.Add((subject, period, [number]));
            }
        }

        foreach (var (subject, period, number) in listed.OrderBy(l => l.Subject, StringComparer.Ordinal))
        {
            claims.Add(new NarrativeClaim(sentence, subject, period, [number], source));
        }

        foreach (var (subject, period, list) in groups)
        {
            claims.Add(new NarrativeClaim(sentence, subject, period, list, source));
        }

        return named;
    }

    /// <summary>Gets a value indicating whether a "sentence" is a table row that the layout did not mark: mostly capitals or
    /// mostly figures.</summary>
    private static bool LooksLikeTableRow(string sentence)
    {
        var letters = 0;
        var upper = 0;
        var digits = 0;
        foreach (var ch in sentence.Replace("**", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsLetter(ch))
            {
                letters++;
                upper += char.IsUpper(ch) ? 1 : 0;
            }
            else if (char.IsDigit(ch))
            {
                digits++;
            }
        }

        return letters == 0 || upper > 0.8 * letters || digits > letters;
    }

    private static bool IsPlanCode(string? name)
        => name is not null && name.Length >= 6 && name[3] == '.' && (name.StartsWith("OE", StringComparison.Ordinal) || name.StartsWith("AE", StringComparison.Ordinal)) && !name.Contains(' ', StringComparison.Ordinal);

    /// <summary>Finds the subjects a sentence names, with where: codes, bold names, names after "El indicador es".</summary>
    private static List<(int At, int Length, string Name)> Subjects(string sentence)
    {
        var subjects = new List<(int At, int Length, string Name)>();
        foreach (Match match in CodeMention().Matches(sentence))
        {
            if (CeplanCode.TryRead(match.Value, out var code))
            {
                subjects.Add((match.Index, match.Length, code.Code));
            }
        }

        foreach (Match match in BoldName().Matches(sentence))
        {
            // "**Meta física:**" and "**01**" are labels, not indicator names.
            var raw = match.Groups["name"].Value.Trim();
            var label = raw.EndsWith(':') || sentence.AsSpan(match.Index + match.Length).TrimStart().StartsWith(":", StringComparison.Ordinal);
            var name = Clean(raw);

            // "OEI 01 **Garantizar la provisión ...**": a bold name right after a plan code is that code's own name, so the
            // code stays the subject of the figures that follow.
            var ownName = subjects.Any(s => s.At + s.Length <= match.Index && CodeThenName().IsMatch(sentence[(s.At + s.Length)..match.Index]));
            if (!label && !ownName && name.Length >= 8 && name.Count(c => c == ' ') >= 2 && !CodeMention().IsMatch(name))
            {
                subjects.Add((match.Index, match.Length, name));
            }
        }

        foreach (Match match in IndicatorIs().Matches(sentence))
        {
            subjects.Add((match.Index, match.Length, Clean(match.Groups["name"].Value)));
        }

        // 'El indicador “Tasa de deforestación anual” partía de ...': the name in quotation marks.
        foreach (Match match in IndicatorQuoted().Matches(sentence))
        {
            var name = Clean(match.Groups["name"].Value);
            if (name.Count(c => c == ' ') >= 1 && !CodeMention().IsMatch(name))
            {
                subjects.Add((match.Index, match.Length, name));
            }
        }

        // "la ejecución del indicador, Porcentaje de expedientes archivados, con una ejecución de 47.1%": the name set off by
        // commas, not in bold (bold names are found above).
        foreach (Match match in IndicatorBetweenCommas().Matches(sentence))
        {
            var name = Clean(match.Groups["name"].Value);
            if (name.Count(c => c == ' ') >= 2 && !CodeMention().IsMatch(name))
            {
                subjects.Add((match.Index, match.Length, name));
            }
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
            if (CaptionLabel.IsLabelNumber(sentence, match.Index))
            {
                // "Cuadro n.º 1 Objetivos Estratégicos Institucionales": the caption's number, not one objective.
                continue;
            }

            var digits = match.Groups["n"];
            var words = match.Groups["w"];
            decimal? wordsValue = null;
            string? wordsText = null;
            if (words.Success && AfterUnreadNumberWord(sentence, words.Index))
            {
                // "Treientos cincuenta y un (351)": the misspelt hundreds are not read, so the words read are only part of the
                // number; the digits still count.
                wordsText = null;
            }
            else if (words.Success)
            {
                // "cuatro OER y siete AER": the "y" joins two counts, it is not part of "siete".
                wordsText = LeadingY().Replace(words.Value.Trim(), string.Empty);
                if (SpanishNumberWords.TryParse(wordsText, out var parsed))
                {
                    wordsValue = parsed;
                }
                else if (!digits.Success)
                {
                    wordsText = null;
                }

                if (wordsText?.Length == 0)
                {
                    wordsText = null;
                }
            }

            ReportValue value;
            if (digits.Success)
            {
                value = PeruvianNumber.Parse(digits.Value, source with { Raw = match.Value.Trim() });
            }
            else if (wordsValue is { } fromWords && fromWords > 1)
            {
                // Words alone ("seis Objetivos") count; "un indicador" is an article, not a count.
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

    /// <summary>Gets a value indicating whether the words of a number follow a magnitude word that was not read as one
    /// (a misspelling such as <c>Treientos</c>), so that they are only the tail of the number.</summary>
    private static bool AfterUnreadNumberWord(string sentence, int at) => UnreadMagnitude().IsMatch(sentence[..at]);

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

    private static IEnumerable<(int At, ClaimNumber Number, Period? Period)> Figures(string sentence, Provenance source, List<(int Start, int End)> taken)
    {
        var matches = FigurePattern().Matches(sentence).ToList();
        var inRun = InRunsOfFigures(sentence, matches);
        (int End, ClaimRole Role)? previous = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (inRun[m] || taken.Any(t => match.Index < t.End && match.Index + match.Length > t.Start) || CaptionLabel.IsLabelNumber(sentence, match.Index))
            {
                continue;
            }

            var percent = match.Groups["pct"].Success;
            var unit = match.Groups["unit"].Success;
            var number = match.Groups["num"].Value;
            var role = RoleBefore(sentence, match.Index);
            if (percent && ShareOfTarget().IsMatch(sentence[(match.Index + match.Length)..]))
            {
                // "(91.41% del objetivo)": a share of the target is a progress, whatever cue ("la meta de empleo") stands before it.
                role = ClaimRole.Progress;
            }

            if (role is null && percent && previous is { } before && before.End <= match.Index && Ellipsis().IsMatch(sentence[before.End..match.Index]))
            {
                // "ha ejecutado 48%, mientras que para la Oficina de Informática el 60%": the second figure leaves out the verb.
                role = before.Role;
            }
            var bare = !percent && !unit;
            if (role is null || (number.StartsWith('-') && !percent) || (bare && (YearLike().IsMatch(number) || PartOf().IsMatch(sentence[..match.Index]) || OutOf().IsMatch(sentence[(match.Index + match.Length)..]))))
            {
                // "COVID -19", years and parts of a ratio ("(3 de 16 cuencas)") are not figures.
                continue;
            }

            if (role == ClaimRole.Progress && !percent && !ProgressLabel().IsMatch(sentence[..match.Index]))
            {
                // A progress is a percentage ("avance del 49.72%") or a labelled figure ("Avance semestral: 39.08"); "alcanzó 829
                // hectáreas" states an obtained quantity, and a bare number after "avance" may be anything.
                if (!unit)
                {
                    continue;
                }

                role = ClaimRole.Obtained;
            }

            var raw = match.Value.Trim();
            var value = PeruvianNumber.Parse(percent ? number + "%" : number, source with { Raw = raw });
            if (!value.HasValue)
            {
                continue;
            }

            previous = (match.Index + match.Length, role.Value);
            var after = sentence[(match.Index + match.Length)..];
            var year = YearAfter().Match(after);
            Period? period = year.Success ? new Period(int.Parse(year.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture)) : null;
            yield return (match.Index, new ClaimNumber(role.Value, value), period);
        }
    }

    /// <summary>Marks figures printed three or more in a row with only spaces between them: a table row read as text
    /// ("Porcentaje Programada 100% 60% 60%"), not a sentence's figures.</summary>
    private static bool[] InRunsOfFigures(string sentence, List<Match> matches)
    {
        var marks = new bool[matches.Count];
        var start = 0;
        for (var i = 1; i <= matches.Count; i++)
        {
            var joined = i < matches.Count && string.IsNullOrWhiteSpace(sentence[(matches[i - 1].Index + matches[i - 1].Length)..matches[i].Index]);
            if (!joined)
            {
                if (i - start >= 3)
                {
                    Array.Fill(marks, true, start, i - start);
                }

                start = i;
            }
        }

        return marks;
    }

    /// <summary>Finds the role cue nearest before a number, within its clause.</summary>
    /// <returns>The role; <see langword="null"/> for no cue or a threshold cue ("por debajo del 75%"). A bare <c>logro</c>
    /// ("presenta un logro de 1.63%") takes the cue before it ("se programó un logro" is expected), else is marked
    /// <see cref="BareLogro"/> for the sentence to decide.</returns>
    private static ClaimRole? RoleBefore(string sentence, int at)
    {
        var windowStart = Math.Max(0, at - 90);
        var window = TextFold.Fold(sentence[windowStart..at].Replace("**", string.Empty, StringComparison.Ordinal));

        // "una ejecución menor al esperado, con el 85%": a comparison closed by a comma qualifies the cue before it; it is
        // neither a threshold nor an expected value.
        window = ClosedComparison().Replace(window, m => new string(' ', m.Length));
        var cues = RoleCue().Matches(window).ToList();
        if (cues.Count == 0)
        {
            return null;
        }

        // A figure further than a clause (or a few words) away from its cue is not what the cue speaks of.
        var last = cues[^1];
        var between = window[last.Index..];
        if (between.Count(c => c == ',') > 1 || between.Contains(';', StringComparison.Ordinal) || between.Length - last.Length > 45)
        {
            return null;
        }

        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var cue = cues[i];
            if (cue.Groups["thr"].Success)
            {
                return null;
            }

            if (cue.Groups["exp"].Success)
            {
                return ClaimRole.Expected;
            }

            if (cue.Groups["prg"].Success)
            {
                return ClaimRole.Progress;
            }

            if (!cue.Value.StartsWith("LOGRO", StringComparison.Ordinal) || cue.Value.StartsWith("LOGRAD", StringComparison.Ordinal))
            {
                return ClaimRole.Obtained;
            }

            // A bare "logro": the cue before it decides, if it is close.
            if (i == 0 || cue.Index - (cues[i - 1].Index + cues[i - 1].Length) > 20)
            {
                return BareLogro;
            }
        }

        return BareLogro;
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

    [GeneratedRegex(@"(?<=^(?:OEI|OER)\s*[.\s]?\s*\d{1,2}\b.{3,250}?)(?:AEI|AER)\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAction();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)+\.?|[IVX]+\.|\d+\.)\s+[A-ZÁÉÍÓÚÑ]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"(?<![A-Za-z])(?:IND\.\d{1,2}\.)?(?:OEI|AEI|OER|AER)\s*[.\s]?\s*\d{1,2}(?:\s*\.\s*\d{1,2})?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeMention();

    [GeneratedRegex(@"\*\*(?<name>[^*]{3,300})\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();

    [GeneratedRegex(@"\b[Ee]l indicador (?:es|de medición es)\s+(?:el\s+|la\s+)?(?<name>[^,;]{8,300}?)\s*(?:,|;|\s+cuenta\b|\s+tiene\b)", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorIs();

    [GeneratedRegex(@"(?<![\w.,])(?<w>(?:(?:cero|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|\w+cientas|mil|y)\s+)+)\(\s*(?<n>\d{1,4})\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordsWithDigits();

    [GeneratedRegex(@"^[\s:.\-–]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeThenName();

    [GeneratedRegex(@"\b(?:MENOR|MAYOR|INFERIOR|SUPERIOR)\s+(?:AL|A LO|DE LO)\s+ESPERADO\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedComparison();

    [GeneratedRegex(@"^\s*,?\s*mientras\s+que\s+(?:para\s+)?(?:el|la|los|las)\s+[^,;%\d]{3,80}?\s+(?:el|con\s+el|con|un)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\w*(?:ientos|ientas|iento|mil|mill[oó]n|millones)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnreadMagnitude();

    [GeneratedRegex(@"\b[Ee]l indicador\s+[“""«](?<name>[^”""»]{8,300})[”""»]", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorQuoted();

    [GeneratedRegex(@"\b(?:del|su|el) indicador,\s+(?<name>[^,;*]{8,300}?),", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorBetweenCommas();

    [GeneratedRegex(@"^(?:indicador\s*:?\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorPrefix();

    [GeneratedRegex(@"^(?:Este|Esta|Dicho|Dicha|Dispone|Contiene|El\s+cual|La\s+cual)\b|\b(?:[eé]ste|[eé]sta|dich[oa])\s+(?:OEI|AEI|OER|AER|objetivo|acci[oó]n)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"(?<![\w.,])(?:(?<w>(?:(?:cero|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|\w+cientas|mil|y)\s+)+))?(?:\(\s*(?<n>\d{1,4})\s*\)|(?<n>\d{1,4}))?\s*(?<noun>(?:Objetivos?|Acci[oó]n(?:es)?)(?:\s+Estrat[eé]gic[oa]s?)?(?:\s+(?:Institucionales?|Regionales?))?(?:\s*\((?:OEI|AEI|OER|AER)\))?|OEI|AEI|OER|AER|indicadores?|AO|actividades\s+operativas|unidades\s+org[aá]nicas)(?!\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(?<![\w.,\-])(?<num>-?(?:\d{1,3}(?:[,']\d{3})+|\d+)(?:\.\d+)?)(?!\d|[.,']\d)(?:\s?(?<pct>%)|\s?(?<unit>km|kilómetros|m²|m2|metros|visitas|licencias|pobladores|instituciones|toneladas|tn|hectáreas|ha|personas|familias|soles|vías|capacitados|transportistas|empresas|negocios|evaluaciones|edificaciones)(?!\w))?(?!\s*(?:OEI|AEI|OER|AER|IND)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"(?<thr>META FISICA\s*:|DEBAJO|ENCIMA|RANGO|ENTRE|MAYOR|MENOR|SUPERAR|SUPERIOR|INFERIOR|HASTA|TRUNCAD|IGUAL|EQUIVALENTE|LINEA (?:DE )?BASE (?:FUE|ES|ERA)(?: DE)?|LINEA BASE|LINEA DE BASE|PARTIA|PARTIO|RESPECTO AL|RESPECTO A LA|(?:AL|LO) ESPERADO)|(?<exp>\bMETAS?\b|PROGRAMO|PROGRAMAD|LOGROS? ESPERADOS?|ESPERAD|PREVIST|PROYECTAD)|(?<obt>LOGRAD|LOGRO\b|OBTENID|OBTUVO|ALCANZANDO|ALCANZADO EL VALOR|VALOR ALCANZADO|VALOR DE|VALORES OBTENIDOS|REGISTRAD|REGISTRO UN|SE MANTIENE EN|SE MANTUVO EN|SE MANTUVIERON EN|FUERON|LLEGO A|DESCENDIO A|ASCENDIO A|AUMENTO A|DISMINUYO A|REDUJO A|REDUCIENDO|FUE DE)|(?<prg>AVANCE|EJECUCION|EJECUTAD|CUMPLIMIENTO|CUMPLIDO|CUMPLIO|ALCANZA\b|ALCANZO|DESEMPENO|INDICE DE GESTION)", RegexOptions.CultureInvariant)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"^\s*(?:,|y|e|,\s*y)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:y(?:\s+|$))+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingY();

    [GeneratedRegex(@"Avance[^:]{0,30}:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLike();

    // The second number of "3 de 16" (or one opened by a bracket); a cue's "metas de 2" is a figure.
    [GeneratedRegex(@"(?:\(|\d\s+de)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^\s*de\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"^\s*(?:del|de\s+la|de\s+lo)\s+(?:objetivo|meta|programad)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfTarget();

    [GeneratedRegex(@"^\s*(?:\(\s*(?<y>(?:19|20)\d{2})\s*\)|(?:en|para|al|del?)\s+(?:el\s+)?(?:a[ñn]o\s+)?(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(?<s>PRIMER|SEGUNDO|I|II|1ER|2DO)\s+SEMESTRE\s+(?:DEL?\s+(?:ANO\s+)?)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SemesterOf();

    [GeneratedRegex(@"\b(?:ANO|PERIODO|EJERCICIO|FINAL DEL?|AL|EN EL|DURANTE EL)\s+(?:ANO\s+|FISCAL\s+|DE\s+)?(?<y>(?:19|20)\d{2})\b(?!\s*-\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Text;

/// <summary>Reads a report's title and header block: entity, ubigeo, plan and evaluated period.</summary>
/// <remarks>
/// Header blocks print <c>key : value</c> pairs (<c>Periodo PEI : 2024 - 2027</c>, <c>Departamento : 04 - AREQUIPA</c>,
/// <c>Pliego : 112 - INSTITUTO GEOFISICO DEL PERU</c>), one or several per line; keys are matched without accents, spaces or
/// case, so letter-spaced print (<c>Sec tor</c>) reads too. Reports without such a block (Word documents) are read from
/// their title page: <c>300549: MUNICIPALIDAD PROVINCIAL DE CAJAMARCA</c>, <c>Correspondiente al año 2024</c>.
/// </remarks>
public static partial class HeaderReader
{
    /// <summary>How many content lines from the start the title and header block are looked for in.</summary>
    private const int HeaderLines = 80;

    private static readonly (string Squashed, string Field)[] Keys =
    [
        ("PERIODOPEI", "plan-pei"),
        ("PERIODOPDRC", "plan-pdrc"),
        ("NIVELDEGOBIERNO", "nivel"),
        ("DEPARTAMENTO", "departamento"),
        ("PROVINCIA", "provincia"),
        ("DISTRITO", "distrito"),
        ("UNIDADEJECUTORA", "ue"),
        ("EJECUTORA", "ue"),
        ("UE", "ue"),
        ("SECTOR", "sector"),
        ("PLIEGO", "pliego"),
        ("ANO", "year"),
        ("PERIODO", "year"),
    ];

    /// <summary>Reads the header of a report.</summary>
    /// <param name="text">The report's content text.</param>
    /// <returns>The header; members the report does not print are <see langword="null"/>.</returns>
    public static ReportHeader Read(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines.Take(HeaderLines).Select(l => Clean(l.Text)).ToList();
        var fields = new List<KeyValuePair<string, string>>();
        var byField = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var (key, field, value) in ReadPairs(line))
            {
                fields.Add(new KeyValuePair<string, string>(key, value));
                byField.TryAdd(field, value);
            }
        }

        var title = ReadTitle(text);
        var entity = ReadEntity(byField, lines);
        var plan = ReadPlan(byField, text);
        var period = ReadPeriod(byField, lines, title);
        byField.TryGetValue("sector", out var sector);
        return new ReportHeader(title, entity, plan, period, sector, fields);
    }

    /// <summary>Reads the evaluated period stated in a title or a line (<c>PRIMER SEMESTRE DE 2024</c> → <c>2024-S1</c>,
    /// <c>Periodos 2023-2024</c> → <c>2023-2024</c>, <c>Correspondiente al año 2024</c> → <c>2024</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> when the text states a period.</returns>
    public static bool TryReadPeriod(string? text, out Period period)
    {
        period = default;
        var folded = TextFold.Fold(text);
        if (folded.Length == 0)
        {
            return false;
        }

        var semester = Semester().Match(folded);
        if (semester.Success)
        {
            var which = semester.Groups["s"].Value is "PRIMER" or "I" or "1ER" or "1" or "1°" or "1ER." ? 1 : 2;
            period = new Period(Year(semester.Groups["y"].Value), which);
            return true;
        }

        var range = PeriodRange().Match(folded);
        if (range.Success)
        {
            period = new Period(Year(range.Groups["a"].Value), null, Year(range.Groups["b"].Value));
            return true;
        }

        var year = YearOf().Match(folded);
        if (year.Success)
        {
            period = new Period(Year(year.Groups["y"].Value));
            return true;
        }

        return false;
    }

    private static string Clean(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static IEnumerable<(string Key, string Field, string Value)> ReadPairs(string line)
    {
        var colons = new List<(int KeyStart, int Colon, string Key, string Field)>();
        for (var i = line.IndexOf(':', StringComparison.Ordinal); i >= 0; i = line.IndexOf(':', i + 1))
        {
            if (FindKey(line, i) is { } found && (colons.Count == 0 || found.KeyStart > colons[^1].Colon))
            {
                colons.Add((found.KeyStart, i, found.Key, found.Field));
            }
        }

        for (var k = 0; k < colons.Count; k++)
        {
            var end = k + 1 < colons.Count ? colons[k + 1].KeyStart : line.Length;
            var value = line[(colons[k].Colon + 1)..end].Trim();

            // The CEPLAN app's header strip separates its fields with bullets ("Pliego: 301777 - MUNICIPALIDAD ... • Estado:
            // Registrado"): a value ends at one.
            var bullet = value.IndexOf('•', StringComparison.Ordinal);
            value = bullet >= 0 ? value[..bullet].Trim() : value;
            if (value.Length > 0)
            {
                yield return (colons[k].Key, colons[k].Field, value);
            }
        }
    }

    /// <summary>Finds a known key ending just before a colon: the shortest run of words before it that squashes to a key.</summary>
    private static (int KeyStart, string Key, string Field)? FindKey(string line, int colon)
    {
        var before = line[..colon].TrimEnd();
        var start = before.Length;
        for (var words = 1; words <= 4 && start > 0; words++)
        {
            var space = before.LastIndexOf(' ', start - 1);
            start = space + 1;
            var candidate = before[start..];
            var squashed = TextFold.Squash(candidate);
            foreach (var (key, field) in Keys)
            {
                if (squashed == key)
                {
                    return (start, candidate, field);
                }
            }

            if (space < 0)
            {
                break;
            }

            start = space;
        }

        return null;
    }

    private static string? ReadTitle(ReportText text)
    {
        var paragraphs = text.Paragraphs.Take(HeaderLines).ToList();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var clean = Clean(paragraph.Text);
            var squashed = AnnexPrefix().Replace(TextFold.Squash(clean), string.Empty);
            if (clean.Length is < 12 or > 400 || paragraph.Lines[0].Tabular)
            {
                continue;
            }

            if (squashed.StartsWith("REPORTEDESEGUIMIENTO", StringComparison.Ordinal) || squashed.StartsWith("SEGUIMIENTODELPLAN", StringComparison.Ordinal)
                || squashed.StartsWith("INFORMEDEEVALUACION", StringComparison.Ordinal) || squashed.StartsWith("REPORTEDEEVALUACION", StringComparison.Ordinal)
                || squashed.StartsWith("EVALUACIONDEL", StringComparison.Ordinal) || squashed.StartsWith("EVALUACIONDEIMPLEMENTACION", StringComparison.Ordinal))
            {
                return clean + TitleContinuation(paragraphs, index);
            }
        }

        return null;
    }

    /// <summary>Gets the lines that go on a title printed as separate lines (a cover page): single lines in the same font
    /// just below, up to a date line (<c>Octubre, 2025</c>) or a gap.</summary>
    private static string TitleContinuation(List<ReportParagraph> paragraphs, int index)
    {
        var builder = new System.Text.StringBuilder();
        var previous = paragraphs[index].Lines[^1];
        for (var i = index + 1; i < paragraphs.Count && i <= index + 4; i++)
        {
            var next = paragraphs[i];
            var line = next.Lines[0];
            var gap = line.Box.Top - previous.Box.Bottom;
            if (next.Lines.Count > 1 || line.Page != previous.Page || CaseStyle(line.Text) * CaseStyle(paragraphs[index].Text) < 0 || line.Tabular || gap > 1.5 * Math.Max(previous.Box.Height, 4)
                || Math.Abs(line.FontSize - previous.FontSize) > 0.5 || DateLine().IsMatch(TextFold.Fold(line.Text)) || line.Text.Contains(':', StringComparison.Ordinal))
            {
                break;
            }

            builder.Append(' ').Append(Clean(line.Text));
            previous = line;
        }

        return builder.ToString();
    }

    /// <summary>Gets 1 for text in capitals, -1 for mixed case, 0 for text without letters.</summary>
    private static int CaseStyle(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count == 0 ? 0 : letters.All(char.IsUpper) ? 1 : -1;
    }

    private static EntityInfo? ReadEntity(Dictionary<string, string> fields, List<string> lines)
    {
        fields.TryGetValue("nivel", out var nivel);
        var departamento = fields.TryGetValue("departamento", out var d) ? ToPlace(d) : null;
        var provincia = fields.TryGetValue("provincia", out var p) ? ToPlace(p) : null;
        var distrito = fields.TryGetValue("distrito", out var s) ? ToPlace(s) : null;
        if ((fields.TryGetValue("ue", out var ue) || fields.TryGetValue("pliego", out ue)) && ToCoded(ue) is { } coded)
        {
            return new EntityInfo(coded.Code, coded.Name, nivel, departamento, provincia, distrito);
        }

        foreach (var line in lines)
        {
            var match = CodedEntityLine().Match(line);
            if (match.Success)
            {
                return new EntityInfo(match.Groups["code"].Value, match.Groups["name"].Value.Trim(), nivel, departamento, provincia, distrito);
            }
        }

        foreach (var line in lines.Take(20))
        {
            if (EntityName().IsMatch(TextFold.Fold(line)) && line.Length <= 120)
            {
                return new EntityInfo(null, line.Trim(), nivel, departamento, provincia, distrito);
            }
        }

        return nivel is null && departamento is null ? null : new EntityInfo(null, string.Empty, nivel, departamento, provincia, distrito);
    }

    private static Place? ToPlace(string value)
    {
        var coded = ToCoded(value);
        return coded is null ? null : new Place(coded.Value.Code, coded.Value.Name);
    }

    /// <summary>Splits <c>300359 - MUNICIPALIDAD ...</c>, <c>001 INSTITUTO ... [000084]</c> or a bare name into code and name.</summary>
    private static (string? Code, string Name)? ToCoded(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var bracket = BracketCode().Match(trimmed);
        if (bracket.Success)
        {
            var name = CodePrefix().Replace(trimmed[..bracket.Index], string.Empty).Trim();
            return (bracket.Groups["code"].Value, name);
        }

        var match = CodePrefix().Match(trimmed);
        return match.Success ? (match.Groups["code"].Value, trimmed[match.Length..].Trim()) : (null, trimmed);
    }

    private static PlanInfo? ReadPlan(Dictionary<string, string> fields, ReportText text)
    {
        foreach (var (field, type) in new[] { ("plan-pei", "PEI"), ("plan-pdrc", "PDRC") })
        {
            if (fields.TryGetValue(field, out var value))
            {
                var range = YearRange().Match(value);
                return range.Success
                    ? new PlanInfo(type, Year(range.Groups["a"].Value), Year(range.Groups["b"].Value), value.Trim())
                    : new PlanInfo(type, null, null, value.Trim());
            }
        }

        // Word reports name the plan in running text; the most printed mention wins, so a title typo ("PDRC al 2030" in a
        // report that says "PDRC Cajamarca 2033" throughout) does not decide.
        var mentions = new List<PlanInfo>();
        var sources = text.Paragraphs.Take(400).Select(p => Clean(p.Text)).ToList();
        foreach (var source in sources)
        {
            foreach (Match match in PlanMention().Matches(TextFold.Fold(source)))
            {
                var type = match.Groups["type"].Value;
                type = type.StartsWith("PLAN DE DESARROLLO", StringComparison.Ordinal) ? "PDRC"
                    : type.StartsWith("PLAN ESTRATEGICO", StringComparison.Ordinal) ? "PEI" : type;
                int? start = match.Groups["a"].Success ? Year(match.Groups["a"].Value) : null;
                mentions.Add(new PlanInfo(type, start, Year(match.Groups["b"].Value), match.Value.Trim()));
            }
        }

        return mentions
            .GroupBy(m => (m.Type, m.StartYear, m.EndYear))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => mentions.IndexOf(g.First()))
            .Select(g => g.First())
            .FirstOrDefault();
    }

    private static Period? ReadPeriod(Dictionary<string, string> fields, List<string> lines, string? title)
    {
        if (title is not null && TryReadPeriodOfTitle(title, out var fromTitle))
        {
            return fromTitle;
        }

        if (fields.TryGetValue("year", out var yearField) && YearOnly().Match(yearField) is { Success: true } y)
        {
            return new Period(Year(y.Groups["y"].Value));
        }

        foreach (var line in lines)
        {
            var folded = TextFold.Fold(line);
            if (Correspondiente().IsMatch(folded) && TryReadPeriod(folded, out var period))
            {
                return period;
            }
        }

        return null;
    }

    private static bool TryReadPeriodOfTitle(string title, out Period period)
    {
        period = default;
        var folded = TextFold.Fold(title);

        // The plan's own span ("PEI 2017-2019", "PDRC al 2033") is not the evaluated period: take it out first.
        var withoutPlan = PlanMention().Replace(folded, " ");
        var match = Semester().Match(withoutPlan);
        if (match.Success || PeriodRange().IsMatch(withoutPlan))
        {
            return TryReadPeriod(withoutPlan, out period);
        }

        var year = TitleYear().Match(withoutPlan);
        if (year.Success)
        {
            period = new Period(Year(year.Groups["y"].Value));
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<s>PRIMER|SEGUNDO|1ER\.?|2DO\.?|I|II|1|2|1°|2°)\s+SEMESTRE\s+(?:DEL?\s+(?:ANO\s+)?|,\s*)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Semester();

    [GeneratedRegex(@"\bPERIODOS?\s*:?\s*(?<a>(?:19|20)\d{2})\s*[-/]\s*(?<b>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRange();

    [GeneratedRegex(@"\b(?:ANO|ANO FISCAL|PERIODO|EJERCICIO|CORRESPONDIENTE AL ANO|CORRESPONDIENTE AL)\s*(?:-|:)?\s*(?:FISCAL\s+)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOf();

    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d{2})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^CORRESPONDIENTE|^PERIODO\s*-?\s*ANO|^ANO\s+(?:FISCAL\s+)?(?:19|20)\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Correspondiente();

    [GeneratedRegex(@"(?<type>PEI|PDRC|PESEM|PLAN ESTRATEGICO INSTITUCIONAL|PLAN DE DESARROLLO REGIONAL CONCERTADO)\)?\s*-?\s*(?:(?<a>20\d{2})\s*-\s*(?<b>20\d{2})|AL\s+(?<b>20\d{2})|(?!ANO\b|DEL?\b|EN\b|PARA\b|FISCAL\b)[A-Z]+\s+(?:AL\s+)?(?<b>20\d{2})(?!\s*-\s*\d))", RegexOptions.CultureInvariant)]
    private static partial Regex PlanMention();

    [GeneratedRegex(@"^(?:LIMA|[A-Z]+,\s*)?(?:\d{1,2}\s+DE\s+)?(?:ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SETIEMBRE|SEPTIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^ANEXO(?:N?[A-Z]?\d{1,2})?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPrefix();

    [GeneratedRegex(@"(?<a>(?:19|20)\d{2})\s*[-–]\s*(?<b>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<code>\d{6})\s*[:\-–]\s*(?<name>[^\d].{3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodedEntityLine();

    [GeneratedRegex(@"^(?:MUNICIPALIDAD|GOBIERNO REGIONAL|INSTITUTO|MINISTERIO|SUPERINTENDENCIA|SERVICIO|PROGRAMA|ORGANISMO|UNIVERSIDAD|HOSPITAL|DIRECCION REGIONAL|SAT\b|AUTORIDAD)", RegexOptions.CultureInvariant)]
    private static partial Regex EntityName();

    [GeneratedRegex(@"\[(?<code>\d{3,8})\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketCode();

    [GeneratedRegex(@"^(?<code>\d{2,8})\s*(?:-|–|:)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CodePrefix();
}

using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>What the table layer of a report yields: elements, indicators, figure and summary tables, stated figures and problems.</summary>
/// <param name="Objectives">The objectives.</param>
/// <param name="Actions">The actions.</param>
/// <param name="Indicators">The indicators.</param>
/// <param name="FigureTables">The figure tables.</param>
/// <param name="Summaries">The summary count tables.</param>
/// <param name="StatedFigures">The report-level stated figures.</param>
/// <param name="Problems">What could not be read.</param>
/// <param name="Outcomes">Per logical table id: the profile table it matched (<see langword="null"/> for none) and whether reading it added anything to the model.</param>
/// <param name="RulesRead">The names of the profile tables that added something to the model.</param>
public sealed record ParsedTables(
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<StrategicAction> Actions,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<FigureTable> FigureTables,
    IReadOnlyList<SummaryTable> Summaries,
    IReadOnlyList<StatedFigure> StatedFigures,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, TableOutcome> Outcomes,
    IReadOnlySet<string> RulesRead);

/// <summary>What became of one logical table.</summary>
/// <param name="Rule">The name of the profile table it matched; <see langword="null"/> when it matched none.</param>
/// <param name="Yielded"><see langword="true"/> when reading it added an element, indicator, row or figure to the model.</param>
public readonly record struct TableOutcome(string? Rule, bool Yielded);

/// <summary>Reads a report's logical tables with the table rules of its kind's profile.</summary>
public static class ReportParser
{
    /// <summary>Reads the tables of a report.</summary>
    /// <param name="pages">The report's pages, in order from page 1 (their text lines give captions, headings and stated figures).</param>
    /// <param name="tables">The report's logical tables.</param>
    /// <param name="rules">The table rules of the report's kind.</param>
    /// <param name="evaluated">The evaluated period, when known (columns that print no period mean it).</param>
    /// <returns>What was read.</returns>
    public static ParsedTables Parse(IReadOnlyList<PageContent> pages, IReadOnlyList<LogicalTable> tables, IReadOnlyList<TableRule> rules, Period? evaluated)
    {
        var context = new ParseContext(pages, tables, evaluated);
        var outcomes = new Dictionary<string, TableOutcome>(StringComparer.Ordinal);
        var rulesRead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rule = Select(table, rules);
            outcomes[table.Id] = new TableOutcome(rule?.Name, false);
            if (rule is null)
            {
                if (table.Rows.Count > 0 && table.Columns.Count > 1)
                {
                    context.Problems.Add($"{table.Id}: no profile table matches (header \"{ParseContext.HeaderText(table)}\", {table.Rows.Count} rows); not read");
                }

                continue;
            }

            var before = context.Yield;
            var columns = rule.Reader == TableReaderKind.Summary ? [] : ColumnMap.Map(table, rule, evaluated, context.Problems);
            switch (rule.Reader)
            {
                case TableReaderKind.Indicators:
                    IndicatorTableReader.Read(table, columns, context);
                    break;
                case TableReaderKind.Elements:
                    ElementTableReader.Read(table, columns, context);
                    break;
                case TableReaderKind.Summary:
                    SummaryTableReader.Read(table, rule, context);
                    break;
                case TableReaderKind.Figures:
                    FigureTableReader.Read(table, rule, columns, context);
                    break;
            }

            if (context.Yield > before)
            {
                outcomes[table.Id] = new TableOutcome(rule.Name, true);
                rulesRead.Add(rule.Name);
            }
        }

        foreach (var rule in rules.Where(r => r.Reader == TableReaderKind.PoiSeguimiento))
        {
            var before = context.Yield;
            PoiSeguimientoReader.Read(rule, context);
            if (context.Yield > before)
            {
                rulesRead.Add(rule.Name);
            }
        }

        AddParents(context);
        AddTextAverages(context);
        AddTextManagementIndex(context);
        return new ParsedTables(context.Objectives, context.Actions, context.Indicators, context.FigureTables, context.Summaries, context.StatedFigures, context.Problems, outcomes, rulesRead);
    }

    /// <summary>Finds the rule a table matches: positional rules for headerless tables, header rules otherwise.</summary>
    internal static TableRule? Select(LogicalTable table, IReadOnlyList<TableRule> rules)
    {
        var headerless = table.Columns.All(c => c.Path.Count == 0);
        if (headerless)
        {
            var first = table.Rows.Count > 0 ? ParseContext.OneLine(table.Rows[0].TextAt(0)) : string.Empty;
            var startsWithCode = CeplanCode.TryRead(first, out var code) && first.StartsWith(code.Raw, StringComparison.Ordinal);
            return startsWithCode ? rules.FirstOrDefault(r => r.Positional.Count == table.Columns.Count) : null;
        }

        var header = HeaderText.Singular(HeaderText.Normalise(string.Join(" | ", table.Columns.Select(c => string.Join(' ', c.Path)))));
        foreach (var rule in rules)
        {
            if (rule.Positional.Count > 0 || rule.Reader == TableReaderKind.PoiSeguimiento)
            {
                continue;
            }

            var all = rule.All.All(p => header.Contains(HeaderText.ProfilePhrase(p).Singular, StringComparison.Ordinal));
            var any = rule.Any.Count == 0 || rule.Any.Any(p => header.Contains(HeaderText.ProfilePhrase(p).Singular, StringComparison.Ordinal));
            var none = !rule.None.Any(p => header.Contains(HeaderText.ProfilePhrase(p).Singular, StringComparison.Ordinal));
            if (all && any && none && (table.Rows.Count > 0 || rule.AllowEmpty))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Adds the objectives and actions that indicators and actions name as parents but no table listed, named by their heading in the text.</summary>
    private static void AddParents(ParseContext context)
    {
        var headings = Headings(context);
        foreach (var indicator in context.Indicators.ToList())
        {
            if (!CeplanCode.TryRead(indicator.ParentCode, out var parent))
            {
                continue;
            }

            if (parent.IsAction && !context.HasAction(parent.Code))
            {
                var (name, source) = headings.GetValueOrDefault(parent.Code, (string.Empty, indicator.Source));
                context.AddAction(new StrategicAction(parent.Code, parent.ParentCode ?? string.Empty, name, null, [], source));
            }
            else if (parent.IsObjective && !context.HasObjective(parent.Code))
            {
                var (name, source) = headings.GetValueOrDefault(parent.Code, (string.Empty, indicator.Source));
                context.AddObjective(new Objective(parent.Code, name, null, [], source));
            }
        }

        foreach (var action in context.Actions.ToList())
        {
            if (action.ObjectiveCode.Length > 0 && !context.HasObjective(action.ObjectiveCode) && headings.TryGetValue(action.ObjectiveCode, out var heading))
            {
                context.AddObjective(new Objective(action.ObjectiveCode, heading.Name, null, [], heading.Source));
            }
        }
    }

    /// <summary>Finds headings in running text: a line that starts with an objective or action code followed by its name.</summary>
    private static Dictionary<string, (string Name, Provenance Source)> Headings(ParseContext context)
    {
        var headings = new Dictionary<string, (string, Provenance)>(StringComparer.Ordinal);
        for (var page = 1; page <= context.Pages.Count; page++)
        {
            var lines = context.TextLines(page);
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                if (!CeplanCode.TryRead(text, out var code) || code.IsIndicator || !text.StartsWith(code.Raw, StringComparison.Ordinal) || headings.ContainsKey(code.Code))
                {
                    continue;
                }

                var name = text[code.Raw.Length..].TrimStart('.', ':', ' ');

                // The web-app report heads an action block with its objective's code first: "OEI.01  AEI.01.01 NAME".
                if (CeplanCode.TryRead(name, out var inner) && !inner.IsIndicator && name.StartsWith(inner.Raw, StringComparison.Ordinal))
                {
                    code = inner;
                    name = name[inner.Raw.Length..].TrimStart('.', ':', ' ');
                    if (headings.ContainsKey(code.Code))
                    {
                        continue;
                    }
                }

                // A heading names the element with a capital ("OER.02. Reducir ..."); a wrapped line of running text that
                // happens to start with a code goes on in lower case or with a bracket ("OER.02 sobre reducción ...").
                if (name.Length < 10 || name.Split(' ').Length < 3 || !char.IsUpper(name[0]))
                {
                    continue;
                }

                name = WithWrappedLines(name, lines, i);
                headings[code.Code] = (IndicatorTableReader.SplitPriority(name).Name, new Provenance(page, lines[i].Box, null, null, null, text));
            }
        }

        return headings;
    }

    /// <summary>
    /// Joins the lines a long heading wraps onto ("AER 09.01 Promover ... en el departamento de" / "Cajamarca"): the next lines
    /// set at the heading's left edge with no more than the line spacing between them, up to two, none starting with a code.
    /// The paragraph after a heading is set apart by a wider gap, so it is not taken.
    /// </summary>
    private static string WithWrappedLines(string name, IReadOnlyList<TextLine> lines, int at)
    {
        var taken = new List<string>();
        var last = lines[at];
        for (var next = at + 1; next < lines.Count; next++)
        {
            var line = lines[next];
            var gap = line.Box.Top - last.Box.Bottom;
            var tight = gap >= 0 && gap <= last.Box.Height * 0.25
                && Math.Abs(line.Box.Left - lines[at].Box.Left) < 1.0 && Math.Abs(line.Box.Height - last.Box.Height) < 0.5;
            if (!tight)
            {
                break;
            }

            // More than two wrapped lines, or a code opening the next line, is running text, not a heading.
            if (taken.Count == 2 || (CeplanCode.TryRead(line.Text, out var code) && line.Text.StartsWith(code.Raw, StringComparison.Ordinal)))
            {
                return name;
            }

            taken.Add(line.Text.Trim());
            last = line;
        }

        return taken.Count == 0 ? name : name + " " + string.Join(' ', taken);
    }

    /// <summary>Reads "Índice de Gestión Institucional (IGI): 87.6%" printed as running text (the CEPLAN app's POI evaluation),
    /// when no table row states it: the percentage printed after the words on the same line.</summary>
    private static void AddTextManagementIndex(ParseContext context)
    {
        if (context.StatedFigures.Any(f => f.Kind == StatedFigureKind.ManagementIndex))
        {
            return;
        }

        for (var page = 1; page <= context.Pages.Count; page++)
        {
            foreach (var line in context.Pages[page - 1].Lines)
            {
                var normal = HeaderText.Normalise(line.Text);
                if (!normal.Contains("indice de gestion institucional", StringComparison.Ordinal))
                {
                    continue;
                }

                var after = line.Words.SkipWhile(w => !HeaderText.Normalise(w.Text).Contains("institucional", StringComparison.Ordinal)).Skip(1);
                var word = after.FirstOrDefault(w => w.Text.Contains('%', StringComparison.Ordinal) && PeruvianNumber.Parse(w.Text).HasValue);
                if (word is null)
                {
                    continue;
                }

                var value = PeruvianNumber.Parse(word.Text, new Provenance(page, word.Box, null, null, null, word.Text));
                var label = line.Text.Replace("**", string.Empty, StringComparison.Ordinal);
                var end = label.IndexOf(':', StringComparison.Ordinal);
                context.StatedFigures.Add(new StatedFigure(StatedFigureKind.ManagementIndex, (end > 0 ? label[..end] : label).Trim(), "OEI", context.Evaluated, value));
                return;
            }
        }
    }

    /// <summary>Reads "Avance promedio de AEI: 50.68" printed as running text.</summary>
    private static void AddTextAverages(ParseContext context)
    {
        if (context.StatedFigures.Any(f => f.Kind == StatedFigureKind.ReportAverage))
        {
            return;
        }

        for (var page = 1; page <= context.Pages.Count; page++)
        {
            var lines = context.Pages[page - 1].Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i].Text;
                var at = HeaderText.Normalise(text).IndexOf("avance promedio de aei", StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                foreach (var candidate in new[] { lines[i] }.Concat(lines.Skip(i + 1).Take(2)))
                {
                    var word = candidate.Words.LastOrDefault(w => PeruvianNumber.Parse(w.Text).HasValue);
                    if (word is not null)
                    {
                        var value = PeruvianNumber.Parse(word.Text, new Provenance(page, word.Box, null, null, null, word.Text));
                        context.StatedFigures.Add(new StatedFigure(StatedFigureKind.ReportAverage, text.Trim(), "AEI", context.Evaluated, value));
                        return;
                    }
                }
            }
        }
    }
}

using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>What the table readers of one report collect, and the page text they look around tables in.</summary>
internal sealed class ParseContext
{
    private readonly Dictionary<string, int> objectiveAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> actionAt = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<LogicalTable> tables;

    public ParseContext(IReadOnlyList<PageContent> pages, IReadOnlyList<LogicalTable> tables, Period? evaluated)
    {
        Pages = pages;
        this.tables = tables;
        Evaluated = evaluated;
    }

    public IReadOnlyList<PageContent> Pages { get; }

    public Period? Evaluated { get; }

    public List<Objective> Objectives { get; } = [];

    public List<StrategicAction> Actions { get; } = [];

    public List<Indicator> Indicators { get; } = [];

    public List<FigureTable> FigureTables { get; } = [];

    public List<SummaryTable> Summaries { get; } = [];

    public List<StatedFigure> StatedFigures { get; } = [];

    public List<string> Problems { get; } = [];

    /// <summary>Gets a count that grows whenever a reader adds to the model (an element, an avance, an indicator, a row, a table, a figure).</summary>
    public int Yield
        => Objectives.Count + Actions.Count + Objectives.Sum(o => o.StatedProgress.Count) + Actions.Sum(a => a.StatedProgress.Count)
            + Indicators.Count + FigureTables.Sum(t => t.Rows.Count) + Summaries.Sum(s => s.Rows.Count) + StatedFigures.Count;

    /// <summary>Gets the provenance of a cell of a table row.</summary>
    public static Provenance Source(LogicalTable table, int rowIndex, int? column)
    {
        var row = table.Rows[rowIndex];
        var cell = column is { } c && c < row.Cells.Count ? row.Cells[c] : null;
        return new Provenance(row.Page, cell?.Box ?? row.Box, table.Id, rowIndex, column, column is { } k ? row.TextAt(k) : RowText(row));
    }

    /// <summary>Gets a row's cell texts joined by tabs.</summary>
    public static string RowText(TableRow row) => string.Join('\t', row.Cells.Select(c => OneLine(c?.Text)));

    /// <summary>Gets a table's header as read, for messages: the non-empty column paths, each on one line, joined with <c> | </c>.</summary>
    public static string HeaderText(LogicalTable table)
        => string.Join(" | ", table.Columns.Select(c => OneLine(c.Name)).Where(n => n.Length > 0));

    /// <summary>Joins a cell's lines with spaces; a plan code a narrow column cut at the line end (<c>IND.01.AEI.0</c> /
    /// <c>1.01</c>, <c>IND.01.A</c> / <c>EI.01.01</c>) is joined without one.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            return lines.Length == 0 ? string.Empty : lines[0];
        }

        var joined = new System.Text.StringBuilder(lines[0]);
        var last = lines[0];
        for (var i = 1; i < lines.Length; i++)
        {
            var cut = CeplanCode.IsCut(last, lines[i]);
            joined.Append(cut ? string.Empty : " ").Append(lines[i]);
            last = cut ? last + lines[i] : lines[i];
        }

        return joined.ToString();
    }

    /// <summary>Adds an objective, or adds the stated progress to the one already read.</summary>
    public void AddObjective(Objective objective)
        => AddOrMerge(Objectives, objectiveAt, objective.Code, objective, static (known, more) => known with
        {
            Name = known.Name.Length > 0 ? known.Name : more.Name,
            Priority = known.Priority ?? more.Priority,
            StatedProgress = [.. known.StatedProgress, .. more.StatedProgress],
        });

    /// <summary>Adds an action, or adds the stated progress to the one already read.</summary>
    public void AddAction(StrategicAction action)
        => AddOrMerge(Actions, actionAt, action.Code, action, static (known, more) => known with
        {
            Name = known.Name.Length > 0 ? known.Name : more.Name,
            Priority = known.Priority ?? more.Priority,
            StatedProgress = [.. known.StatedProgress, .. more.StatedProgress],
        });

    /// <summary>An element printed in several places (a list, a table, a summary) is one element: the first printing keeps its place.</summary>
    private static void AddOrMerge<T>(List<T> items, Dictionary<string, int> indexByCode, string code, T item, Func<T, T, T> merge)
    {
        if (indexByCode.TryGetValue(code, out var at))
        {
            items[at] = merge(items[at], item);
            return;
        }

        indexByCode[code] = items.Count;
        items.Add(item);
    }

    /// <summary>Gets whether an action was read.</summary>
    public bool HasAction(string code) => actionAt.ContainsKey(code);

    /// <summary>Gets whether an objective was read.</summary>
    public bool HasObjective(string code) => objectiveAt.ContainsKey(code);

    /// <summary>Gets the text lines printed just above a table (nearest last), after any table above it on the page.</summary>
    public IReadOnlyList<TextLine> LinesAbove(LogicalTable table, int maxLines)
    {
        if (table.Parts.Count == 0)
        {
            return [];
        }

        var first = table.Parts[0];
        var floor = tables.SelectMany(t => t.Parts).Where(p => p.Page == first.Page && p.Box.Bottom <= first.Box.Top + 1).Select(p => p.Box.Bottom).DefaultIfEmpty(0).Max();
        var lines = PageLines(first.Page).Where(l => l.Box.Bottom <= first.Box.Top + 1 && l.Box.Top >= floor - 1).ToList();
        return lines.Skip(Math.Max(0, lines.Count - maxLines)).ToList();
    }

    /// <summary>Gets the text lines printed just below a table, before the next table on the page.</summary>
    public IReadOnlyList<TextLine> LinesBelow(LogicalTable table, int maxLines)
    {
        if (table.Parts.Count == 0)
        {
            return [];
        }

        var last = table.Parts[^1];
        var ceiling = tables.SelectMany(t => t.Parts).Where(p => p.Page == last.Page && p.Box.Top >= last.Box.Bottom - 1).Select(p => p.Box.Top).DefaultIfEmpty(double.MaxValue).Min();
        return PageLines(last.Page).Where(l => l.Box.Top >= last.Box.Bottom - 1 && l.Box.Bottom <= ceiling + 1).Take(maxLines).ToList();
    }

    /// <summary>Gets the lines of a page that lie outside every table.</summary>
    public IReadOnlyList<TextLine> TextLines(int page)
    {
        var boxes = tables.SelectMany(t => t.Parts).Where(p => p.Page == page).Select(p => p.Box).ToList();
        return PageLines(page).Where(l => !boxes.Any(b => l.Box.CenterY > b.Top && l.Box.CenterY < b.Bottom && l.Box.CenterX > b.Left && l.Box.CenterX < b.Right)).ToList();
    }

    /// <summary>Finds the first plan code in lines, searching from the last line up.</summary>
    public static CeplanCode? LastCode(IReadOnlyList<TextLine> lines, Func<CeplanCode, bool> accept)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            foreach (var code in CeplanCode.ReadAll(lines[i].Text).Reverse())
            {
                if (accept(code))
                {
                    return code;
                }
            }
        }

        return null;
    }

    private IReadOnlyList<TextLine> PageLines(int page)
        => page >= 1 && page <= Pages.Count ? Pages[page - 1].Lines : [];
}

namespace Ingest.Tables.Logical;

/// <summary>Decides whether a table continues the logical table whose last part is on the page before.</summary>
internal static class Continuation
{
    /// <summary>How far a column may move between pages and still be the same column, in points.</summary>
    private const double ColumnTolerance = 6;

    /// <summary>The share of the page height at its top and bottom where running heads, footers and page numbers are.</summary>
    private const double Margin = 0.1;

    public static bool Continues(Part first, Part last, Part next, IReadOnlyDictionary<int, PageContent> pages)
    {
        if (next.Table.Page != last.Table.Page + 1 || !last.IsLastOnPage || next.OrderOnPage != 1 || next.Table.ColumnCount != first.Table.ColumnCount)
        {
            return false;
        }

        if (!SameColumns(first.ColumnEdges(), next.ColumnEdges()) || EndsWithTotal(last))
        {
            return false;
        }

        if (!next.ContinuesHeaderOf(first))
        {
            return false;
        }

        if (pages.TryGetValue(last.Table.Page, out var lastPage) && HasText(lastPage, below: last.Table.Box.Bottom))
        {
            return false;
        }

        return !pages.TryGetValue(next.Table.Page, out var nextPage) || !HasText(nextPage, above: next.Table.Box.Top);
    }

    /// <summary>
    /// Gets the part that continues a text-aligned table right below its last part on the same page: the block finder cut
    /// the table where a shaded row or a gap left more space than between lines. The next part has no header of its own,
    /// the last part does not end with a total, no line of text stands between them, and the next part's text lies on the
    /// first part's columns (read again on them when it found fewer).
    /// </summary>
    /// <returns>The part, read on the first part's columns when needed, or <see langword="null"/> when it does not continue.</returns>
    public static Part? OnSamePage(Part first, Part last, Part next, IReadOnlyDictionary<int, PageContent> pages)
    {
        if (first.Table.Mode != TableMode.Stream || next.Table.Mode != TableMode.Stream || last.Table.Mode != TableMode.Stream
            || next.Table.Page != last.Table.Page || next.OrderOnPage != last.OrderOnPage + 1 || first.Header.Count == 0
            || (next.Header.Count > 0 && !next.HeaderIsKeyless) || EndsWithTotal(last) || !pages.TryGetValue(next.Table.Page, out var page)
            || next.Table.ColumnCount > first.Table.ColumnCount || HasTextBetween(page, last.Table.Box.Bottom, next.Table.Box.Top))
        {
            return null;
        }

        if (next.Table.ColumnCount == first.Table.ColumnCount && SameColumns(first.ColumnEdges(), next.ColumnEdges()))
        {
            return next;
        }

        return FallsInside(next.ColumnEdges(), first.ColumnEdges()) && ReadOnColumnsOf(first, page, next.Table) is { } table
            ? Part.Read(table, page, next.OrderOnPage, next.IsLastOnPage)
            : null;
    }

    private static bool HasTextBetween(PageContent page, double top, double bottom)
        => page.Lines.Any(l => l.Box.Top > top + 1 && l.Box.Bottom < bottom - 1);

    /// <summary>
    /// Reads again, on the columns of a logical table's first part, a text-aligned table that opens the next page with
    /// fewer columns than it: a few rows left at the top of a page leave some of the table's columns empty, so the
    /// columns found from their text alone are fewer. Only after a part ending with a data row, when every column found there lies inside one of the first
    /// part's columns, in the same order, and the cells read again hold the same texts (none cut or joined); the caller
    /// still decides with <see cref="Continues"/> whether the part read again continues the table.
    /// </summary>
    /// <returns>The part read on the first part's columns, or <see langword="null"/> when it does not apply.</returns>
    public static Part? OnColumnsOf(Part first, Part last, Part next, IReadOnlyDictionary<int, PageContent> pages)
    {
        if (first.Table.Mode != TableMode.Stream || next.Table.Mode != TableMode.Stream || next.Table.Page != last.Table.Page + 1
            || next.OrderOnPage != 1 || next.Table.ColumnCount >= first.Table.ColumnCount || !last.EndsWithDataRow || !pages.TryGetValue(next.Table.Page, out var page))
        {
            return null;
        }

        return FallsInside(next.ColumnEdges(), first.ColumnEdges()) && ReadOnColumnsOf(first, page, next.Table) is { } table
            ? Part.Read(table, page, next.OrderOnPage, next.IsLastOnPage)
            : null;
    }

    /// <summary>
    /// Reads the text of a table again on the columns of a logical table's first part, across the first part's whole
    /// width so that the cells get its columns' edges; the columns right of the last one holding text are empty.
    /// </summary>
    /// <returns>The table read again, or <see langword="null"/> when it is not one table holding the same cell texts
    /// (none cut or joined), or the first part has a column without an edge.</returns>
    public static Table? ReadOnColumnsOf(Part first, PageContent page, Table table)
    {
        var edges = first.ColumnEdges();
        if (edges.Any(e => double.IsNaN(e.Left)))
        {
            return null;
        }

        var separators = Enumerable.Range(0, edges.Length - 1).Select(c => (edges[c].Right + edges[c + 1].Left) / 2).ToArray();
        var area = new PdfRect(Math.Min(first.Table.Box.Left, table.Box.Left - 1), table.Box.Top - 0.5, Math.Max(first.Table.Box.Right, table.Box.Right + 1), table.Box.Bottom + 0.5);
        return TableExtractor.Stream(page, area, new StreamOptions { ColumnSeparators = separators }) is [{ } read]
            && read.ColumnCount <= first.Table.ColumnCount && SameCellTexts(read, table)
            ? read with { ColumnCount = first.Table.ColumnCount }
            : null;
    }

    /// <summary>Gets whether two readings of a table hold the same cell texts, only in other columns: no cell was cut or joined.</summary>
    private static bool SameCellTexts(Table a, Table b)
    {
        static List<string> Texts(Table t) => t.Cells.Select(c => CellValues.Normalize(c.Text)).Where(x => x.Length > 0).Order(StringComparer.Ordinal).ToList();
        return Texts(a).SequenceEqual(Texts(b), StringComparer.Ordinal);
    }

    /// <summary>Gets whether each column (by its centre) lies in one of the wider set's columns, left to right, no two in the same one.</summary>
    private static bool FallsInside((double Left, double Right)[] narrow, (double Left, double Right)[] wide)
    {
        var at = -1;
        foreach (var (left, right) in narrow)
        {
            if (double.IsNaN(left))
            {
                continue;
            }

            var centre = (left + right) / 2;
            var found = Array.FindIndex(wide, at + 1, w => centre >= w.Left - ColumnTolerance && centre <= w.Right + ColumnTolerance);
            if (found < 0)
            {
                return false;
            }

            at = found;
        }

        return true;
    }

    private static bool SameColumns((double Left, double Right)[] a, (double Left, double Right)[] b)
    {
        for (var c = 0; c < a.Length; c++)
        {
            if (double.IsNaN(a[c].Left) || double.IsNaN(b[c].Left))
            {
                continue;
            }

            var centreA = (a[c].Left + a[c].Right) / 2;
            var centreB = (b[c].Left + b[c].Right) / 2;
            if (centreA < b[c].Left - ColumnTolerance || centreA > b[c].Right + ColumnTolerance || centreB < a[c].Left - ColumnTolerance || centreB > a[c].Right + ColumnTolerance)
            {
                return false;
            }
        }

        return true;
    }

    public static bool SamePaths(List<IReadOnlyList<string>> a, List<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second, StringComparer.Ordinal));

    private static bool EndsWithTotal(Part part)
    {
        var last = part.Body.LastOrDefault(r => !r.IsEmpty);
        var key = last?.Texts.FirstOrDefault();
        return key is not null && key.StartsWith("total", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets whether the page has a line of text, other than margins and browser chrome, below or above a position.</summary>
    private static bool HasText(PageContent page, double below = double.NaN, double above = double.NaN)
    {
        var top = page.Height * Margin;
        var bottom = page.Height * (1 - Margin);
        foreach (var line in page.Lines)
        {
            var y = line.Box.CenterY;
            if (y < top || y > bottom)
            {
                continue;
            }

            if (((!double.IsNaN(below) && line.Box.Top > below + 1) || (!double.IsNaN(above) && line.Box.Bottom < above - 1)) && !CellValues.IsBrowserChrome(line.Text))
            {
                return true;
            }
        }

        return false;
    }
}

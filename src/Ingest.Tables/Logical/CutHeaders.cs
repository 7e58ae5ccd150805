namespace Ingest.Tables.Logical;

/// <summary>Header lines a page break cut off from their table, put back.</summary>
internal static class CutHeaders
{
    /// <summary>How far the cut header's top rule may be from the table's left and right edges, in points.</summary>
    private const double EdgeTolerance = 3;

    /// <summary>
    /// Gives back the first header lines of a table whose header a page break cut: the page ends with the header row's
    /// first lines (a ruled box with no bottom rule, which the lattice does not close into a table) and the next page's
    /// table starts with the rest of that row, its first cell empty. Each cut line's words become the first lines of the
    /// first row's cell in the column they lie over.
    /// </summary>
    /// <param name="previous">The page before the table's page.</param>
    /// <param name="previousTables">The ruled tables found on that page, top to bottom.</param>
    /// <param name="table">The first table of the next page.</param>
    /// <returns>The table with the cut header lines put back; the same table when its header was not cut.</returns>
    public static Table Restore(PageContent previous, IReadOnlyList<Table> previousTables, Table table) => Restore(previous, previousTables, table, out _);

    /// <inheritdoc cref="Restore(PageContent, IReadOnlyList{Table}, Table)"/>
    /// <param name="previous">The page before the table's page.</param>
    /// <param name="previousTables">The ruled tables found on that page, top to bottom.</param>
    /// <param name="table">The first table of the next page.</param>
    /// <param name="box">The open box the cut lines were read from on the page before, when they were put back.</param>
    public static Table Restore(PageContent previous, IReadOnlyList<Table> previousTables, Table table, out PdfRect? box)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(previousTables);
        ArgumentNullException.ThrowIfNull(table);
        box = null;
        var rows = SlotRow.From(table);
        if (rows.Count < 2 || !string.IsNullOrWhiteSpace(rows[0].TextAt(0)) || !IsLabelRow(rows[0].Cells))
        {
            return table;
        }

        // The cut header's top rule spans the table's width below everything else the previous page holds; its column
        // rules start there and run to the page's last printed row.
        var floor = previousTables.Select(t => t.Box.Bottom).DefaultIfEmpty(0).Max();
        var top = previous.Rulings
            .Where(r => r.Orientation == RulingOrientation.Horizontal && r.Y0 > floor + 1
                && Math.Abs(r.X0 - table.Box.Left) < EdgeTolerance && Math.Abs(r.X1 - table.Box.Right) < EdgeTolerance)
            .Select(r => (double?)r.Y0)
            .Max();
        if (top is not { } y)
        {
            return table;
        }

        var sides = previous.Rulings.Where(r => r.Orientation == RulingOrientation.Vertical && Math.Abs(Math.Min(r.Y0, r.Y1) - y) < 2).ToList();
        if (sides.Count < 2)
        {
            return table;
        }

        var bottom = sides.Max(r => Math.Max(r.Y0, r.Y1));
        var lines = previous.Lines.Where(l => l.Box.Top >= y - 1 && l.Box.Bottom <= bottom + 1).ToList();
        if (lines.Count == 0)
        {
            return table;
        }

        var edges = Part.EdgesOf(table);
        var texts = new List<string>[table.ColumnCount];
        for (var c = 0; c < texts.Length; c++)
        {
            texts[c] = [];
        }

        foreach (var line in lines)
        {
            foreach (var column in line.Words.GroupBy(w => ColumnAt(edges, w.Box.CenterX)).Where(g => g.Key >= 0))
            {
                texts[column.Key].Add(string.Join(' ', column.Select(w => w.Text)));
            }
        }

        if (texts.Count(t => t.Count > 0) < 2)
        {
            return table;
        }

        var cut = new List<Cell>();
        for (var c = 0; c < texts.Length; c++)
        {
            var (left, right) = edges[c];
            cut.Add(new Cell(0, c, 1, 1, new PdfRect(left, y, right, bottom), string.Join('\n', texts[c])));
        }

        if (!IsLabelRow(cut))
        {
            // A data row cut by the break (a code, figures) is not a header: it stays the tail of the row above.
            return table;
        }

        // The box has no bottom rule: the row was cut, and the first row of the next page is its rest. The cut lines
        // go on top of the cells of that row (the cells keep their place on their own page).
        for (var c = 0; c < texts.Length; c++)
        {
            if (texts[c].Count > 0 && rows[0].Cover[c] is not { Row: 0 })
            {
                // No cell of the first row under the cut lines: they make a row of their own.
                box = new PdfRect(table.Box.Left, y, table.Box.Right, bottom);
                return table with { Cells = [.. cut, .. table.Cells.Select(cell => cell with { Row = cell.Row + 1 })], RowCount = table.RowCount + 1 };
            }
        }

        var cells = table.Cells.Select(cell =>
        {
            if (cell.Row != 0)
            {
                return cell;
            }

            var above = Enumerable.Range(cell.Column, cell.ColumnSpan).Where(c => c < texts.Length).SelectMany(c => texts[c]).ToList();
            if (above.Count == 0)
            {
                return cell;
            }

            var rest = cell.Text.Trim();
            return cell with { Text = string.Join('\n', rest.Length == 0 ? above : [.. above, rest]) };
        }).ToList();
        box = new PdfRect(table.Box.Left, y, table.Box.Right, bottom);
        return table with { Cells = cells };
    }

    /// <summary>
    /// Gets whether a row holds labels only: some text, no cell starting with a planning code, no figure other than a
    /// year or period, and no total in the key column.
    /// </summary>
    private static bool IsLabelRow(IEnumerable<Cell?> row)
    {
        var any = false;
        foreach (var cell in row)
        {
            var text = cell is null ? string.Empty : CellValues.Normalize(cell.Text);
            if (text.Length == 0)
            {
                continue;
            }

            any = true;
            if (CellValues.StartsWithCode(text) || (CellValues.IsNumber(text) && !CellValues.IsYearLike(text))
                || (cell!.Column == 0 && text.Equals("TOTAL", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return any;
    }

    private static int ColumnAt((double Left, double Right)[] edges, double x)
    {
        for (var c = 0; c < edges.Length; c++)
        {
            if (x >= edges[c].Left && x <= edges[c].Right)
            {
                return c;
            }
        }

        return -1;
    }
}

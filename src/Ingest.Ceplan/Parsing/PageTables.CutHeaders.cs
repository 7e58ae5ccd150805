using Ingest.Pdf;

namespace Ingest.Ceplan.Parsing;

/// <content>Headers cut by a page break.</content>
internal static partial class PageTables
{
    /// <summary>
    /// Gives back the first header rows of a table whose header a page break cut: the page ends with the header's first
    /// lines (a ruled box with no bottom rule, which the lattice does not close into a table) and the next page's table
    /// starts with the rest of the header, its first cell empty. The cut lines become the table's first row, each word in
    /// the column it lies over.
    /// </summary>
    /// <param name="previous">The page before the table's page.</param>
    /// <param name="previousTables">The tables found on that page, top to bottom.</param>
    /// <param name="table">The first table of the next page.</param>
    /// <returns>The table with the cut header row put back; the same table when its header was not cut.</returns>
    internal static Table RestoreCutHeader(PageContent previous, IReadOnlyList<Table> previousTables, Table table)
    {
        var grid = Grid(table);
        if (grid.Length < 2 || !string.IsNullOrWhiteSpace(grid[0][0]?.Text) || !IsHeaderRow(grid[0]))
        {
            return table;
        }

        // The cut header's top rule spans the table's width below everything else the previous page holds; its column
        // rules start there and run to the page's last printed row.
        var floor = previousTables.Select(t => t.Box.Bottom).DefaultIfEmpty(0).Max();
        var top = previous.Rulings
            .Where(r => r.Orientation == RulingOrientation.Horizontal && r.Y0 > floor + 1
                && Math.Abs(r.X0 - table.Box.Left) < 3 && Math.Abs(r.X1 - table.Box.Right) < 3)
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

        var texts = new List<string>[table.ColumnCount];
        for (var c = 0; c < texts.Length; c++)
        {
            texts[c] = [];
        }

        foreach (var line in lines)
        {
            foreach (var column in line.Words.GroupBy(w => ColumnAt(table, (w.Box.Left + w.Box.Right) / 2)).Where(g => g.Key >= 0))
            {
                texts[column.Key].Add(string.Join(' ', column.Select(w => w.Text)));
            }
        }

        if (texts.Count(t => t.Count > 0) < 2)
        {
            return table;
        }

        var cells = new List<Cell>();
        for (var c = 0; c < texts.Length; c++)
        {
            var (left, right) = ColumnSpan(table, c);
            cells.Add(new Cell(0, c, 1, 1, new PdfRect(left, y, right, bottom), string.Join('\n', texts[c])));
        }

        if (!IsHeaderRow([.. cells]))
        {
            // A data row cut by the break (a code, figures) is not a header; the rows are joined as before.
            return table;
        }

        cells.AddRange(table.Cells.Select(cell => cell with { Row = cell.Row + 1 }));
        return table with { Cells = cells, RowCount = table.RowCount + 1 };
    }

    private static int ColumnAt(Table table, double x)
    {
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var (left, right) = ColumnSpan(table, c);
            if (x >= left && x <= right)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The left and right edges of a column, from the cells that fill only it.</summary>
    private static (double Left, double Right) ColumnSpan(Table table, int column)
    {
        var cells = table.Cells.Where(c => c.Column == column && c.ColumnSpan == 1).ToList();
        return cells.Count == 0 ? (double.NaN, double.NaN) : (cells.Min(c => c.Box.Left), cells.Max(c => c.Box.Right));
    }
}

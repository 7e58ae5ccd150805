using Ingest.Pdf;

namespace Ingest.Ceplan.Parsing;

/// <summary>Repairs the text-aligned tables of a page: header words and right-aligned figures, which the alignment sets in
/// separate columns, are joined back.</summary>
internal static class UnruledTables
{
    /// <summary>Joins neighbouring columns that no row fills both of ("Ejecutadas" over an empty column, its figures in the
    /// next column, right-aligned), left to right.</summary>
    /// <param name="table">The table as found.</param>
    /// <returns>The table with such columns joined; the same table when there are none.</returns>
    internal static Table JoinSparseColumns(Table table)
    {
        var grid = table.ToGrid();
        var map = new int[table.ColumnCount];
        var group = 0;
        var filled = Enumerable.Range(0, table.RowCount).Select(r => grid[r][0].Length > 0).ToArray();
        for (var c = 1; c < table.ColumnCount; c++)
        {
            var column = c;
            var clash = Enumerable.Range(0, table.RowCount).Any(r => filled[r] && grid[r][column].Length > 0);
            if (clash)
            {
                group++;
            }

            for (var r = 0; r < table.RowCount; r++)
            {
                filled[r] = (filled[r] && !clash) || grid[r][c].Length > 0;
            }

            map[c] = group;
        }

        if (group == table.ColumnCount - 1)
        {
            return table;
        }

        var cells = table.Cells
            .GroupBy(cell => (cell.Row, Column: map[cell.Column]))
            .OrderBy(g => g.Key.Row)
            .ThenBy(g => g.Key.Column)
            .Select(g =>
            {
                var parts = g.ToList();
                var text = string.Join(" ", parts.Select(p => p.Text).Where(t => t.Length > 0));
                var box = new PdfRect(parts.Min(p => p.Box.Left), parts.Min(p => p.Box.Top), parts.Max(p => p.Box.Right), parts.Max(p => p.Box.Bottom));
                var end = parts.Max(p => map[p.Column + p.ColumnSpan - 1]);
                return new Cell(g.Key.Row, g.Key.Column, parts.Max(p => p.RowSpan), end - g.Key.Column + 1, box, text);
            })
            .ToList();
        return table with { Cells = cells, ColumnCount = group + 1 };
    }
}

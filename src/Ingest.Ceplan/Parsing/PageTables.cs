using Ingest.Ceplan.Normalisation;
using Ingest.Tables.Logical;

namespace Ingest.Ceplan.Parsing;

/// <summary>
/// Builds logical tables from the ruled tables of each page: leading header rows become column paths, a headerless
/// table at the top of a page continues the last table of the previous page when the column counts agree, and a row
/// split by the page break is joined back.
/// </summary>
/// <remarks>A minimal stand-in for the table layer's document tables, enough for ruled reports.</remarks>
internal static class PageTables
{
    /// <summary>Builds the logical tables of a document.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <param name="unruled">Whether a page without ruled tables is read for text-aligned ones (the profile's <c>unruledTables</c>).</param>
    /// <returns>The logical tables in reading order.</returns>
    public static IReadOnlyList<LogicalTable> Build(IReadOnlyList<PageContent> pages, bool unruled = false)
    {
        var parts = new List<Table>();
        PageContent? previous = null;
        IReadOnlyList<Table> previousTables = [];
        foreach (var page in pages)
        {
            if (page.HasTextLayer)
            {
                var ruled = TableExtractor.Lattice(page);
                var found = ruled.Count == 0 && unruled ? UnruledTables.Find(page) : ruled;
                if (found.Count > 0 && previous is not null && previous.PageNumber == page.PageNumber - 1)
                {
                    found = [CutHeaders.Restore(previous, previousTables, found[0]), .. found.Skip(1)];
                }

                parts.AddRange(found);
                previous = page;
                previousTables = found;
            }
        }

        return Join(parts);
    }

    /// <summary>Joins page tables (in reading order) into logical tables.</summary>
    /// <param name="parts">The tables found on each page, page by page, top to bottom.</param>
    /// <returns>The logical tables.</returns>
    public static IReadOnlyList<LogicalTable> Join(IReadOnlyList<Table> parts)
    {
        var result = new List<LogicalTable>();
        Builder? current = null;
        var orderOnPage = 0;
        var lastPage = 0;
        var closedByTotal = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Page != lastPage)
            {
                orderOnPage = 0;
            }

            orderOnPage++;
            var grid = Grid(part);
            var headerRows = CountHeaderRows(grid);
            var firstOnPage = part.Page != lastPage;
            // A table closed by its TOTAL row is complete: the same header at the top of the next page starts another table
            // (the next AEI's contribution table), not a continuation.
            var follows = current is not null && firstOnPage && part.Page == current.LastPage + 1 && part.ColumnCount == current.ColumnCount && current.EndsPage && !closedByTotal;
            if (follows && headerRows > 0 && current!.RepeatsHeader(grid))
            {
                // The header printed again on the continuation page: the rows under it continue the table.
                headerRows = current.HeaderRowCount;
            }
            else if (follows && headerRows > 0)
            {
                follows = false;
            }

            var continues = follows;
            lastPage = part.Page;
            if (!continues)
            {
                if (current is not null)
                {
                    result.Add(current.ToTable());
                }

                current = new Builder($"t{part.Page}.{orderOnPage}", part, grid, headerRows);
            }
            else
            {
                current!.Append(part, grid, headerRows);
            }

            current.EndsPage = i + 1 >= parts.Count || parts[i + 1].Page != part.Page;
            closedByTotal = grid.Length > 0 && grid[^1].FirstOrDefault(c => c is not null && c.Text.Trim().Length > 0) is { } lead
                && TextFold.Fold(lead.Text.Trim()).StartsWith("TOTAL", StringComparison.Ordinal);
        }

        if (current is not null)
        {
            result.Add(current.ToTable());
        }

        return result;
    }

    /// <summary>Counts the leading rows that read as a header: no plan code starting a cell, no figure other than a year.</summary>
    private static int CountHeaderRows(Cell?[][] grid)
    {
        if (grid.Length == 0 || string.IsNullOrWhiteSpace(grid[0][0]?.Text))
        {
            // A first row without a first cell is the tail of a row cut by the page break, not a header.
            return 0;
        }

        var count = 0;
        foreach (var row in grid)
        {
            if (!IsHeaderRow(row))
            {
                break;
            }

            count++;
        }

        return count == grid.Length && grid.Length > 0 && !LooksLikeHeader(grid[0]) ? 0 : count;
    }

    private static bool IsHeaderRow(Cell?[] row)
    {
        var any = false;
        foreach (var cell in row)
        {
            var text = cell?.Text.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                continue;
            }

            any = true;
            if (StartsWithCode(text) || IsFigure(text) || (cell!.Column == 0 && text.Equals("TOTAL", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>A table that is all header rows must still name something a header names (not a line of running text in a box).</summary>
    private static bool LooksLikeHeader(Cell?[] row) => row.Count(c => !string.IsNullOrWhiteSpace(c?.Text)) >= 2;

    private static bool StartsWithCode(string text)
        => CeplanCode.TryRead(text, out var code) && text.StartsWith(code.Raw, StringComparison.Ordinal);

    private static bool IsFigure(string text)
    {
        var value = PeruvianNumber.Parse(text);
        if (!value.HasValue)
        {
            return false;
        }

        var isYear = value.Decimals == 0 && value.Unit == Model.ValueUnit.None && value.Value is >= 1900 and <= 2100;
        return !isYear;
    }

    /// <summary>Puts each cell in the slot of its top-left corner.</summary>
    private static Cell?[][] Grid(Table table)
    {
        var grid = new Cell?[table.RowCount][];
        for (var row = 0; row < table.RowCount; row++)
        {
            grid[row] = new Cell?[table.ColumnCount];
        }

        foreach (var cell in table.Cells)
        {
            grid[cell.Row][cell.Column] = cell;
        }

        return grid;
    }

    private sealed class Builder
    {
        private readonly string id;
        private readonly List<Table> parts = [];
        private readonly List<string>[] paths;
        private readonly List<string> headerKeys = [];
        private readonly List<TableRow> rows = [];

        public Builder(string id, Table first, Cell?[][] grid, int headerRows)
        {
            this.id = id;
            ColumnCount = first.ColumnCount;
            paths = new List<string>[ColumnCount];
            for (var c = 0; c < ColumnCount; c++)
            {
                paths[c] = [];
            }

            for (var r = 0; r < headerRows; r++)
            {
                headerKeys.Add(RowKey(grid[r]));
                foreach (var cell in grid[r])
                {
                    if (cell is null || string.IsNullOrWhiteSpace(cell.Text))
                    {
                        continue;
                    }

                    var text = string.Join(' ', cell.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan && c < ColumnCount; c++)
                    {
                        paths[c].Add(text);
                    }
                }
            }

            parts.Add(first);
            AddRows(first, grid, headerRows, continuation: false);
        }

        public int ColumnCount { get; }

        public int LastPage => parts[^1].Page;

        public bool EndsPage { get; set; }

        public int HeaderRowCount => headerKeys.Count;

        public bool RepeatsHeader(Cell?[][] grid) => headerKeys.Count > 0 && grid.Length > 0 && RowKey(grid[0]) == headerKeys[0];

        public void Append(Table part, Cell?[][] grid, int skip)
        {
            parts.Add(part);
            AddRows(part, grid, skip, continuation: true);
        }

        public LogicalTable ToTable()
        {
            var columns = new TableColumn[ColumnCount];
            for (var c = 0; c < ColumnCount; c++)
            {
                columns[c] = new TableColumn(c, paths[c]);
            }

            return new LogicalTable(id, columns, rows, parts);
        }

        private static string RowKey(Cell?[] row)
            => HeaderText.Normalise(string.Join('|', row.Select(c => c?.Text ?? string.Empty)));

        private void AddRows(Table part, Cell?[][] grid, int skip, bool continuation)
        {
            for (var r = skip; r < grid.Length; r++)
            {
                var cells = grid[r];
                if (cells.All(c => string.IsNullOrWhiteSpace(c?.Text)) || (headerKeys.Count > 0 && headerKeys.Contains(RowKey(cells))))
                {
                    // Blank rows and headers repeated inside the table are not data.
                    continue;
                }

                if (continuation && r == skip && rows.Count > 0 && IsSplitRow(cells, rows[^1]))
                {
                    rows[^1] = JoinRows(rows[^1], cells);
                    continue;
                }

                var box = cells.Where(c => c is not null).Select(c => c!.Box).Aggregate((a, b) => a.Union(b));
                rows.Add(new TableRow(part.Page, box, cells));
            }
        }

        /// <summary>A row cut by a page break: no code in its first cell, text only where the row above has text.</summary>
        private static bool IsSplitRow(Cell?[] cells, TableRow previous)
        {
            if (!string.IsNullOrWhiteSpace(cells[0]?.Text) || string.IsNullOrWhiteSpace(previous.TextAt(0)))
            {
                return false;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (!string.IsNullOrWhiteSpace(cells[c]?.Text) && c < previous.Cells.Count && previous.Cells[c] is null)
                {
                    return false;
                }
            }

            return true;
        }

        private static TableRow JoinRows(TableRow previous, Cell?[] cells)
        {
            var joined = new Cell?[previous.Cells.Count];
            for (var c = 0; c < joined.Length; c++)
            {
                var above = previous.Cells[c];
                var below = c < cells.Length ? cells[c] : null;
                joined[c] = above is null || below is null || string.IsNullOrWhiteSpace(below.Text)
                    ? above
                    : above with { Text = above.Text + "\n" + below.Text };
            }

            return previous with { Cells = joined };
        }
    }
}

using Ingest.Pdf;

namespace Ingest.Tables.Tests.Logical;

/// <summary>Builds hand-made tables on a regular grid: columns 100 points wide from x = 50, rows 12 points high from y = 100.</summary>
internal static class TableBuilder
{
    public const double Left = 50;
    public const double ColumnWidth = 100;
    public const double Top = 100;
    public const double RowHeight = 12;

    /// <summary>A text-aligned (stream) table of one-slot cells, one array per row: one text line per row.</summary>
    public static Table Grid(int page, params string[][] rows) => Grid(page, 0, rows);

    /// <summary>A ruled (lattice) table of one-slot cells, one array per row: each row whole.</summary>
    public static Table Ruled(int page, params string[][] rows) => Grid(page, 0, rows) with { Mode = TableMode.Lattice };

    /// <summary>A table of one-slot cells whose columns are moved right by <paramref name="shift"/> points.</summary>
    public static Table Grid(int page, double shift, params string[][] rows)
    {
        var cells = new List<Cell>();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                cells.Add(new Cell(r, c, 1, 1, Slot(r, c, 1, 1, shift), rows[r][c]));
            }
        }

        return Make(page, cells, rows.Length, rows.Max(r => r.Length), shift) with { Mode = TableMode.Stream };
    }

    /// <summary>A table with spanning cells; slots no given cell covers get an empty one-slot cell.</summary>
    public static Table Spans(int page, int rowCount, int columnCount, params (int Row, int Column, int RowSpan, int ColumnSpan, string Text)[] given)
    {
        var covered = new bool[rowCount, columnCount];
        var cells = new List<Cell>();
        foreach (var (row, column, rowSpan, columnSpan, text) in given)
        {
            cells.Add(new Cell(row, column, rowSpan, columnSpan, Slot(row, column, rowSpan, columnSpan, 0), text));
            for (var r = row; r < row + rowSpan; r++)
            {
                for (var c = column; c < column + columnSpan; c++)
                {
                    covered[r, c] = true;
                }
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (!covered[r, c])
                {
                    cells.Add(new Cell(r, c, 1, 1, Slot(r, c, 1, 1, 0), string.Empty));
                }
            }
        }

        return Make(page, cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList(), rowCount, columnCount, 0);
    }

    /// <summary>
    /// The page a table is on: one word per non-empty cell (bold where <paramref name="bold"/> says), plus lines of
    /// running text at the given heights.
    /// </summary>
    public static PageContent PageOf(Table table, Func<Cell, bool> bold, params double[] textLinesAt)
    {
        var words = table.Cells.Where(c => c.Text.Length > 0)
            .Select(c => new Word(c.Text.Replace('\n', ' '), new PdfRect(c.Box.Left + 2, c.Box.Top + 1, c.Box.Right - 2, c.Box.Bottom - 1), "Helvetica", 9, bold(c), false, 0))
            .ToList();
        foreach (var y in textLinesAt)
        {
            words.Add(new Word("Paragraph", new PdfRect(60, y, 200, y + 10), "Helvetica", 9, false, false, 0));
        }

        var lines = words.Select(w => new TextLine([w], w.Box)).ToList();
        return new PageContent(table.Page, 595, 842, words, lines, [], [], 0, []);
    }

    private static PdfRect Slot(int row, int column, int rowSpan, int columnSpan, double shift) =>
        new(Left + shift + (column * ColumnWidth), Top + (row * RowHeight), Left + shift + ((column + columnSpan) * ColumnWidth), Top + ((row + rowSpan) * RowHeight));

    private static Table Make(int page, List<Cell> cells, int rowCount, int columnCount, double shift) =>
        new(page, new PdfRect(Left + shift, Top, Left + shift + (columnCount * ColumnWidth), Top + (rowCount * RowHeight)), cells, rowCount, columnCount);
}

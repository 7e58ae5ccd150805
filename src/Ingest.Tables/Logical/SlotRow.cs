namespace Ingest.Tables.Logical;

/// <summary>One grid row of a physical table as slots: the cell starting in each slot and the cell covering it.</summary>
internal sealed class SlotRow
{
    private string[]? texts;
    private string? text;

    public SlotRow(int page, Cell?[] cells, Cell?[] cover)
    {
        Page = page;
        Cells = cells;
        Cover = cover;
    }

    /// <summary>Gets the 1-based page the row is printed on.</summary>
    public int Page { get; }

    /// <summary>Gets the cell whose top-left slot is in each column of this row, else <see langword="null"/>.</summary>
    public Cell?[] Cells { get; }

    /// <summary>Gets the cell covering each column of this row (its own or one spanning from above or from the left).</summary>
    public Cell?[] Cover { get; }

    /// <summary>Gets the text of the cell starting in a column, or an empty string.</summary>
    public string TextAt(int column) => Cells[column]?.Text ?? string.Empty;

    /// <summary>Gets whether no cell starting in this row holds text.</summary>
    public bool IsEmpty => Cells.All(c => c is null || c.Text.Length == 0);

    /// <summary>Gets the texts of the cells starting in this row, left to right, normalised, empty ones left out.</summary>
    /// <remarks>Computed once: the cells of a slot row are not changed after it is made, and the texts are asked for often.</remarks>
    public IReadOnlyList<string> Texts => texts ??= Cells.Where(c => c is { Text.Length: > 0 }).Select(c => CellValues.Normalize(c!.Text)).Where(t => t.Length > 0).ToArray();

    /// <summary>Gets the row's text: its cells' texts joined by spaces.</summary>
    public string Text => text ??= string.Join(' ', Texts);

    /// <summary>Gets the outline of the cells starting in this row that span one row (all of them when none does).</summary>
    public PdfRect Box
    {
        get
        {
            PdfRect? single = null;
            PdfRect? all = null;
            foreach (var cell in Cells)
            {
                if (cell is not null)
                {
                    all = all is { } a ? a.Union(cell.Box) : cell.Box;
                    single = cell.RowSpan != 1 ? single : single is { } s ? s.Union(cell.Box) : cell.Box;
                }
            }

            return single ?? all ?? default;
        }
    }

    /// <summary>Gets the vertical middle of the row's single-row cells.</summary>
    public double Middle
    {
        get
        {
            var single = Cells.Where(c => c is { RowSpan: 1 } && c.Text.Length > 0).Select(c => c!.Box).ToList();
            if (single.Count == 0)
            {
                return Box.CenterY;
            }

            return (single.Min(b => b.Top) + single.Max(b => b.Bottom)) / 2;
        }
    }

    /// <summary>Splits a table into slot rows.</summary>
    public static List<SlotRow> From(Table table)
    {
        var cells = new Cell?[table.RowCount][];
        var cover = new Cell?[table.RowCount][];
        for (var r = 0; r < table.RowCount; r++)
        {
            cells[r] = new Cell?[table.ColumnCount];
            cover[r] = new Cell?[table.ColumnCount];
        }

        foreach (var cell in table.Cells)
        {
            if (cell.Row < 0 || cell.Row >= table.RowCount || cell.Column < 0 || cell.Column >= table.ColumnCount)
            {
                continue;
            }

            cells[cell.Row][cell.Column] = cell;
            for (var r = cell.Row; r < Math.Min(table.RowCount, cell.Row + Math.Max(1, cell.RowSpan)); r++)
            {
                for (var c = cell.Column; c < Math.Min(table.ColumnCount, cell.Column + Math.Max(1, cell.ColumnSpan)); c++)
                {
                    cover[r][c] = cell;
                }
            }
        }

        var rows = new List<SlotRow>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            rows.Add(new SlotRow(table.Page, cells[r], cover[r]));
        }

        return rows;
    }
}

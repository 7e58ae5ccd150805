namespace Ingest.Tables;

/// <summary>
/// A table as a reader sees it: header rows flattened into column paths, data rows only, and the parts of a
/// table that continues over several pages joined into one.
/// </summary>
/// <param name="Id">The table's identifier within its document: <c>t</c>, the 1-based page of its first part, a dot and
/// the 1-based order of the table on that page (<c>t3.1</c>).</param>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="Rows">The data rows, top to bottom and page after page; header rows (including headers repeated on a
/// continuation page) are not rows.</param>
/// <param name="Parts">The tables found on each page that make up this one, in page order.</param>
public sealed record LogicalTable(string Id, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, IReadOnlyList<Table> Parts)
{
    /// <summary>Gets the first page the table is on.</summary>
    public int FirstPage => Parts.Count == 0 ? 0 : Parts[0].Page;

    /// <summary>Gets the header rows as printed above the first data row, their texts the source of the column paths.</summary>
    /// <value>The default value is an empty list (a table without header).</value>
    public IReadOnlyList<TableRow> Header { get; init; } = [];
}

/// <summary>A column of a <see cref="LogicalTable"/>.</summary>
/// <param name="Index">The 0-based column index.</param>
/// <param name="Path">The header texts above the column, from the outermost header row to the innermost
/// (<c>["Valores Obtenidos", "2024", "Sem1"]</c>); empty when the table has no header.</param>
public sealed record TableColumn(int Index, IReadOnlyList<string> Path)
{
    /// <summary>Gets the header path joined with <c>" / "</c> (<c>Valores Obtenidos / 2024 / Sem1</c>); empty without a header.</summary>
    public string Name => string.Join(" / ", Path);
}

/// <summary>A data row of a <see cref="LogicalTable"/>.</summary>
/// <param name="Page">The 1-based page the row is printed on.</param>
/// <param name="Box">The row's outline on that page, in points with the origin at the top left.</param>
/// <param name="Cells">One entry per column of the table (<see langword="null"/> where the row has no cell in that
/// column, e.g. covered by a spanning cell of another row); a cell spanning several columns appears once, at its first column.</param>
public sealed record TableRow(int Page, PdfRect Box, IReadOnlyList<Cell?> Cells)
{
    /// <summary>Gets the text of the cell in a column, or an empty string.</summary>
    /// <param name="column">The 0-based column index.</param>
    /// <returns>The cell's text (lines joined by <c>"\n"</c>), or <see cref="string.Empty"/>.</returns>
    public string TextAt(int column) => column >= 0 && column < Cells.Count ? Cells[column]?.Text ?? string.Empty : string.Empty;
}

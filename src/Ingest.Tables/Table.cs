namespace Ingest.Tables;

/// <summary>A table found on a page: a grid of rows and columns whose cells may span several slots.</summary>
/// <param name="Page">The 1-based number of the page the table is on.</param>
/// <param name="Box">The table's outline, in points with the origin at the top left of the page.</param>
/// <param name="Cells">The cells, ordered by row and then by column; each grid slot belongs to exactly one cell.</param>
/// <param name="RowCount">The number of grid rows.</param>
/// <param name="ColumnCount">The number of grid columns.</param>
public sealed record Table(int Page, PdfRect Box, IReadOnlyList<Cell> Cells, int RowCount, int ColumnCount)
{
    /// <summary>Gets how the table was found: from rulings (<see cref="TableMode.Lattice"/>) or from text alignment (<see cref="TableMode.Stream"/>).</summary>
    /// <value>The default value is <see cref="TableMode.Lattice"/>.</value>
    public TableMode Mode { get; init; } = TableMode.Lattice;

    /// <summary>Gets the table as rows of cell texts.</summary>
    /// <remarks>
    /// A spanning cell puts its text in its top-left slot and leaves the other slots it covers empty, the
    /// layout tabula uses in its CSV output.
    /// </remarks>
    /// <returns>One array per row, each with <see cref="ColumnCount"/> entries; never <see langword="null"/> entries.</returns>
    public string[][] ToGrid()
    {
        var grid = new string[RowCount][];
        for (var row = 0; row < RowCount; row++)
        {
            grid[row] = new string[ColumnCount];
            Array.Fill(grid[row], string.Empty);
        }

        foreach (var cell in Cells)
        {
            grid[cell.Row][cell.Column] = cell.Text;
        }

        return grid;
    }
}

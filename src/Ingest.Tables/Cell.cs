namespace Ingest.Tables;

/// <summary>One cell of a <see cref="Table"/>.</summary>
/// <param name="Row">The 0-based grid row of the cell's top-left slot.</param>
/// <param name="Column">The 0-based grid column of the cell's top-left slot.</param>
/// <param name="RowSpan">The number of grid rows the cell covers (at least 1).</param>
/// <param name="ColumnSpan">The number of grid columns the cell covers (at least 1).</param>
/// <param name="Box">The cell's outline, in points with the origin at the top left of the page.</param>
/// <param name="Text">
/// The words whose centre lies in the cell: words on one line joined by spaces, left to right, and lines
/// joined by <c>"\n"</c>, top to bottom. Empty when the cell holds no word.
/// </param>
public sealed record Cell(int Row, int Column, int RowSpan, int ColumnSpan, PdfRect Box, string Text)
{
    /// <summary>
    /// Gets the box of the cell's words when the table was laid out from the text alone (a text-aligned table), else
    /// <see langword="null"/>. Without rulings, a label centred over a group of columns shows which columns it heads
    /// only by where its words lie.
    /// </summary>
    public PdfRect? Ink { get; init; }
}

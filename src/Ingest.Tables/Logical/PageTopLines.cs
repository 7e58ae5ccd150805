namespace Ingest.Tables.Logical;

/// <summary>
/// Finds the lines at the top of a page that end the last row of the page before, printed above the next section's
/// heading in the same text-aligned block (a browser's <c>y astronomia</c> / <c>transferidas a las</c> over
/// <c>OEI.02 ...</c> and its header), and splits them off as a part of their own on the previous table's columns.
/// </summary>
internal static class PageTopLines
{
    /// <summary>
    /// Splits the first table of a page into the lines that continue the previous page's last row and the rest. The
    /// lines are those before the first heading, label line, row with a figure or coded row, and the previous page
    /// ends with a data row (figures or a code) and its wrapped lines, for them to continue; read again on the columns
    /// of the logical table's first part, they must keep their texts and lie only in columns where its rows hold words
    /// (names, units). The caller still decides with <see cref="Continuation.Continues"/> whether the
    /// lines continue the table.
    /// </summary>
    /// <returns>The lines as a part (first on the page) and the rest of the table as the next part (none when the
    /// table is only those lines), or <see langword="null"/> when the table does not start with such lines.</returns>
    public static (Part Lines, Part? Others)? Split(Part first, Part last, Part next, IReadOnlyDictionary<int, PageContent> pages)
    {
        if (first.Table.Mode != TableMode.Stream || next.Table.Mode != TableMode.Stream || next.Table.Page != last.Table.Page + 1
            || !last.IsLastOnPage || next.OrderOnPage != 1 || !pages.TryGetValue(next.Table.Page, out var page)
            || !last.EndsWithDataRow)
        {
            return null;
        }

        var rows = SlotRow.From(next.Table);
        var (start, end) = (-1, 0);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.IsEmpty || Part.IsChrome(row))
            {
                continue;
            }

            if (row.Cells.Any(c => c is { ColumnSpan: > 1 }) || HeaderRows.IsLabelLine(row) || HeaderRows.IsData(row)
                || CellValues.StartsWithCode(row.Texts[0]) || row.Texts.Any(CellValues.IsNumber))
            {
                break;
            }

            start = start < 0 ? r : start;
            end = r + 1;
        }

        if (start < 0)
        {
            return null;
        }

        var lines = Slice(next.Table, start, end);
        if (Continuation.ReadOnColumnsOf(first, page, lines) is not { } read || !SlotRow.From(read).All(r => InColumnsOfWords(r, first.Body)))
        {
            return null;
        }

        var part = Part.Read(read, page, next.OrderOnPage, isLastOnPage: end == rows.Count && next.IsLastOnPage);
        return (part, end == rows.Count ? null : Part.Read(Slice(next.Table, end, next.Table.RowCount), page, next.OrderOnPage + 1, next.IsLastOnPage));
    }

    /// <summary>Gets whether each cell of a row lies in a column where some of the given rows hold words.</summary>
    private static bool InColumnsOfWords(SlotRow row, List<SlotRow> rows)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (row.TextAt(c).Length > 0 && !rows.Any(r => r.TextAt(c) is { Length: > 0 } t && !CellValues.IsNumber(CellValues.Normalize(t))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the rows <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of a table as a table of their own.</summary>
    private static Table Slice(Table table, int from, int to)
    {
        var cells = table.Cells.Where(c => c.Row >= from && c.Row < to).Select(c => c with { Row = c.Row - from }).ToList();
        var box = cells.Where(c => c.Text.Length > 0).Select(c => c.Box).DefaultIfEmpty(table.Box).Aggregate((a, b) => a.Union(b));
        return table with { Box = box, Cells = cells, RowCount = to - from };
    }
}

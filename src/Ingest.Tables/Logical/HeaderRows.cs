namespace Ingest.Tables.Logical;

/// <summary>Finds a table's header rows and flattens them into column paths.</summary>
internal static class HeaderRows
{
    /// <summary>More label rows than this above the first data row mean the labels are not a header (a title, a note).</summary>
    private const int MaxHeaderRows = 8;

    /// <summary>
    /// Gets whether a row holds data rather than labels: its key cell starts with a planning code, or most of its
    /// cells are figures (years and period labels such as <c>2024 - Sem1</c> count as labels).
    /// </summary>
    public static bool IsData(SlotRow row)
    {
        var texts = row.Texts.ToList();
        if (texts.Count == 0)
        {
            return false;
        }

        if (CellValues.StartsWithCode(texts[0]))
        {
            return true;
        }

        var figures = texts.Count(t => CellValues.IsNumber(t) && !CellValues.IsYearLike(t));
        return figures > 0 && figures * 2 >= texts.Count;
    }

    /// <summary>Gets the number of header rows at the top of <paramref name="rows"/>: the label rows above the first data row.</summary>
    /// <param name="rows">The table's rows.</param>
    /// <param name="isLabel">Tells whether a row above the first data row is printed as a label (bold); when some are,
    /// plain rows directly above the first data row with an empty first column are the first lines of a data row whose
    /// cells are centred vertically.</param>
    public static int Count(IReadOnlyList<SlotRow> rows, Func<SlotRow, bool>? isLabel = null)
    {
        var first = -1;
        for (var r = 0; r < rows.Count && r <= MaxHeaderRows; r++)
        {
            if (IsData(rows[r]))
            {
                first = r;
                break;
            }
        }

        if (first <= 0)
        {
            return 0;
        }

        // Only where the labels are set apart (bold) can a plain line above the first key, with nothing in the key
        // column, be told from a label: it is the first line of a row whose cells are centred vertically.
        if (isLabel is not null && rows.Take(first).Any(isLabel))
        {
            while (first > 0 && !rows[first - 1].IsEmpty && rows[first - 1].TextAt(0).Length == 0 && !isLabel(rows[first - 1]))
            {
                first--;
            }
        }

        return first;
    }

    /// <summary>
    /// Gets each column's header path: the texts of the header cells covering the column, top to bottom, a cell
    /// spanning several columns or header rows counted once per column.
    /// </summary>
    public static List<IReadOnlyList<string>> Paths(IReadOnlyList<SlotRow> header, int columnCount)
    {
        var paths = new List<IReadOnlyList<string>>(columnCount);
        for (var c = 0; c < columnCount; c++)
        {
            var path = new List<string>();
            Cell? previous = null;
            foreach (var row in header)
            {
                var cell = row.Cover[c];
                if (cell is null || ReferenceEquals(cell, previous))
                {
                    continue;
                }

                previous = cell;
                var text = CellValues.Normalize(cell.Text);
                if (text.Length > 0)
                {
                    path.Add(text);
                }
            }

            paths.Add(path);
        }

        return paths;
    }
}

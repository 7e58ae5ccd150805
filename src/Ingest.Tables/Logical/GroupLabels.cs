namespace Ingest.Tables.Logical;

/// <summary>
/// Gives the group labels in the header of a text-aligned table the columns they head. Without rulings a label printed
/// over a group of columns (<c>Meta</c> over <c>2024</c> … <c>2027</c>) falls in one of them, seldom the first, and
/// nothing but where its words lie tells which columns it heads.
/// </summary>
/// <remarks>
/// In each header row, a run of columns that print labels in the rows below and either nothing or a label in this row
/// is cut into one piece per label of this row, each piece holding its label's column and every column of the run
/// between two labels belonging to one of them. The cut chosen is the one whose labels lie best over their pieces: a
/// label over several columns is centred over the words below it (word processors and browsers centre header cells by
/// default); a label over one column may also start or end where they do (a header aligned like its figures). Columns
/// at the ends of the run may stay outside every piece (a label of its own set one line lower). A column with a label of
/// its own in a row above (the first line of a label wrapping over the header rows) is in no run, and a run stays under
/// one group of the rows above.
/// </remarks>
internal static class GroupLabels
{
    /// <summary>
    /// How far off centre a label over several columns may lie, as a share of their words' width: the first and last
    /// labels below it differ in width, which moves their middle a little off the cells' middle.
    /// </summary>
    private const double CentringSlack = 0.15;

    /// <summary>What a column left outside every piece costs, in points: breaks ties towards the longer pieces.</summary>
    private const double Outside = 0.01;

    /// <summary>Gets the header rows' covering cells, group labels spread over the columns they head.</summary>
    /// <param name="header">The header rows.</param>
    /// <param name="columnCount">The table's column count.</param>
    /// <returns>Per header row, the cell covering each column.</returns>
    public static Cell?[][] Cover(IReadOnlyList<SlotRow> header, int columnCount)
    {
        var cover = header.Select(r => r.Cover.ToArray()).ToArray();
        for (var i = 0; i + 1 < header.Count; i++)
        {
            Spread(cover, i, columnCount);
        }

        return cover;
    }

    private static bool IsLabel(Cell? cell) => cell is { Text.Length: > 0, Ink: not null, ColumnSpan: 1 };

    private static void Spread(Cell?[][] cover, int row, int columnCount)
    {
        // The words printed below each column, in the header rows under this one.
        var below = new PdfRect?[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            for (var j = row + 1; j < cover.Length; j++)
            {
                if (cover[j][c] is { Text.Length: > 0, Ink: { } ink })
                {
                    below[c] = below[c] is { } b ? b.Union(ink) : ink;
                }
            }
        }

        // What heads each column from the rows above: a group spread over it, or a label of its own (the first lines of
        // a label that wraps over the header rows, such as Logros above this row and esperados below). A column with a
        // label of its own is headed already; a run stays under one group.
        var group = new Cell?[columnCount];
        var headed = new bool[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            for (var j = 0; j < row; j++)
            {
                if (cover[j][c] is { Text.Length: > 0 } cell)
                {
                    var spread = (c > 0 && ReferenceEquals(cover[j][c - 1], cell)) || (c + 1 < columnCount && ReferenceEquals(cover[j][c + 1], cell));
                    group[c] = spread ? cell : group[c];
                    headed[c] |= !spread;
                }
            }
        }

        bool Open(int c) => below[c] is not null && !headed[c] && (IsLabel(cover[row][c]) || cover[row][c] is null or { Text.Length: 0 });
        var start = 0;
        while (start < columnCount)
        {
            var end = start;
            while (end < columnCount && Open(end) && ReferenceEquals(group[end], group[start]))
            {
                end++;
            }

            if (end > start)
            {
                Cut(cover[row], below, start, end - 1);
                start = end;
            }
            else
            {
                start++;
            }
        }
    }

    /// <summary>Cuts the run of columns <paramref name="first"/>..<paramref name="last"/> into one piece per label.</summary>
    private static void Cut(Cell?[] cells, PdfRect?[] below, int first, int last)
    {
        var labels = Enumerable.Range(first, last - first + 1).Where(c => IsLabel(cells[c])).ToArray();
        if (labels.Length == 0 || labels.Length == last - first + 1)
        {
            return;
        }

        // best[j, b]: the least cost of pieces for labels 0..j, the piece of label j ending at column b; from[j, b]: the
        // column where that piece starts.
        var k = labels.Length;
        var width = last - first + 1;
        var best = new double[k, width];
        var from = new int[k, width];
        for (var j = 0; j < k; j++)
        {
            var bEnd = j + 1 < k ? labels[j + 1] - 1 : last;
            for (var b = labels[j]; b <= bEnd; b++)
            {
                best[j, b - first] = double.PositiveInfinity;
                var aStart = j == 0 ? first : labels[j - 1] + 1;
                var words = Union(below, labels[j], b);
                for (var a = labels[j]; a >= aStart; a--)
                {
                    words = words.Union(below[a]!.Value);
                    var before = j == 0 ? Outside * (a - first) : best[j - 1, a - 1 - first];
                    var total = before + Misplacement(cells[labels[j]]!.Ink!.Value, words, a == b) + (j == k - 1 ? Outside * (last - b) : 0);
                    // Among equal cuts the longest piece, as the cost of columns left outside prefers.
                    if (total <= best[j, b - first])
                    {
                        (best[j, b - first], from[j, b - first]) = (total, a);
                    }
                }
            }
        }

        var end = labels[^1];
        for (var b = labels[^1]; b <= last; b++)
        {
            end = best[k - 1, b - first] < best[k - 1, end - first] ? b : end;
        }

        for (var j = k - 1; j >= 0; j--)
        {
            var start = from[j, end - first];
            if (Heads(cells[labels[j]]!.Ink!.Value, below, start, end, cells.Length))
            {
                for (var c = start; c <= end; c++)
                {
                    cells[c] = cells[labels[j]];
                }
            }

            end = start - 1;
        }
    }

    /// <summary>
    /// Gets whether a label heads the columns a..b of its piece: it is centred over their words, give or take
    /// <see cref="CentringSlack"/> of their width, and they are not every column of the table (a line over them all is a
    /// title or a caption kept above the table, not a group).
    /// </summary>
    private static bool Heads(PdfRect label, PdfRect?[] below, int a, int b, int columnCount)
    {
        if (a == b)
        {
            return true;
        }

        var words = Union(below, a, b);
        return b - a + 1 < columnCount && Math.Abs(label.CenterX - words.CenterX) <= CentringSlack * (words.Right - words.Left);
    }

    private static PdfRect Union(PdfRect?[] below, int a, int b)
    {
        var words = below[a]!.Value;
        for (var c = a + 1; c <= b; c++)
        {
            words = words.Union(below[c]!.Value);
        }

        return words;
    }

    /// <summary>
    /// How far a label lies from being centred over the words below its piece, or, over one column, from starting or
    /// ending where they do (a group label is centred; a label of one column may be aligned like its figures).
    /// </summary>
    private static double Misplacement(PdfRect label, PdfRect words, bool oneColumn)
    {
        var centre = Math.Abs(label.CenterX - words.CenterX);
        return oneColumn ? Math.Min(centre, Math.Min(Math.Abs(label.Left - words.Left), Math.Abs(label.Right - words.Right))) : centre;
    }
}

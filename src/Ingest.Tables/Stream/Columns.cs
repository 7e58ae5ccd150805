namespace Ingest.Tables.Stream;

/// <summary>Finds column separators from the horizontal extent of the chunks of a block of rows.</summary>
internal static class Columns
{
    /// <summary>
    /// Grows one interval per column: the chunks of the first row start the columns; a chunk of a later row widens the
    /// first column it overlaps horizontally, or starts a new column. The right edges of the columns are the separators.
    /// </summary>
    /// <remarks>
    /// This is the rule of tabula's stream mode, kept because its expected outputs are our yardstick: a chunk that
    /// overlaps two columns widens only the first, so the two stay apart.
    /// </remarks>
    public static List<double> FromText(IReadOnlyList<TextRow> rows)
    {
        var columns = new List<(double Left, double Right)>();
        var pending = new List<Chunk>();
        foreach (var row in rows)
        {
            pending.Clear();
            pending.AddRange(row.Chunks);
            for (var c = 0; c < columns.Count && pending.Count > 0; c++)
            {
                var (left, right) = columns[c];
                var grown = false;
                for (var i = pending.Count - 1; i >= 0; i--)
                {
                    var box = pending[i].Box;
                    if (box.Left <= right && box.Right >= left)
                    {
                        (left, right) = (Math.Min(left, box.Left), Math.Max(right, box.Right));
                        pending.RemoveAt(i);
                        grown = true;
                    }
                }

                if (grown)
                {
                    columns[c] = (left, right);
                }
            }

            columns.AddRange(pending.Select(p => (p.Box.Left, p.Box.Right)));
        }

        return columns.Select(c => c.Right).Order().ToList();
    }

    /// <summary>The column of a chunk: the first separator at or right of its left edge, or one past the last separator.</summary>
    public static int Of(IReadOnlyList<double> separators, double left)
    {
        var (low, high) = (0, separators.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (separators[mid] < left)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}

namespace Ingest.Tables.Stream;

/// <summary>
/// Finds text-aligned tables on a page without a caller's area: splits the text rows into blocks at large vertical gaps,
/// keeps the runs of rows that have several aligned chunks, and lays each run out on columns taken from its most common
/// row shape.
/// </summary>
internal static class TableBlocks
{
    /// <summary>A vertical gap wider than this many typical row heights ends a block.</summary>
    private const double BlockGap = 2.0;

    /// <summary>How far (points) a word may reach into the gap between columns and still count as inside its column.</summary>
    private const double Slack = 0.5;

    /// <summary>A gap between words wider than this share of the font size is more than a space (about 0.25 em).</summary>
    private const double SplitGap = 0.3;

    /// <summary>A leading row whose text is this much larger than the table's is a title.</summary>
    private const double TitleSize = 1.2;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    public static List<Table> Find(int page, List<TextRow> rows)
    {
        var tables = new List<Table>();
        if (rows.Count == 0)
        {
            return tables;
        }

        var typicalHeight = rows.Select(r => r.Height).Order().ElementAt(rows.Count / 2);
        var block = new List<TextRow>();
        foreach (var row in rows)
        {
            if (block.Count > 0 && row.Box.Top - block[^1].Box.Bottom > BlockGap * typicalHeight)
            {
                AddRuns(page, block, tables);
                block = [];
            }

            block.Add(row);
        }

        AddRuns(page, block, tables);
        return tables;
    }

    /// <summary>Adds the tables of one block: runs of rows with at least two chunks, single-chunk rows allowed between them.</summary>
    private static void AddRuns(int page, List<TextRow> block, List<Table> tables)
    {
        var first = block.FindIndex(r => r.Chunks.Count >= 2);
        var last = block.FindLastIndex(r => r.Chunks.Count >= 2);
        if (first < 0 || first == last)
        {
            return;
        }

        var run = block.GetRange(first, last - first + 1);
        var columns = FromRowShape(run);
        if (columns.Count < 2)
        {
            return;
        }

        // A caption line right above the table (less than a row's height away) is kept as its first row, as camelot
        // does; a title set larger than the table's text is not a row.
        if (first > 0 && run[0].Box.Top - block[first - 1].Box.Bottom <= Median(run.Select(r => r.Height)))
        {
            run.Insert(0, block[first - 1]);
        }

        var bodySize = Median(run.SelectMany(r => r.Chunks).SelectMany(c => c.Words).Select(w => w.FontSize));
        while (run.Count > 2 && Median(run[0].Chunks.SelectMany(c => c.Words).Select(w => w.FontSize)) >= TitleSize * bodySize)
        {
            run.RemoveAt(0);
        }

        if (run.Count(r => r.Chunks.Count >= 2) < 2)
        {
            return;
        }

        tables.Add(Layout(page, run, columns));
    }

    /// <summary>
    /// Columns from the rows that have the most common number of chunks (ignoring one-chunk rows when others exist): the
    /// chunks of those rows, merged where they overlap, then any chunk of another row that overlaps none of them.
    /// </summary>
    internal static List<(double Left, double Right)> FromRowShape(IReadOnlyList<TextRow> rows)
    {
        var counts = rows.Select(r => r.Chunks.Count).Where(c => c >= 2).ToList();
        if (counts.Count == 0)
        {
            return [];
        }

        var shape = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var columns = Merge(rows.Where(r => r.Chunks.Count == shape).SelectMany(r => r.Chunks).Select(c => (c.Box.Left, c.Box.Right)));
        var stray = rows.SelectMany(r => r.Chunks).Where(c => !columns.Any(col => c.Box.Left <= col.Right && c.Box.Right >= col.Left)).Select(c => (c.Box.Left, c.Box.Right));
        return Merge(columns.Concat(Merge(stray)));
    }

    private static List<(double Left, double Right)> Merge(IEnumerable<(double Left, double Right)> intervals)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var (left, right) in intervals.OrderBy(i => i.Left))
        {
            if (merged.Count > 0 && left <= merged[^1].Right)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, right));
            }
            else
            {
                merged.Add((left, right));
            }
        }

        return merged;
    }

    /// <summary>
    /// One table row per text row; the columns meet halfway across the gaps between them, and a chunk goes to the column
    /// it covers the largest share of (the leftmost when it covers several entirely).
    /// </summary>
    private static Table Layout(int page, List<TextRow> rows, List<(double Left, double Right)> columns)
    {
        var bounds = new double[columns.Count + 1];
        bounds[0] = columns[0].Left;
        bounds[^1] = columns[^1].Right;
        for (var i = 1; i < columns.Count; i++)
        {
            bounds[i] = (columns[i - 1].Right + columns[i].Left) / 2;
        }

        var cells = new List<Cell>(rows.Count * columns.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = new List<string>[columns.Count];
            foreach (var chunk in rows[r].Chunks.SelectMany(c => SplitAtGutters(c, columns)))
            {
                var column = Best(bounds, chunk.Box);
                (texts[column] ??= []).Add(chunk.Text);
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var text = texts[c] is { } parts ? string.Join(' ', parts) : string.Empty;
                cells.Add(new Cell(r, c, 1, 1, new PdfRect(bounds[c], rows[r].Box.Top, bounds[c + 1], rows[r].Box.Bottom), text));
            }
        }

        var box = new PdfRect(bounds[0], rows[0].Box.Top, bounds[^1], rows[^1].Box.Bottom);
        return new Table(page, box, cells, rows.Count, columns.Count) { Mode = TableMode.Stream };
    }

    /// <summary>
    /// Splits a chunk where a gap between two of its words spans a gap between columns, or is wider than a space and
    /// overlaps a gap between columns: narrow header columns and wide numbers set their words closer than a column gap,
    /// but the body's columns show where they part.
    /// </summary>
    private static IEnumerable<Chunk> SplitAtGutters(Chunk chunk, List<(double Left, double Right)> columns)
    {
        var start = 0;
        for (var i = 1; i < chunk.Words.Count; i++)
        {
            var (end, next) = (chunk.Words[i - 1].Box.Right, chunk.Words[i].Box.Left);
            var wide = next - end >= SplitGap * Math.Min(chunk.Words[i - 1].FontSize, chunk.Words[i].FontSize);
            if (columns.Zip(columns.Skip(1)).Any(p => (end <= p.First.Right + Slack && next >= p.Second.Left - Slack)
                || (wide && Math.Min(next, p.Second.Left) - Math.Max(end, p.First.Right) >= Slack)))
            {
                yield return Part(chunk, start, i);
                start = i;
            }
        }

        yield return start == 0 ? chunk : Part(chunk, start, chunk.Words.Count);
    }

    private static Chunk Part(Chunk chunk, int from, int to)
    {
        var words = chunk.Words.Skip(from).Take(to - from).ToList();
        return new Chunk(words, words.Skip(1).Aggregate(words[0].Box, (b, w) => b.Union(w.Box)));
    }

    private static int Best(double[] bounds, PdfRect box)
    {
        var (best, bestShare) = (0, double.NegativeInfinity);
        for (var c = 0; c + 1 < bounds.Length; c++)
        {
            var overlap = Math.Min(box.Right, bounds[c + 1]) - Math.Max(box.Left, bounds[c]);
            var share = overlap / Math.Max(bounds[c + 1] - bounds[c], 1e-6);
            if (share > bestShare + 1e-9)
            {
                (best, bestShare) = (c, share);
            }
        }

        return best;
    }
}

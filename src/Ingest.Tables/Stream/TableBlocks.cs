namespace Ingest.Tables.Stream;

/// <summary>
/// Finds text-aligned tables on a page without a caller's area: splits the text rows into blocks at large vertical gaps,
/// keeps the runs of rows that have several aligned chunks, and lays each run out on columns seeded by its most
/// fragmented rows.
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
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
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
                AddRuns(page, block, tables, splitAtProse: true);
                block = [];
            }

            block.Add(row);
        }

        AddRuns(page, block, tables, splitAtProse: true);
        return tables;
    }

    /// <summary>Adds the tables of one block: runs of rows with at least two chunks, single-chunk rows allowed between them.</summary>
    private static void AddRuns(int page, List<TextRow> block, List<Table> tables, bool splitAtProse)
    {
        var first = block.FindIndex(r => r.Chunks.Count >= 2);
        var last = block.FindLastIndex(r => r.Chunks.Count >= 2);
        if (first < 0 || first == last || block.Count == 0)
        {
            return;
        }

        var run = block.GetRange(first, last - first + 1);
        var columns = FromRichestRows(run, widen: true);
        if (columns.Count < 2)
        {
            return;
        }

        // A line of prose (one chunk running across several column gaps) is not part of a table: the text above and
        // below it are looked at separately.
        // The pieces are not split again, which keeps the work linear in the number of rows.
        var prose = splitAtProse ? Enumerable.Range(0, run.Count).Where(i => run[i].Chunks.Count == 1 && Crossed(columns, run[i].Chunks[0].Box) >= 2).ToList() : [];
        if (prose.Count > 0)
        {
            var start = 0;
            foreach (var line in prose.Append(run.Count))
            {
                if (line - start >= 2)
                {
                    AddRuns(page, run.GetRange(start, line - start), tables, splitAtProse: false);
                }

                start = line + 1;
            }

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

        tables.Add(BySection(page, run, columns) ?? Layout(page, run, columns, FromRichestRows(run, widen: false)));
    }

    /// <summary>
    /// Lays out a run printed as several sections, each opened by a heading line (at most two chunks, one running across
    /// several column gaps) and set with its own column widths, as a browser prints one table per section: each section
    /// gets the columns of its own rows, and the sections' rows are stacked into one table. Returns <see langword="null"/>
    /// when the run has fewer than two sections or the sections do not have the same number of columns.
    /// </summary>
    private static Table? BySection(int page, List<TextRow> run, List<(double Left, double Right)> columns)
    {
        var starts = Enumerable.Range(0, run.Count)
            .Where(i => run[i].Chunks.Count <= 2 && run[i].Chunks.Any(c => Crossed(columns, c.Box) >= 2))
            .ToList();
        if (starts.Count < 2)
        {
            return null;
        }

        if (starts[0] > 0)
        {
            starts.Insert(0, 0);
        }

        var sections = new List<List<TextRow>>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : run.Count;
            sections.Add(run.GetRange(starts[k], end - starts[k]));
        }

        var parts = new List<Table>();
        foreach (var section in sections)
        {
            var own = FromRichestRows(section, widen: true);
            if (section.Count(r => r.Chunks.Count >= 2) < 2 || own.Count != columns.Count)
            {
                return null;
            }

            parts.Add(Layout(page, section, own, FromRichestRows(section, widen: false)));
        }

        var cells = new List<Cell>();
        var offset = 0;
        foreach (var part in parts)
        {
            cells.AddRange(part.Cells.Select(c => c with { Row = c.Row + offset }));
            offset += part.RowCount;
        }

        var box = parts.Skip(1).Aggregate(parts[0].Box, (b, t) => b.Union(t.Box));
        return new Table(page, box, cells, offset, columns.Count) { Mode = TableMode.Stream };
    }

    /// <summary>
    /// Columns seeded by the rows split into the most chunks: rows are taken from the most chunks to the fewest; a chunk
    /// that overlaps no column starts a new one, a chunk that overlaps one column widens it when <paramref name="widen"/>
    /// is set, and a chunk that overlaps several spans them (a header over a group of columns, a title) and changes
    /// nothing. Columns that overlap are merged. Unwidened columns keep the gaps of the most regular rows, which is where
    /// header words part; widened columns cover all the text, which is what cells are cut from.
    /// </summary>
    internal static List<(double Left, double Right)> FromRichestRows(IReadOnlyList<TextRow> rows, bool widen)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var row in rows.Where(r => r.Chunks.Count >= 2).OrderByDescending(r => r.Chunks.Count).ThenBy(r => r.Box.Top))
        {
            var added = new List<(double Left, double Right)>();
            foreach (var chunk in row.Chunks)
            {
                var (hits, hit) = (0, -1);
                for (var c = 0; c < columns.Count; c++)
                {
                    if (chunk.Box.Left < columns[c].Right && chunk.Box.Right > columns[c].Left)
                    {
                        (hits, hit) = (hits + 1, hits == 0 ? c : hit);
                    }
                }

                if (hits == 1 && widen)
                {
                    columns[hit] = (Math.Min(columns[hit].Left, chunk.Box.Left), Math.Max(columns[hit].Right, chunk.Box.Right));
                }
                else if (hits == 0)
                {
                    added.Add((chunk.Box.Left, chunk.Box.Right));
                }
            }

            columns = Merge(columns.Concat(added));
        }

        return columns;
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

    /// <summary>How many boundaries between columns (halfway across their gaps) a box runs across.</summary>
    private static int Crossed(List<(double Left, double Right)> columns, PdfRect box) =>
        columns.Zip(columns.Skip(1)).Count(p => box.Left < (p.First.Right + p.Second.Left) / 2 && box.Right > (p.First.Right + p.Second.Left) / 2);

    /// <summary>
    /// One table row per text row; the columns meet halfway across the gaps between them, and a chunk goes to the column
    /// it covers the largest share of (the leftmost when it covers several entirely).
    /// </summary>
    private static Table Layout(int page, List<TextRow> rows, List<(double Left, double Right)> columns, List<(double Left, double Right)> gutters)
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
            foreach (var chunk in Cells(rows[r], gutters).SelectMany(c => SplitFigures(c, bounds)))
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
    /// Regroups the words of a row into cells by the columns: a gap between words parts two cells where it spans a gap
    /// between columns, or is wider than a space and overlaps one; any other gap, however wide, lies inside a column
    /// (a double space in a caption). Narrow header columns and wide numbers set their words closer than a column gap,
    /// but the body's columns show where they part.
    /// </summary>
    private static List<Chunk> Cells(TextRow row, List<(double Left, double Right)> columns)
    {
        var words = row.Chunks.SelectMany(c => c.Words).ToList();
        var cells = new List<Chunk>();
        var start = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var (end, next) = (words[i - 1].Box.Right, words[i].Box.Left);
            var wide = next - end >= SplitGap * Math.Min(words[i - 1].FontSize, words[i].FontSize);
            if (PartsColumns(columns, end, next, wide))
            {
                cells.Add(Part(words, start, i));
                start = i;
            }
        }

        cells.Add(Part(words, start, words.Count));
        return cells;
    }

    private static bool PartsColumns(List<(double Left, double Right)> columns, double end, double next, bool wide)
    {
        for (var c = 1; c < columns.Count; c++)
        {
            var (left, right) = (columns[c - 1].Right, columns[c].Left);
            if ((end <= left + Slack && next >= right - Slack) || (wide && Math.Min(next, right) - Math.Max(end, left) >= Slack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a chunk where a figure or a planning code and its neighbour word fall in different columns: values printed
    /// close together (<c>9.00 10.00 11.00</c>, <c>ND 000084-</c>, <c>IND.01.AEI.04.01 personal</c>) run into one chunk,
    /// though each sits in its own column.
    /// </summary>
    private static IEnumerable<Chunk> SplitFigures(Chunk chunk, double[] bounds)
    {
        if (chunk.Words.Count < 2)
        {
            yield return chunk;
            yield break;
        }

        var words = chunk.Words as List<Word> ?? chunk.Words.ToList();
        var start = 0;
        var column = Best(bounds, words[0].Box);
        for (var i = 1; i < words.Count; i++)
        {
            var next = Best(bounds, words[i].Box);
            if (next != column && (IsValue(words[i - 1].Text) || IsValue(words[i].Text)))
            {
                yield return Part(words, start, i);
                start = i;
            }

            column = next;
        }

        yield return start == 0 ? chunk : Part(words, start, words.Count);
    }

    private static bool IsValue(string text) => Logical.CellValues.IsNumber(text) || Logical.CellValues.IsCompleteCode(text);

    private static Chunk Part(List<Word> words, int from, int to)
    {
        var box = words[from].Box;
        for (var i = from + 1; i < to; i++)
        {
            box = box.Union(words[i].Box);
        }

        return new Chunk(words.GetRange(from, to - from), box);
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

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

    /// <summary>What it costs (points) to put two neighbouring columns of a section in one column of the table.</summary>
    private const double SharedColumnCost = 30;

    /// <summary>How many header labels a section must share, column by column, with the reference to take its columns in order.</summary>
    private const int MinimumSharedLabels = 3;

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

    /// <summary>
    /// Lays out rows already known to be tables (the text between the rules of tables drawn one below the other) on the
    /// block finder's columns: seeded by the most fragmented rows, sections set with their own widths matched to each
    /// other, a heading running across the columns kept whole. A caption line (<c>Cuadro 2.</c>) or a numbered section
    /// heading on a line of its own starts another table; rows too few to find columns by are laid out as tabula's stream
    /// mode does.
    /// </summary>
    public static List<Table> Whole(int page, List<TextRow> rows)
    {
        var tables = new List<Table>();
        var start = 0;
        for (var end = 0; end <= rows.Count; end++)
        {
            if (end < rows.Count && !PartsTables(rows[end]))
            {
                continue;
            }

            var part = rows.GetRange(start, end - start);
            var columns = FromRichestRows(part, widen: true);
            if (part.Count(r => r.Chunks.Count >= 2) >= 2 && columns.Count >= 2)
            {
                tables.Add(BySection(page, part, columns) ?? Layout(page, part, columns, FromRichestRows(part, widen: false)));
            }
            else if (part.Count > 0)
            {
                // Too few rows of several chunks to find columns by: the rows are kept, on the columns their chunks show.
                tables.Add(StreamDetector.Build(page, part, Columns.FromText(part), null));
            }

            start = end + 1;
        }

        return tables;
    }

    /// <summary>
    /// Gets whether a lone row reads as a row of figures (at least two, and half of its chunks) rather than a justified line
    /// of prose, whose words also spread over the columns.
    /// </summary>
    private static bool HoldsFigures(TextRow row)
    {
        var figures = row.Chunks.Count(c => Logical.CellValues.IsNumber(c.Text));
        return figures >= 2 && figures * 2 >= row.Chunks.Count;
    }

    /// <summary>Adds the tables of one block: runs of rows with at least two chunks, single-chunk rows allowed between them.</summary>
    /// <param name="page">The page number.</param>
    /// <param name="block">The text rows.</param>
    /// <param name="tables">The tables found so far.</param>
    /// <param name="splitAtProse">Whether lines of prose split the run (only once).</param>
    /// <param name="cutFrom">The columns of the run a piece was cut from by a line of prose, if it was.</param>
    private static void AddRuns(int page, List<TextRow> block, List<Table> tables, bool splitAtProse, List<(double Left, double Right)>? cutFrom = null)
    {
        var first = block.FindIndex(r => r.Chunks.Count >= 2);
        var last = block.FindLastIndex(r => r.Chunks.Count >= 2);
        if (first < 0 || block.Count == 0)
        {
            return;
        }

        if (first == last)
        {
            // A lone row cut off by a line across the columns (a section's heading above the last row of a page, its
            // other lines on the next page) is laid out on the columns of the run it was cut from when it fills most of
            // them: too few rows to find columns of its own, but a row of the table all the same.
            if (cutFrom is not null && block[first].Chunks.Count * 2 >= cutFrom.Count && HoldsFigures(block[first]))
            {
                tables.Add(Layout(page, [block[first]], cutFrom, cutFrom));
            }

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
        // So is a table's caption or a section's heading between two tables whose rows show columns of their own.
        var prose = splitAtProse ? Enumerable.Range(0, run.Count).Where(i => run[i].Chunks.Count == 1 && (Crossed(columns, run[i].Chunks[0].Box) >= 2 || OpensTable(run, i))).ToList() : [];
        if (prose.Count > 0)
        {
            var start = 0;
            foreach (var line in prose.Append(run.Count))
            {
                if (line - start >= 1)
                {
                    // The first piece keeps the block's lines above the run: they may be a caption or the first lines
                    // of its first row's label (a code above its name, the figures set lower down).
                    var piece = start == 0 ? block.GetRange(0, first + line) : run.GetRange(start, line - start);
                    AddRuns(page, piece, tables, splitAtProse: false, columns);
                }

                start = line + 1;
            }

            return;
        }

        // A caption line right above the table (less than a row's height away) is kept as its first row, as camelot
        // does; a title set larger than the table's text is not a row.
        var rowHeight = Median(run.Select(r => r.Height));
        if (first > 0 && run[0].Box.Top - block[first - 1].Box.Bottom <= rowHeight)
        {
            run.Insert(0, block[first - 1]);

            // Lines stacked above it in a column of labels left of the others are the first lines of a label that
            // wraps (a code above its name, the row's figures set lower down), not captions; a label starts at its
            // code, so lines above a code belong to the row before (the end of a label begun on the page before).
            var stub = FromRichestRows(run, widen: true);
            for (var above = first - 2; above >= 0 && !StartsWithCode(run[0]) && run[0].Box.Top - block[above].Box.Bottom <= rowHeight && InFirstColumn(run[0], stub) && InFirstColumn(block[above], stub); above--)
            {
                run.Insert(0, block[above]);
            }
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
    /// gets the columns of its own rows, and the sections' rows are stacked into one table whose columns are those of the
    /// section with the most; the columns of the other sections are matched to them in order, nearest first (a section
    /// may lack a column, such as the code of a heading the first section does not have, and its columns sit a few
    /// points off). A piece with fewer than two rows of two chunks joins the section before it. Returns
    /// <see langword="null"/> when the run has fewer than two sections or a section has fewer than two columns.
    /// </summary>
    private static Table? BySection(int page, List<TextRow> run, List<(double Left, double Right)> columns)
    {
        var starts = Enumerable.Range(0, run.Count).Where(i => IsHeading(run[i], columns)).ToList();
        if (starts.Count < 2)
        {
            return null;
        }

        if (starts[0] > 0)
        {
            starts.Insert(0, 0);
        }

        var headings = starts.Where(i => i > 0 || IsHeading(run[0], columns)).Select(i => run[i]).ToHashSet();

        // A piece too small to set columns by (a footer line below the last section) stays with the section before it.
        var sections = new List<List<TextRow>>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : run.Count;
            var piece = run.GetRange(starts[k], end - starts[k]);
            if (sections.Count > 0 && (piece.Count(r => r.Chunks.Count >= 2) < 2 || sections[^1].Count(r => r.Chunks.Count >= 2) < 2))
            {
                sections[^1].AddRange(piece);
            }
            else
            {
                sections.Add(piece);
            }
        }

        if (sections.Count < 2)
        {
            return null;
        }

        var owns = new List<List<(double Left, double Right)>>();
        var gutters = new List<List<(double Left, double Right)>>();
        foreach (var section in sections)
        {
            // Figures a little more than a space apart (ND 100.00) are two cells: taken as one chunk they would join
            // their columns, and a section has too few rows to part them otherwise.
            var split = section.Select(SplitValues).ToList();
            var own = FromRichestRows(split, widen: true);
            gutters.Add(FromRichestRows(split, widen: false));
            if (section.Count(r => r.Chunks.Count >= 2) < 2 || own.Count < 2)
            {
                return null;
            }

            owns.Add(own);
        }

        // Sections that share their columns (one table whose rows a heading line parts now and then) are laid out on the
        // union of the columns of the sections that hold figures, when one section shows them all and the others fit in
        // them one to one: matching each section to a reference would part columns that only some sections' rows tell
        // apart. The header's lines are left out of the union, since a group label there spans columns.
        var body = Enumerable.Range(0, sections.Count).Where(k => sections[k].Any(HoldsValues)).ToList();
        if (body.Count >= 2 && Merge(body.SelectMany(k => owns[k])) is var union && union.Count == body.Max(k => owns[k].Count) && body.All(k => Fits(owns[k], union)))
        {
            return Layout(page, run, union, union, headings);
        }

        // The reference is the most common set of columns (the most columns among equally common ones): a section may
        // lack a column or split one.
        var master = owns.GroupBy(o => o.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().First();
        var masterLabels = Labels(sections[owns.IndexOf(master)], master);
        var cells = new List<Cell>();
        var offset = 0;
        PdfRect? box = null;
        for (var k = 0; k < sections.Count; k++)
        {
            var part = Layout(page, sections[k], owns[k], gutters[k], headings);
            var map = SameLabels(Labels(sections[k], owns[k]), masterLabels) ? Enumerable.Range(0, master.Count).ToArray() : Match(owns[k], master);
            var used = new bool[part.RowCount, master.Count];
            var placed = new Dictionary<(int Row, int Column), int>();
            foreach (var cell in part.Cells)
            {
                var (first, last) = (map[cell.Column], map[cell.Column + cell.ColumnSpan - 1]);
                if (placed.TryGetValue((cell.Row, first), out var at))
                {
                    // Two columns of the section in one column of the table: their texts are joined.
                    var shared = cells[at];
                    var text = shared.Text.Length == 0 ? cell.Text : cell.Text.Length == 0 ? shared.Text : shared.Text + " " + cell.Text;
                    cells[at] = shared with { Text = text, Box = shared.Box.Union(cell.Box), Ink = shared.Ink is { } inkA && cell.Ink is { } inkB ? inkA.Union(inkB) : shared.Ink ?? cell.Ink };
                    continue;
                }

                for (var c = first; c <= last; c++)
                {
                    used[cell.Row, c] = true;
                }

                placed[(cell.Row, first)] = cells.Count;
                cells.Add(cell with { Row = cell.Row + offset, Column = first, ColumnSpan = last - first + 1 });
            }

            // Slots of columns the section lacks hold empty cells.
            for (var r = 0; r < part.RowCount; r++)
            {
                for (var c = 0; c < master.Count; c++)
                {
                    if (!used[r, c])
                    {
                        var row = sections[k][r].Box;
                        cells.Add(new Cell(r + offset, c, 1, 1, new PdfRect(master[c].Left, row.Top, master[c].Right, row.Bottom), string.Empty));
                    }
                }
            }

            offset += part.RowCount;
            box = box is { } b ? b.Union(part.Box) : part.Box;
        }

        cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return new Table(page, box!.Value, cells, offset, master.Count) { Mode = TableMode.Stream };
    }

    /// <summary>Gets whether a row holds at least two figures other than years (a row of the body, not of the header).</summary>
    private static bool HoldsValues(TextRow row) =>
        row.Chunks.Count(c => Logical.CellValues.IsNumber(c.Text) && !Logical.CellValues.IsYearLike(c.Text)) >= 2;

    /// <summary>
    /// Gets whether a line parts two tables: it reads as a caption (<c>Cuadro 2.</c>) or a numbered section heading
    /// (<c>3.1.1. Asignación ...</c>), and the lines above it and the lines below it (up to the next such line) each hold
    /// at least two rows of several chunks.
    /// </summary>
    private static bool OpensTable(List<TextRow> run, int line)
    {
        if (!PartsTables(run[line]))
        {
            return false;
        }

        var above = run.Take(line).Reverse().TakeWhile(r => !PartsTables(r)).Count(r => r.Chunks.Count >= 2);
        var below = run.Skip(line + 1).TakeWhile(r => !PartsTables(r)).Count(r => r.Chunks.Count >= 2);
        return above >= 2 && below >= 2;
    }

    /// <summary>Gets whether a line is a table's caption (<c>Cuadro 2.</c>, whatever its chunks) or a numbered section
    /// heading on a line of its own (<c>3.1.1. Asignación ...</c>): what starts another table.</summary>
    private static bool PartsTables(TextRow row) =>
        Logical.Captions.IsCaption(row.Chunks.Count == 1 ? row.Chunks[0].Text : string.Join(' ', row.Chunks.Select(c => c.Text)))
        || (row.Chunks.Count == 1 && Logical.Captions.IsSectionHeading(row.Chunks[0].Text));

    /// <summary>Gets whether each of a section's columns lies in one of the run's columns, and no two in the same one.</summary>
    private static bool Fits(List<(double Left, double Right)> own, List<(double Left, double Right)> columns)
    {
        var last = -1;
        foreach (var (left, right) in own)
        {
            var hits = columns.FindAll(c => left < c.Right && right > c.Left);
            if (hits.Count != 1)
            {
                return false;
            }

            var at = columns.IndexOf(hits[0]);
            if (at <= last)
            {
                return false;
            }

            last = at;
        }

        return true;
    }

    /// <summary>Splits a row's chunks between two words more than a space apart where either is a figure or a code.</summary>
    private static TextRow SplitValues(TextRow row)
    {
        List<Chunk>? chunks = null;
        for (var k = 0; k < row.Chunks.Count; k++)
        {
            var words = row.Chunks[k].Words as List<Word> ?? row.Chunks[k].Words.ToList();
            var start = 0;
            for (var i = 1; i < words.Count; i++)
            {
                var wide = words[i].Box.Left - words[i - 1].Box.Right >= SplitGap * Math.Min(words[i - 1].FontSize, words[i].FontSize);
                if (wide && (IsValue(words[i - 1].Text) || IsValue(words[i].Text)))
                {
                    chunks ??= row.Chunks.Take(k).ToList();
                    chunks.Add(Part(words, start, i));
                    start = i;
                }
            }

            if (chunks is not null)
            {
                chunks.Add(start == 0 ? row.Chunks[k] : Part(words, start, words.Count));
            }
        }

        return chunks is null ? row : row with { Chunks = chunks };
    }

    /// <summary>Gets whether a row starts with a planning code (<c>AOI00008400592 -</c>, <c>IND.01.AEI.01.01</c>).</summary>
    private static bool StartsWithCode(TextRow row) => Logical.CellValues.StartsWithCode(row.Chunks[0].Text);

    /// <summary>Gets whether a row is one chunk lying inside the first of several columns.</summary>
    private static bool InFirstColumn(TextRow row, List<(double Left, double Right)> columns) =>
        columns.Count >= 2 && row.Chunks.Count == 1 && row.Box.Left >= columns[0].Left - Slack && row.Box.Right <= columns[0].Right + Slack;

    /// <summary>
    /// Gets whether a row is a section's heading: besides planning codes (<c>OEI.01</c>, <c>AEI.01.03</c>, each in a
    /// cell of its own), at most two chunks, one running across several column gaps.
    /// </summary>
    private static bool IsHeading(TextRow row, List<(double Left, double Right)> columns) =>
        row.Chunks.Count(c => c.Words.Count > 1 || !Logical.CellValues.IsCompleteCode(c.Words[0].Text)) <= 2 && row.Chunks.Any(c => Crossed(columns, c.Box) >= 2);

    /// <summary>
    /// Gets the label over each column in a section's fullest header line (its row with the most chunks, none of them a
    /// figure other than a year): the chunk whose middle lies in the column, else an empty string.
    /// </summary>
    private static string[] Labels(List<TextRow> section, List<(double Left, double Right)> columns)
    {
        var labels = new string[columns.Count];
        Array.Fill(labels, string.Empty);
        var line = section
            .Where(r => r.Chunks.Count >= 2 && r.Chunks.All(c => !Logical.CellValues.IsNumber(c.Text) || Logical.CellValues.IsYearLike(c.Text)))
            .MaxBy(r => r.Chunks.Count);
        foreach (var chunk in line?.Chunks ?? [])
        {
            var middle = (chunk.Box.Left + chunk.Box.Right) / 2;
            var c = columns.FindIndex(col => middle >= col.Left && middle <= col.Right);
            if (c >= 0)
            {
                labels[c] = labels[c].Length == 0 ? chunk.Text : labels[c] + " " + chunk.Text;
            }
        }

        return labels;
    }

    /// <summary>
    /// Gets whether a section prints, column by column, the reference's header labels: as many columns, at least
    /// <see cref="MinimumSharedLabels"/> labelled in both and none labelled otherwise. Its columns are then the
    /// reference's, in order, wherever they lie (a browser lays each section's table out with widths of its own, so
    /// that its columns drift from the reference's).
    /// </summary>
    private static bool SameLabels(string[] own, string[] reference)
    {
        if (own.Length != reference.Length)
        {
            return false;
        }

        var shared = 0;
        for (var c = 0; c < own.Length; c++)
        {
            if (own[c].Length > 0 && reference[c].Length > 0)
            {
                if (!string.Equals(own[c], reference[c], StringComparison.Ordinal))
                {
                    return false;
                }

                shared++;
            }
        }

        return shared >= MinimumSharedLabels;
    }

    /// <summary>
    /// Matches each column of a section, in order, to a column of the reference, so that the centres of matched columns
    /// are as close as possible in total: reference columns may go unmatched (a column the section lacks), and
    /// neighbouring columns of the section may share one (a column the section splits), at a cost of
    /// <see cref="SharedColumnCost"/> points; returns the reference index of each column of the section.
    /// </summary>
    private static int[] Match(List<(double Left, double Right)> own, List<(double Left, double Right)> reference)
    {
        var (n, m) = (own.Count, reference.Count);

        // cost[i, j]: the least total distance matching the first i + 1 own columns, the last to reference column j.
        var cost = new double[n, m];
        var from = new int[n, m];
        for (var i = 0; i < n; i++)
        {
            var (best, bestAt) = (double.PositiveInfinity, -1);
            for (var j = 0; j < m; j++)
            {
                var distance = Math.Abs(((own[i].Left + own[i].Right) / 2) - ((reference[j].Left + reference[j].Right) / 2));
                if (i == 0)
                {
                    (cost[i, j], from[i, j]) = (distance, -1);
                    continue;
                }

                // best: the cheapest match of the column before to a reference column left of j.
                var (value, at) = (best, bestAt);
                if (cost[i - 1, j] + SharedColumnCost < value)
                {
                    (value, at) = (cost[i - 1, j] + SharedColumnCost, j);
                }

                (cost[i, j], from[i, j]) = (distance + value, at);
                if (cost[i - 1, j] < best)
                {
                    (best, bestAt) = (cost[i - 1, j], j);
                }
            }
        }

        var last = 0;
        for (var j = 1; j < m; j++)
        {
            last = cost[n - 1, j] < cost[n - 1, last] ? j : last;
        }

        var map = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            map[i] = last;
            last = from[i, last];
        }

        return map;
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
        var values = rows.Where(HoldsValues).ToList();
        var body = values.Count > 0 ? values.Min(r => r.Box.Top) : double.NegativeInfinity;
        foreach (var row in rows.Where(r => r.Chunks.Count >= 2).OrderByDescending(r => r.Chunks.Count).ThenBy(r => r.Box.Top))
        {
            var added = new List<(double Left, double Right)>();
            var widened = false;
            var label = row.Box.Bottom <= body;
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

                // A header label (above the rows of values) centred over a wide cell whose figures are set to the right,
                // or whose text is set to the left, overlaps none of them. It heads that column; it is not another. A
                // label between rows of values is a row's label, in a column of its own.
                if (hits == 0 && label && HeadedColumn(columns, values, chunk.Box) is { } headed)
                {
                    (hits, hit) = (1, headed);
                }

                if (hits == 1 && widen)
                {
                    var grown = (Math.Min(columns[hit].Left, chunk.Box.Left), Math.Max(columns[hit].Right, chunk.Box.Right));
                    widened |= grown != columns[hit];
                    columns[hit] = grown;
                }
                else if (hits == 0)
                {
                    added.Add((chunk.Box.Left, chunk.Box.Right));
                }
            }

            // Merged columns stay merged until one grows or a new one comes.
            if (widened || added.Count > 0)
            {
                columns = Merge(columns.Concat(added));
            }
        }

        // Lines left of every column, each alone on its text row, are a column of their own: labels that wrap on lines
        // between those of the figures (a browser centres the figures in a row several name lines high).
        if (columns.Count >= 2)
        {
            var stub = (Left: double.PositiveInfinity, Right: double.NegativeInfinity);
            foreach (var row in rows)
            {
                if (row.Chunks.Count == 1 && row.Box.Right < columns[0].Left)
                {
                    stub = (Math.Min(stub.Left, row.Box.Left), Math.Max(stub.Right, row.Box.Right));
                }
            }

            if (stub.Left <= stub.Right)
            {
                columns.Insert(0, stub);
            }
        }

        return columns;
    }

    /// <summary>
    /// Gets the column a header label that overlaps no column heads, from where a centred label must lie: over a column
    /// of figures (right-aligned, mostly figures in the rows of values) its cell ends at the figures, so it starts as far
    /// left of the label's middle, right of the column before; over a column of text (left-aligned) its cell starts at the
    /// text, so it ends as far right of the label's middle, left of the column after. Else <see langword="null"/>: a
    /// column of its own.
    /// </summary>
    private static int? HeadedColumn(List<(double Left, double Right)> columns, List<TextRow> values, PdfRect label)
    {
        const double Slack = 2; // points a cell's edge may lie past the column beside it (cell padding, rounding)
        var next = columns.FindIndex(c => c.Left >= label.Right);
        next = next < 0 ? columns.Count : next;
        var previous = next - 1;
        if (previous >= 0 && columns[previous].Right > label.Left)
        {
            return null;
        }

        // Where the rows of values print in a column (a group label above may have widened it).
        var middle = label.CenterX;
        if (next < columns.Count && Values(columns[next], values) is { Figures: true } after
            && (previous < 0 || (2 * middle) - after.Right >= Values(columns[previous], values).Right - Slack))
        {
            return next;
        }

        if (previous >= 0 && Values(columns[previous], values) is { Figures: false } before
            && (next == columns.Count || (2 * middle) - before.Left <= Values(columns[next], values).Left + Slack))
        {
            return previous;
        }

        return null;
    }

    /// <summary>Gets where the rows of values print in a column, and whether they print mostly figures there.</summary>
    private static (bool Figures, double Left, double Right) Values((double Left, double Right) column, List<TextRow> values)
    {
        var (figures, all) = (0, 0);
        var (left, right) = (column.Right, column.Left);
        foreach (var chunk in values.SelectMany(r => r.Chunks))
        {
            if (chunk.Box.CenterX > column.Left && chunk.Box.CenterX < column.Right)
            {
                all++;
                figures += Logical.CellValues.IsNumber(chunk.Text) ? 1 : 0;
                (left, right) = (Math.Min(left, chunk.Box.Left), Math.Max(right, chunk.Box.Right));
            }
        }

        return all == 0 ? (false, column.Left, column.Right) : (figures * 2 > all, left, right);
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
    /// <param name="page">The page number.</param>
    /// <param name="rows">The text rows.</param>
    /// <param name="columns">The columns, widened to cover the text.</param>
    /// <param name="gutters">The columns of the most regular rows, whose gaps part words into cells.</param>
    /// <param name="headings">The rows that are sections' heading lines, if any: their chunks are kept whole, each in the
    /// column where it starts, since a heading runs across the columns without belonging to them.</param>
    private static Table Layout(int page, List<TextRow> rows, List<(double Left, double Right)> columns, List<(double Left, double Right)> gutters, HashSet<TextRow>? headings = null)
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
            if (headings is not null && headings.Contains(rows[r]))
            {
                var spans = new int[columns.Count];
                foreach (var chunk in rows[r].Chunks)
                {
                    var column = Math.Clamp(Array.FindLastIndex(bounds, b => b <= chunk.Box.Left), 0, columns.Count - 1);
                    var last = Math.Clamp(Array.FindLastIndex(bounds, b => b < chunk.Box.Right), column, columns.Count - 1);
                    (texts[column] ??= []).Add(chunk.Text);
                    spans[column] = Math.Max(spans[column], last - column + 1);
                }

                for (var c = 0; c < columns.Count; c++)
                {
                    var span = Math.Clamp(spans[c], 1, columns.Count - c);
                    for (var k = c + 1; k < c + span; k++)
                    {
                        // A chunk starting under a longer one (never in a heading of two chunks) would lose its slot.
                        span = texts[k] is null ? span : k - c;
                    }

                    var text = texts[c] is { } parts ? string.Join(' ', parts) : string.Empty;
                    cells.Add(new Cell(r, c, 1, span, new PdfRect(bounds[c], rows[r].Box.Top, bounds[c + span], rows[r].Box.Bottom), text));
                    c += span - 1;
                }

                continue;
            }

            var ink = new PdfRect?[columns.Count];
            foreach (var chunk in Cells(rows[r], gutters).SelectMany(c => SplitFigures(c, bounds)))
            {
                var column = Best(bounds, chunk.Box);
                (texts[column] ??= []).Add(chunk.Text);
                ink[column] = ink[column] is { } b ? b.Union(chunk.Box) : chunk.Box;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var text = texts[c] is { } parts ? WordJoin.Chunks(parts) : string.Empty;
                cells.Add(new Cell(r, c, 1, 1, new PdfRect(bounds[c], rows[r].Box.Top, bounds[c + 1], rows[r].Box.Bottom), text) { Ink = ink[c] });
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

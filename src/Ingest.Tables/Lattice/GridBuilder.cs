namespace Ingest.Tables.Lattice;

/// <summary>Turns one connected group of rulings into a table: grid lines, then cells bounded by drawn edges, then text.</summary>
internal static class GridBuilder
{
    private const double Tolerance = LatticeDetector.Tolerance;

    public static Table? Build(int page, List<Segment> horizontals, List<Segment> verticals, IReadOnlyList<Word> words, PdfRect? pageBounds)
    {
        // Lines that run past the outermost crossing lines (a table with no outer frame) still bound the table, unless
        // they run to the edge of the page: there they are guides drawn across the page, not a border. With an area the
        // caller has drawn the table's outline, and lines cut by it end at its edge; there a column needs a drawn vertical
        // on each side (as in tabula, whose expectations drop a first or last column with no outer border), while rows
        // may still be closed by where the verticals end (tabula keeps a header row with no top rule).
        var ys = LatticeDetector.SnapValues(horizontals.Select(s => s.Position).Concat(verticals.SelectMany(s => new[] { s.Start, s.End }).Where(y => pageBounds is not { } p || !AtEdge(y, p.Top, p.Bottom))));
        var xs = LatticeDetector.SnapValues(verticals.Select(s => s.Position).Concat(pageBounds is { } q ? horizontals.SelectMany(s => new[] { s.Start, s.End }).Where(x => !AtEdge(x, q.Left, q.Right)) : []));
        ys = ys.Where(y => y <= ys[0] + Tolerance || y >= ys[^1] - Tolerance || horizontals.Any(s => Math.Abs(s.Position - y) <= Tolerance)).ToList();
        xs = xs.Where(x => x <= xs[0] + Tolerance || x >= xs[^1] - Tolerance || verticals.Any(s => Math.Abs(s.Position - x) <= Tolerance)).ToList();
        DropEmptyOuterBands(ys, xs, horizontals, words, vertical: false);
        DropEmptyOuterBands(xs, ys, verticals, words, vertical: true);
        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        if (rows < 1 || columns < 1)
        {
            return null;
        }

        var box = new PdfRect(xs[0], ys[0], xs[^1], ys[^1]);
        var inside = words.Where(w => LatticeDetector.Contains(box, w.Box.CenterX, w.Box.CenterY)).ToList();
        if (inside.Count == 0)
        {
            return null;
        }

        var owner = JoinSlots(rows, columns, xs, ys, horizontals, verticals);
        var spans = new Dictionary<int, (int Top, int Left, int Bottom, int Right)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var id = owner[r, c];
                spans[id] = spans.TryGetValue(id, out var s)
                    ? (Math.Min(s.Top, r), Math.Min(s.Left, c), Math.Max(s.Bottom, r), Math.Max(s.Right, c))
                    : (r, c, r, c);
            }
        }

        var texts = new Dictionary<int, List<Word>>();
        foreach (var word in inside)
        {
            var r = Slot(ys, word.Box.CenterY);
            var c = Slot(xs, word.Box.CenterX);
            var id = owner[r, c];
            if (!texts.TryGetValue(id, out var list))
            {
                list = [];
                texts[id] = list;
            }

            list.Add(word);
        }

        var cells = spans
            .Select(pair => new Cell(
                pair.Value.Top,
                pair.Value.Left,
                pair.Value.Bottom - pair.Value.Top + 1,
                pair.Value.Right - pair.Value.Left + 1,
                new PdfRect(xs[pair.Value.Left], ys[pair.Value.Top], xs[pair.Value.Right + 1], ys[pair.Value.Bottom + 1]),
                texts.TryGetValue(pair.Key, out var cellWords) ? CellText.Join(cellWords) : string.Empty))
            .OrderBy(c => c.Row)
            .ThenBy(c => c.Column)
            .ToList();
        if (rows == 1 && columns == 1 && cells[0].Text.Length == 0)
        {
            return null;
        }

        return new Table(page, box, cells, rows, columns);
    }

    /// <summary>Gives every grid slot the id of the cell it belongs to; slots with no drawn edge between them share a cell, and each cell is a rectangle.</summary>
    private static int[,] JoinSlots(int rows, int columns, List<double> xs, List<double> ys, List<Segment> horizontals, List<Segment> verticals)
    {
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        bool Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb)
            {
                return false;
            }

            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            return true;
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !verticals.Any(s => Math.Abs(s.Position - xs[c + 1]) <= Tolerance && s.Covers(ys[r], ys[r + 1], Tolerance)))
                {
                    Union((r * columns) + c, (r * columns) + c + 1);
                }

                if (r + 1 < rows && !horizontals.Any(s => Math.Abs(s.Position - ys[r + 1]) <= Tolerance && s.Covers(xs[c], xs[c + 1], Tolerance)))
                {
                    Union((r * columns) + c, ((r + 1) * columns) + c);
                }
            }
        }

        // A group of slots shaped like an L becomes its bounding rectangle, which may swallow other groups; repeat until stable.
        var changed = true;
        while (changed)
        {
            changed = false;
            var bounds = new Dictionary<int, (int Top, int Left, int Bottom, int Right)>();
            for (var i = 0; i < rows * columns; i++)
            {
                var (r, c, root) = (i / columns, i % columns, Find(i));
                bounds[root] = bounds.TryGetValue(root, out var b)
                    ? (Math.Min(b.Top, r), Math.Min(b.Left, c), Math.Max(b.Bottom, r), Math.Max(b.Right, c))
                    : (r, c, r, c);
            }

            foreach (var (root, b) in bounds)
            {
                for (var r = b.Top; r <= b.Bottom; r++)
                {
                    for (var c = b.Left; c <= b.Right; c++)
                    {
                        changed |= Union(root, (r * columns) + c);
                    }
                }
            }
        }

        var owner = new int[rows, columns];
        for (var i = 0; i < rows * columns; i++)
        {
            owner[i / columns, i % columns] = Find(i);
        }

        return owner;
    }

    private static bool AtEdge(double value, double low, double high) => value <= low + Tolerance || value >= high - Tolerance;

    /// <summary>
    /// Removes the first or last grid line when no ruling is drawn there (it is only where crossing lines end) and the band
    /// it bounds holds no word: lines that overshoot the table make no empty row or column.
    /// </summary>
    private static void DropEmptyOuterBands(List<double> lines, List<double> across, List<Segment> drawn, IReadOnlyList<Word> words, bool vertical)
    {
        bool Bare(double value) => !drawn.Any(s => Math.Abs(s.Position - value) <= Tolerance);
        bool Empty(double from, double to) => !words.Any(w =>
        {
            var (along, other) = vertical ? (w.Box.CenterX, w.Box.CenterY) : (w.Box.CenterY, w.Box.CenterX);
            return along > from && along < to && other >= across[0] && other <= across[^1];
        });

        if (lines.Count > 2 && Bare(lines[0]) && Empty(lines[0], lines[1]))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count > 2 && Bare(lines[^1]) && Empty(lines[^2], lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>The index of the slot between consecutive lines that holds <paramref name="value"/>, clamped to the grid.</summary>
    private static int Slot(List<double> lines, double value)
    {
        var index = lines.BinarySearch(value);
        var slot = index >= 0 ? index : ~index - 1;
        return Math.Clamp(slot, 0, lines.Count - 2);
    }
}

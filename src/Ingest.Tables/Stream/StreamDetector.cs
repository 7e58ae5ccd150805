namespace Ingest.Tables.Stream;

/// <summary>Builds text-aligned ("stream") tables: rows from text rows, columns from the gaps between chunks.</summary>
internal static class StreamDetector
{
    public static IReadOnlyList<Table> Detect(PageContent page, PdfRect? area, StreamOptions options)
    {
        var words = AreaText.Select(page.Words, area);
        var separators = Separators(page, options);
        if (words.Count == 0)
        {
            return area is { } empty ? [new Table(page.PageNumber, empty, [], 0, 0) { Mode = TableMode.Stream }] : [];
        }

        if (area is not null || separators is not null)
        {
            var rows = TextRows.Build(words, separators ?? [], TextRows.SpaceGap);
            return [Build(page.PageNumber, rows, separators ?? Columns.FromText(rows), area)];
        }

        return TableBlocks.Find(page.PageNumber, TextRows.Build(words, [], TextRows.SpaceGap));
    }

    /// <summary>Lays chunks out in a grid: one table row per text row, the column of each chunk from the separators.</summary>
    internal static Table Build(int page, IReadOnlyList<TextRow> rows, IReadOnlyList<double> separators, PdfRect? area)
    {
        var placed = rows.Select(r => r.Chunks.Select(c => (Chunk: c, Column: Columns.Of(separators, c.Box.Left))).ToList()).ToList();
        var columnCount = placed.Max(r => r.Count == 0 ? 0 : r.Max(p => p.Column)) + 1;
        var box = area ?? rows.Skip(1).Aggregate(rows[0].Box, (b, r) => b.Union(r.Box));
        var cells = new List<Cell>(rows.Count * columnCount);
        for (var r = 0; r < rows.Count; r++)
        {
            var (top, bottom) = (rows[r].Box.Top, rows[r].Box.Bottom);
            for (var c = 0; c < columnCount; c++)
            {
                var left = c == 0 ? box.Left : Math.Max(box.Left, separators[c - 1]);
                var right = c < separators.Count ? Math.Min(box.Right, separators[c]) : box.Right;
                var text = WordJoin.Chunks(placed[r].Where(p => p.Column == c).Select(p => p.Chunk.Text));
                cells.Add(new Cell(r, c, 1, 1, new PdfRect(left, top, Math.Max(left, right), bottom), text));
            }
        }

        return new Table(page, box, cells, rows.Count, columnCount) { Mode = TableMode.Stream };
    }

    private static List<double>? Separators(PageContent page, StreamOptions options)
    {
        var positions = new List<double>();
        if (options.ColumnSeparators is { } given)
        {
            positions.AddRange(given);
        }

        if (options.UseVerticalRulings)
        {
            positions.AddRange(page.Rulings.Where(r => r.Orientation == RulingOrientation.Vertical && !r.Color.IsNearWhite).Select(r => (r.X0 + r.X1) / 2));
        }

        // A ruling drawn in pieces or twice gives nearly equal positions: one separator, not an empty sliver column.
        return options.ColumnSeparators is null && !options.UseVerticalRulings ? null : Lattice.LatticeDetector.SnapValues(positions);
    }
}

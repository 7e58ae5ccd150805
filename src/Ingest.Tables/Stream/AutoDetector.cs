namespace Ingest.Tables.Stream;

/// <summary>Lattice tables where rulings enclose text; tables drawn with horizontal rules only (<see cref="RuleRegions"/>);
/// stream tables in the text outside them.</summary>
internal static class AutoDetector
{
    public static IReadOnlyList<Table> Detect(PageContent page, PdfRect? area)
    {
        var lattice = Lattice.LatticeDetector.Detect(page, area);
        var outside = AreaText.Select(page.Words, area);
        if (lattice.Count > 0)
        {
            outside.RemoveAll(w => InAny(lattice, w.Box));
        }

        var stream = TableBlocks.Find(page.PageNumber, TextRows.Build(outside, [], TextRows.SpaceGap));

        // A table drawn with horizontal rules only whose wrapped rows the block finder cut up and partly dropped (blocks
        // of one row do not look like tables): the text between its rules is read as one table instead.
        // The text outside such tables is looked at again by the block finder, so that a block reaching past the rules
        // (a table above or below, drawn alike) keeps its rows; the blocks it finds then may leave another such table
        // partly dropped in turn.
        var regions = RuleRegions.Find(page, area, lattice);
        var read = new List<Table>?[regions.Count];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < regions.Count; i++)
            {
                var region = regions[i];
                var words = read[i] is null ? outside.Where(w => region.HoldsCentreOf(w.Box)).ToList() : [];
                var kept = words.Count(w => stream.Any(t => t.Box.Left - 1 <= w.Box.CenterX && w.Box.CenterX <= t.Box.Right + 1 && t.Box.Top - 1 <= w.Box.CenterY && w.Box.CenterY <= t.Box.Bottom + 1));
                if (kept * 10 < words.Count * 9 && TableBlocks.Whole(page.PageNumber, TextRows.Build(words, [], TextRows.SpaceGap)) is { Count: > 0 } whole)
                {
                    read[i] = whole;
                    changed = true;
                }
            }

            if (changed)
            {
                var rest = outside.Where(w => !regions.Where((_, i) => read[i] is not null).Any(r => r.HoldsCentreOf(w.Box))).ToList();
                stream = TableBlocks.Find(page.PageNumber, TextRows.Build(rest, [], TextRows.SpaceGap));
            }
        }

        stream = [.. stream, .. read.Where(r => r is not null).SelectMany(r => r!)];

        return lattice.Count == 0 && stream.Count <= 1 ? stream : lattice.Concat(stream).OrderBy(t => Math.Round(t.Box.Top, 1)).ThenBy(t => t.Box.Left).ToList();
    }

    private static bool InAny(IReadOnlyList<Table> tables, PdfRect box)
    {
        foreach (var table in tables)
        {
            if (Lattice.LatticeDetector.Contains(table.Box, box.CenterX, box.CenterY))
            {
                return true;
            }
        }

        return false;
    }
}

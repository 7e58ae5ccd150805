namespace Ingest.Tables.Stream;

/// <summary>Lattice tables where rulings enclose text, stream tables in the text outside them.</summary>
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

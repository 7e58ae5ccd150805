namespace Ingest.Tables.Stream;

/// <summary>Lattice tables where rulings enclose text, stream tables in the text outside them.</summary>
internal static class AutoDetector
{
    public static IReadOnlyList<Table> Detect(PageContent page, PdfRect? area)
    {
        var lattice = Lattice.LatticeDetector.Detect(page, area);
        var outside = AreaText.Select(page.Words, area)
            .Where(w => !lattice.Any(t => Lattice.LatticeDetector.Contains(t.Box, w.Box.CenterX, w.Box.CenterY)))
            .ToList();
        var stream = TableBlocks.Find(page.PageNumber, TextRows.Build(outside, [], TextRows.SpaceGap));
        return lattice.Concat(stream).OrderBy(t => Math.Round(t.Box.Top, 1)).ThenBy(t => t.Box.Left).ToList();
    }
}

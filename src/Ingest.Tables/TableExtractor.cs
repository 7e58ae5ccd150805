using Ingest.Tables.Lattice;

namespace Ingest.Tables;

/// <summary>Finds tables on a page read by <see cref="PdfPage.ReadContent"/>.</summary>
public static class TableExtractor
{
    /// <summary>Finds ruled ("lattice") tables: tables whose cells are drawn with lines.</summary>
    /// <remarks>
    /// Rulings that touch or cross form one table; tables that share no ruling are returned separately, ordered
    /// top to bottom and then left to right. A cell boundary exists only where a ruling is drawn, so a missing
    /// internal line yields a cell spanning several rows or columns. Tables without any word are dropped.
    /// </remarks>
    /// <param name="page">The page content.</param>
    /// <param name="area">
    /// When given, only rulings inside this rectangle (clipped to it) and words whose centre lies in it are used;
    /// in points with the origin at the top left of the page.
    /// </param>
    /// <returns>The tables found; empty when the page has no ruled table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Table> Lattice(PageContent page, PdfRect? area = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return LatticeDetector.Detect(page, area);
    }
}

using Ingest.Tables.Lattice;
using Ingest.Tables.Stream;

namespace Ingest.Tables;

/// <summary>Finds tables on a page read by <see cref="PdfPage.ReadContent"/>.</summary>
public static class TableExtractor
{
    /// <summary>Runs a detector on the page turned so that most of its text reads left to right, and turns the tables back.</summary>
    private static IReadOnlyList<Table> Upright(PageContent page, PdfRect? area, Func<PageContent, PdfRect?, IReadOnlyList<Table>> detect)
    {
        if (PageRotation.For(page, area) is not { } rotation)
        {
            return detect(page, area);
        }

        var turnedArea = area is { } box ? rotation.Turn(box) : (PdfRect?)null;
        return detect(rotation.Apply(page), turnedArea).Select(rotation.Undo).ToList();
    }

    /// <summary>Finds the tables of a page in the given mode.</summary>
    /// <remarks>
    /// In <see cref="TableMode.Auto"/>, ruled tables are taken where rulings enclose the text, and text-aligned tables
    /// are looked for in the text outside them; only blocks of at least two rows and two aligned columns are kept, so
    /// body paragraphs do not become tables. Tables are ordered top to bottom and then left to right.
    /// In every mode, a page whose text mostly runs top to bottom, bottom to top or upside down is read turned upright:
    /// rows and columns are those of the table as read, and boxes stay in the coordinates of the page as displayed.
    /// </remarks>
    /// <param name="page">The page content.</param>
    /// <param name="mode">Which kinds of table to look for.</param>
    /// <param name="area">When given, only what lies in this rectangle is used; in points with the origin at the top left of the page.</param>
    /// <returns>The tables found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public static IReadOnlyList<Table> Extract(PageContent page, TableMode mode = TableMode.Auto, PdfRect? area = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return mode switch
        {
            TableMode.Lattice => Lattice(page, area),
            TableMode.Stream => Stream(page, area),
            TableMode.Auto => Upright(page, area, AutoDetector.Detect),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Unknown table mode {mode}."),
        };
    }

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
        return Upright(page, area, LatticeDetector.Detect);
    }

    /// <summary>Finds text-aligned ("stream") tables: tables drawn without lines, whose columns show only as gaps in the text.</summary>
    /// <remarks>
    /// Each text row (words whose boxes overlap vertically) is a table row; words closer than about a space and a half
    /// form one chunk, and columns come from the chunks' horizontal extents across the rows, or from
    /// <see cref="StreamOptions.ColumnSeparators"/> and <see cref="StreamOptions.UseVerticalRulings"/> when given. With an
    /// area or explicit separators the whole text is one table (empty, with 0 rows, when the area holds no text);
    /// without them, blocks of text separated by large vertical gaps or with different columns are separate tables and
    /// blocks that do not look like tables (fewer than two rows with two aligned columns) are dropped. A block printed as
    /// sections, each opened by a heading line running across the columns and set with its own column widths (a browser's
    /// report), is one table on the columns most sections share; a heading's text is one cell spanning the columns it runs
    /// across. Every other cell spans one row and one column.
    /// </remarks>
    /// <param name="page">The page content.</param>
    /// <param name="area">When given, only words whose centre lies in this rectangle are used; in points with the origin at the top left of the page.</param>
    /// <param name="options">The column options; <see cref="StreamOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tables found, top to bottom.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Table> Stream(PageContent page, PdfRect? area = null, StreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Upright(page, area, (p, a) => StreamDetector.Detect(p, a, options ?? StreamOptions.Default));
    }
}

namespace Ingest.Tables;

/// <summary>
/// Turns a page whose text mostly runs top to bottom, bottom to top or upside down so that it reads left to right, and
/// turns the tables found there back: rotated tables are found by the same code as upright ones.
/// </summary>
/// <param name="QuarterTurns">The reading direction of the text in quarter turns clockwise (1, 2 or 3).</param>
/// <param name="Width">The width of the page as displayed.</param>
/// <param name="Height">The height of the page as displayed.</param>
internal sealed record PageRotation(int QuarterTurns, double Width, double Height)
{
    /// <summary>The rotation that makes most of the text in the area upright, or <see langword="null"/> when most of it already is.</summary>
    public static PageRotation? For(PageContent page, PdfRect? area)
    {
        var letters = new int[4];
        foreach (var word in page.Words)
        {
            if (area is not { } clip || (word.Box.CenterX >= clip.Left && word.Box.CenterX <= clip.Right && word.Box.CenterY >= clip.Top && word.Box.CenterY <= clip.Bottom))
            {
                letters[((word.Rotation % 4) + 4) % 4] += word.Text.Length;
            }
        }

        var best = Array.IndexOf(letters, letters.Max());
        return best == 0 || letters[best] * 2 <= letters.Sum() ? null : new PageRotation(best, page.Width, page.Height);
    }

    /// <summary>The page as it looks after the turn: words, lines and rulings moved, width and height swapped for quarter turns.</summary>
    public PageContent Apply(PageContent page)
    {
        var (width, height) = QuarterTurns % 2 == 1 ? (Height, Width) : (Width, Height);
        var words = page.Words.Select(Turn).ToList();
        var rulings = page.Rulings.Select(r =>
        {
            var box = Turn(new PdfRect(r.X0, r.Y0, r.X1, r.Y1));
            return r with { X0 = box.Left, Y0 = box.Top, X1 = box.Right, Y1 = box.Bottom };
        }).ToList();
        return page with { Width = width, Height = height, Words = words, Lines = [], Rulings = rulings, ShadedAreas = page.ShadedAreas.Select(Turn).ToList() };
    }

    /// <summary>A table found on the turned page, with its boxes moved back onto the page as displayed.</summary>
    public Table Undo(Table table) => table with
    {
        Box = Back(table.Box),
        Cells = table.Cells.Select(c => c with { Box = Back(c.Box) }).ToList(),
    };

    /// <summary>A rectangle of the page as displayed, moved onto the turned page.</summary>
    public PdfRect Turn(PdfRect box) => Bounds(Map(box.Left, box.Top), Map(box.Right, box.Bottom));

    private Word Turn(Word word)
    {
        var box = Turn(word.Box);
        var rotation = (((word.Rotation - QuarterTurns) % 4) + 4) % 4;

        // The baseline is a y for upright text and an x for vertical text; move it with the word's box.
        var baseline = QuarterTurns switch
        {
            1 => Width - word.Baseline,
            3 => word.Baseline,
            _ => Height - word.Baseline,
        };
        return word with { Box = box, Rotation = rotation, Baseline = word.Baseline > 0 ? baseline : 0 };
    }

    private PdfRect Back(PdfRect box) => Bounds(Unmap(box.Left, box.Top), Unmap(box.Right, box.Bottom));

    /// <summary>Where a point of the displayed page lands on the turned page.</summary>
    private (double X, double Y) Map(double x, double y) => QuarterTurns switch
    {
        1 => (y, Width - x),
        3 => (Height - y, x),
        _ => (Width - x, Height - y),
    };

    /// <summary>Where a point of the turned page lies on the displayed page.</summary>
    private (double X, double Y) Unmap(double x, double y) => QuarterTurns switch
    {
        1 => (Width - y, x),
        3 => (y, Height - x),
        _ => (Width - x, Height - y),
    };

    private static PdfRect Bounds((double X, double Y) a, (double X, double Y) b) =>
        new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
}

using Ingest.Pdf;

namespace Ingest.Tables.Tests.Lattice;

/// <summary>Builds hand-made pages: rulings from coordinates and words from a text and a box.</summary>
internal static class PageBuilder
{
    public static Ruling Horizontal(double y, double x0, double x1) => new(x0, y, x1, y, 0.5, PdfColor.Black, RulingSource.Stroke);

    public static Ruling Vertical(double x, double y0, double y1) => new(x, y0, x, y1, 0.5, PdfColor.Black, RulingSource.Stroke);

    /// <summary>A word of 10-point text whose box starts at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static Word Word(string text, double left, double top) =>
        new(text, new PdfRect(left, top, left + (5 * text.Length), top + 10), "Helvetica", 10, false, false, 0) { Baseline = top + 8 };

    public static PageContent Page(IReadOnlyList<Ruling> rulings, IReadOnlyList<Word> words) =>
        new(1, 612, 792, words, [], rulings, [], 0, []);

    /// <summary>Rulings for a full grid with the given line positions.</summary>
    public static List<Ruling> Grid(double[] xs, double[] ys)
    {
        var rulings = new List<Ruling>();
        rulings.AddRange(ys.Select(y => Horizontal(y, xs[0], xs[^1])));
        rulings.AddRange(xs.Select(x => Vertical(x, ys[0], ys[^1])));
        return rulings;
    }
}

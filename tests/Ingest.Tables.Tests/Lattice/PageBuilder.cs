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

    /// <summary>Words of one line, each placed at its x, on the line whose top is <paramref name="top"/>.</summary>
    public static IEnumerable<Word> Line(double top, params (string Text, double Left)[] words) => words.Select(w => Word(w.Text, w.Left, top));

    /// <summary>A line of prose starting at <paramref name="left"/>: words a normal space (3 points at 10 points) apart.</summary>
    public static IEnumerable<Word> Prose(double top, double left, string text)
    {
        var x = left;
        foreach (var part in text.Split(' '))
        {
            yield return Word(part, x, top);
            x += (5 * part.Length) + 3;
        }
    }

    /// <summary>A word for <see cref="Line"/> whose box ends at <paramref name="right"/> (a right-aligned figure).</summary>
    public static (string Text, double Left) EndingAt(string text, double right) => (text, right - (5 * text.Length));

    /// <summary>The words set in bold, as header labels often are.</summary>
    public static IEnumerable<Word> Bold(IEnumerable<Word> words) => words.Select(w => w with { Bold = true });

    /// <summary>Horizontal rules from <paramref name="x0"/> to <paramref name="x1"/> at the given heights.</summary>
    public static List<Ruling> Rules(double x0, double x1, params double[] ys) => ys.Select(y => Horizontal(y, x0, x1)).ToList();

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

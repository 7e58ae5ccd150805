using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Text;

/// <summary>Builds synthetic pages: one line per call, words 5 points per character apart.</summary>
internal sealed class PageBuilder(int number, double width = 842, double height = 595)
{
    private readonly List<TextLine> lines = [];

    public PageBuilder Line(double top, string text, double left = 40, double size = 9, bool bold = false)
    {
        var words = new List<Word>();
        var x = left;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isBold = bold || part.StartsWith('^');
            var clean = part.TrimStart('^');
            var box = new PdfRect(x, top, x + (clean.Length * size * 0.5), top + size);
            words.Add(new Word(clean, box, "Arial", size, isBold, false, 0));
            x = box.Right + (size * 0.3);
        }

        var union = words.Skip(1).Aggregate(words[0].Box, (acc, w) => acc.Union(w.Box));
        lines.Add(new TextLine(words, union));
        return this;
    }

    /// <summary>Adds a table row: cells far apart.</summary>
    public PageBuilder Row(double top, params string[] cells)
    {
        var words = new List<Word>();
        var x = 40.0;
        foreach (var cell in cells)
        {
            var box = new PdfRect(x, top, x + (cell.Length * 4.5), top + 9);
            words.Add(new Word(cell, box, "Arial", 9, false, false, 0));
            x = box.Right + 60;
        }

        lines.Add(new TextLine(words, words.Skip(1).Aggregate(words[0].Box, (acc, w) => acc.Union(w.Box))));
        return this;
    }

    public PageContent Build()
    {
        var ordered = lines.OrderBy(l => l.Box.Top).ToList();
        return new PageContent(number, width, height, ordered.SelectMany(l => l.Words).ToList(), ordered, [], [], 0, []);
    }

    public static PageContent Scan(int number) => new(number, 595, 842, [], [], [], [], 1, []);
}

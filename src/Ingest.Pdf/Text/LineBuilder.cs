namespace Ingest.Pdf.Text;

/// <summary>Groups words into lines (same direction, baselines within a fraction of the font size) in reading order.</summary>
internal static class LineBuilder
{
    public static List<TextLine> Build(IReadOnlyList<Word> words)
    {
        var lines = new List<TextLine>();
        foreach (var group in words.GroupBy(w => w.Rotation).OrderBy(g => g.Key))
        {
            var rot = group.Key;
            var sorted = group.OrderBy(w => Primary(w, rot)).ThenBy(w => Secondary(w, rot)).ToList();
            var current = new List<Word>();
            double baseline = 0;
            double size = 0;
            foreach (var w in sorted)
            {
                if (current.Count > 0 && Math.Abs(Primary(w, rot) - baseline) > 0.35 * Math.Max(size, w.FontSize))
                {
                    lines.Add(Make(current, rot));
                    current = [];
                }

                if (current.Count == 0)
                {
                    baseline = Primary(w, rot);
                    size = w.FontSize;
                }

                current.Add(w);
            }

            if (current.Count > 0)
            {
                lines.Add(Make(current, rot));
            }
        }

        return lines;
    }

    // The coordinate across the reading direction, growing in reading order (top to bottom for rotation 0).
    private static double Primary(Word w, int rot) => rot switch
    {
        0 => w.Baseline,
        1 => -w.Baseline,
        2 => -w.Baseline,
        _ => w.Baseline,
    };

    private static double Secondary(Word w, int rot) => rot switch
    {
        0 => w.Box.Left,
        1 => w.Box.Top,
        2 => -w.Box.Right,
        _ => -w.Box.Bottom,
    };

    private static TextLine Make(List<Word> words, int rot)
    {
        var ordered = words.OrderBy(w => Secondary(w, rot)).ToList();
        var box = ordered[0].Box;
        foreach (var w in ordered.Skip(1))
        {
            box = box.Union(w.Box);
        }

        return new TextLine(ordered, box);
    }
}

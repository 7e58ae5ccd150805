namespace Ingest.Tables.Lattice;

/// <summary>Lays out the words of one cell as text: lines by baseline, words left to right.</summary>
internal static class CellText
{
    /// <summary>A gap between two words narrower than this fraction of the font size means they touch.</summary>
    private const double TouchingGap = 0.05;

    public static string Join(List<Word> words)
    {
        var lines = new List<(double Baseline, double Tolerance, List<Word> Words)>();
        foreach (var word in words.OrderBy(Baseline).ThenBy(w => w.Box.Left))
        {
            var baseline = Baseline(word);
            var tolerance = Math.Max(1.0, word.FontSize * 0.4);
            if (lines.Count > 0 && Math.Abs(baseline - lines[^1].Baseline) <= Math.Max(tolerance, lines[^1].Tolerance))
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add((baseline, tolerance, [word]));
            }
        }

        return string.Join('\n', lines.Select(l => JoinLine(l.Words.OrderBy(w => w.Box.Left).ToList())));
    }

    /// <summary>
    /// Joins the words of one line with spaces, except where a word starts where the previous one ends: the reader splits
    /// words at a change of font (a superscript <c>rd</c> after <c>23</c>), and with no gap on the page there is no space.
    /// </summary>
    private static string JoinLine(List<Word> words)
    {
        var builder = new System.Text.StringBuilder(words[0].Text);
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Box.Left - words[i - 1].Box.Right;
            if (gap > TouchingGap * Math.Min(words[i].FontSize, words[i - 1].FontSize))
            {
                builder.Append(' ');
            }

            builder.Append(words[i].Text);
        }

        return builder.ToString();
    }

    private static double Baseline(Word word) => word.Baseline > 0 ? word.Baseline : word.Box.Bottom;
}

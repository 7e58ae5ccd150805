namespace Ingest.Tables.Lattice;

/// <summary>Lays out the words of one cell as text: lines by baseline, words left to right.</summary>
internal static class CellText
{
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

        return string.Join('\n', lines.Select(l => WordJoin.Line(l.Words.OrderBy(w => w.Box.Left).ToList())));
    }

    private static double Baseline(Word word) => word.Baseline > 0 ? word.Baseline : word.Box.Bottom;
}

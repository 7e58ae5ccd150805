namespace Ingest.Tables.Stream;

/// <summary>Groups words into rows (vertical overlap) and each row into chunks (words closer than a column gap).</summary>
internal static class TextRows
{
    /// <summary>
    /// A word joins a row when its box overlaps the row's first word vertically by at least this share of the smaller
    /// height: a superscript stays on its row, a header line set a third of a line lower starts its own.
    /// </summary>
    private const double RowOverlap = 0.7;

    /// <summary>
    /// Words on one row are one chunk when the gap between them is below this share of the font size: a little more than
    /// a space in common fonts (about 0.25 em), the point where tabula also starts a new chunk.
    /// </summary>
    internal const double SpaceGap = 0.4;


    public static List<TextRow> Build(IEnumerable<Word> words, IReadOnlyList<double> separators, double chunkGap)
    {
        var rows = new List<(List<Word> Words, PdfRect Box)>();
        foreach (var word in TopToBottom(words))
        {
            if (rows.Count > 0 && OverlapRatio(rows[^1].Words[0].Box, word.Box) >= RowOverlap)
            {
                rows[^1].Words.Add(word);
                rows[^1] = (rows[^1].Words, rows[^1].Box.Union(word.Box));
            }
            else
            {
                rows.Add(([word], word.Box));
            }
        }

        return rows.Select(r => new TextRow(ChunksOf(r.Words, separators, chunkGap), r.Box)).ToList();
    }

    /// <summary>Orders words by their vertical centre, then their left edge, then their order in the input.</summary>
    /// <remarks>The same order as a stable sort on the two keys; sorting the keys in an array is several times cheaper,
    /// and every page goes through here.</remarks>
    private static Word[] TopToBottom(IEnumerable<Word> words)
    {
        var sorted = words.ToArray();
        var keys = new (double Y, double X, int Index)[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = (sorted[i].Box.CenterY, sorted[i].Box.Left, i);
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary>The vertical overlap of two boxes as a share of the smaller height (1 when a box has no height and lies inside the other).</summary>
    internal static double OverlapRatio(PdfRect a, PdfRect b)
    {
        var overlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        var smaller = Math.Min(a.Height, b.Height);
        return smaller <= 0 ? (overlap >= 0 ? 1 : 0) : overlap / smaller;
    }

    private static List<Chunk> ChunksOf(List<Word> words, IReadOnlyList<double> separators, double chunkGap)
    {
        words.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var chunks = new List<Chunk>();
        var current = new List<Word> { words[0] };
        var box = words[0].Box;
        for (var i = 1; i < words.Count; i++)
        {
            var (previous, word) = (current[^1], words[i]);
            var gap = word.Box.Left - box.Right;
            var limit = chunkGap * Math.Max(previous.FontSize, word.FontSize);
            if (gap < limit && !Separated(box.Right, word.Box.Left, separators))
            {
                current.Add(word);
                box = box.Union(word.Box);
            }
            else
            {
                chunks.Add(new Chunk(current, box));
                current = [word];
                box = word.Box;
            }
        }

        chunks.Add(new Chunk(current, box));
        return chunks;
    }

    /// <summary>Whether a separator lies between the end of one word and the start of the next.</summary>
    private static bool Separated(double right, double left, IReadOnlyList<double> separators)
    {
        foreach (var x in separators)
        {
            if (x >= Math.Min(right, left) && x <= Math.Max(right, left))
            {
                return true;
            }
        }

        return false;
    }
}

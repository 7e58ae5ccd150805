namespace Ingest.Tables;

/// <summary>Joins the words of one printed line into a cell's text.</summary>
internal static class WordJoin
{
    /// <summary>A gap under this share of the font size is no space: the reader splits words at a change of font (a
    /// superscript <c>rd</c> after <c>23</c>), and words with no gap on the page are one word.</summary>
    private const double TouchingGap = 0.05;

    /// <summary>Joins words, left to right, with single spaces, or directly where they touch, and puts the line in
    /// reading order (<see cref="BidiText.ToLogical"/>: Hebrew and Arabic are drawn right to left).</summary>
    /// <param name="words">The words of one line, left to right; at least one.</param>
    /// <returns>The line's text in logical order.</returns>
    public static string Line(IReadOnlyList<Word> words)
    {
        if (words.Count == 1)
        {
            return words[0].Text;
        }

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

        return BidiText.ToLogical(builder.ToString());
    }

    /// <summary>Joins the texts of several chunks of one cell, given left to right as on the page, with single spaces, in
    /// reading order: chunks of a right-to-left line are read right to left.</summary>
    /// <param name="parts">Each chunk's text (in logical order, as <see cref="Line"/> gives it), left to right.</param>
    /// <returns>The cell's text.</returns>
    public static string Chunks(IEnumerable<string> parts)
    {
        var list = parts as IReadOnlyList<string> ?? parts.ToList();
        if (list.Count < 2 || !list.Any(p => p.Any(BidiText.IsRightToLeft)))
        {
            return string.Join(' ', list);
        }

        // The reordering undoes itself: each part goes back to visual order, and the joined line to logical order.
        return BidiText.ToLogical(string.Join(' ', list.Select(BidiText.ToLogical)));
    }
}

namespace Ingest.Tables.Stream;

/// <summary>Words on one text row that sit closer than a column gap: what goes into one cell of a stream table.</summary>
/// <param name="Words">The words, left to right.</param>
/// <param name="Box">The union of the words' boxes.</param>
internal sealed record Chunk(IReadOnlyList<Word> Words, PdfRect Box)
{
    /// <summary>Words that touch (a superscript after a word, a change of font inside a word) are not a gap: that much is no space.</summary>
    private const double TouchingGap = 0.05;

    /// <summary>Gets the words joined by single spaces, or directly where they touch.</summary>
    public string Text
    {
        get
        {
            var builder = new System.Text.StringBuilder(Words[0].Text);
            for (var i = 1; i < Words.Count; i++)
            {
                var gap = Words[i].Box.Left - Words[i - 1].Box.Right;
                if (gap > TouchingGap * Math.Min(Words[i].FontSize, Words[i - 1].FontSize))
                {
                    builder.Append(' ');
                }

                builder.Append(Words[i].Text);
            }

            return builder.ToString();
        }
    }
}

/// <summary>One row of text: chunks whose boxes overlap vertically, left to right.</summary>
/// <param name="Chunks">The chunks, left to right.</param>
/// <param name="Box">The union of the chunks' boxes.</param>
internal sealed record TextRow(IReadOnlyList<Chunk> Chunks, PdfRect Box)
{
    public double Height => Box.Height;
}

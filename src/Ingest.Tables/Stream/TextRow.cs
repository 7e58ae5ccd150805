namespace Ingest.Tables.Stream;

/// <summary>Words on one text row that sit closer than a column gap: what goes into one cell of a stream table.</summary>
/// <param name="Words">The words, left to right.</param>
/// <param name="Box">The union of the words' boxes.</param>
internal sealed record Chunk(IReadOnlyList<Word> Words, PdfRect Box)
{
    /// <summary>Gets the words joined by single spaces, or directly where they touch.</summary>
    public string Text => WordJoin.Line(Words);
}

/// <summary>One row of text: chunks whose boxes overlap vertically, left to right.</summary>
/// <param name="Chunks">The chunks, left to right.</param>
/// <param name="Box">The union of the chunks' boxes.</param>
internal sealed record TextRow(IReadOnlyList<Chunk> Chunks, PdfRect Box)
{
    public double Height => Box.Height;
}

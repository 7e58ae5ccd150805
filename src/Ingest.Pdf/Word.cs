namespace Ingest.Pdf;

/// <summary>A word on a page: characters that touch on one baseline, as a reader would select them.</summary>
/// <param name="Text">The text as Unicode.</param>
/// <param name="Box">The box in page display space (points, origin top-left).</param>
/// <param name="FontName">The font's base name without subset prefix.</param>
/// <param name="FontSize">The font size in points as displayed.</param>
/// <param name="Bold">Whether the font is bold (from its name, flags or weight).</param>
/// <param name="Italic">Whether the font is italic or oblique.</param>
/// <param name="Rotation">The reading direction in quarter turns clockwise: 0 is left to right.</param>
public sealed record Word(string Text, PdfRect Box, string FontName, double FontSize, bool Bold, bool Italic, int Rotation)
{
    /// <summary>Gets the baseline position (y for horizontal text, x for vertical).</summary>
    public double Baseline { get; init; }
}

/// <summary>Words that share a baseline and direction, in reading order.</summary>
/// <param name="Words">The words, left to right for horizontal text.</param>
/// <param name="Box">The union of the words' boxes.</param>
public sealed record TextLine(IReadOnlyList<Word> Words, PdfRect Box)
{
    /// <summary>Gets the words joined by single spaces, in reading order (<see cref="BidiText.ToLogical"/>).</summary>
    public string Text => BidiText.ToLogical(string.Join(' ', Words.Select(w => w.Text)));
}

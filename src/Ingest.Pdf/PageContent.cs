namespace Ingest.Pdf;

/// <summary>What was read from one page.</summary>
/// <param name="PageNumber">The 1-based page number.</param>
/// <param name="Width">The displayed width in points (rotation applied).</param>
/// <param name="Height">The displayed height in points.</param>
/// <param name="Words">The words, in content order.</param>
/// <param name="Lines">The words grouped into lines, top to bottom.</param>
/// <param name="Rulings">Horizontal and vertical segments drawn on the page.</param>
/// <param name="ShadedAreas">Filled rectangles too large to be lines (cell shading, backgrounds).</param>
/// <param name="ImageCount">How many images the page draws.</param>
/// <param name="Problems">What was skipped or repaired while reading the page.</param>
public sealed record PageContent(
    int PageNumber,
    double Width,
    double Height,
    IReadOnlyList<Word> Words,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Ruling> Rulings,
    IReadOnlyList<PdfRect> ShadedAreas,
    int ImageCount,
    IReadOnlyList<string> Problems)
{
    /// <summary>Gets a value indicating whether the page has a text layer: false for scanned pages that only draw images.</summary>
    public bool HasTextLayer => Words.Count > 0;

    /// <summary>Gets a value indicating whether the page looks like a scan: images and no text.</summary>
    public bool IsScan => Words.Count == 0 && ImageCount > 0;
}

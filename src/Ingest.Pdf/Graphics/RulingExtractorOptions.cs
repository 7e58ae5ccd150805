namespace Ingest.Pdf.Graphics;

/// <summary>Tolerances used by <see cref="RulingExtractor"/>.</summary>
/// <remarks>All lengths are PDF points (1/72 inch) in page display space. The defaults were chosen for the
/// producers described in the PDF notes: stroked borders (LibreOffice, cairo, Word), short grid-line
/// segments (Excel) and thin filled rectangles per cell side (Chromium/Skia).</remarks>
internal sealed record RulingExtractorOptions
{
    /// <summary>Gets the default options.</summary>
    public static RulingExtractorOptions Default { get; } = new();

    /// <summary>Gets how far a segment's ends may differ across its direction and still count as horizontal or vertical.</summary>
    /// <remarks>Producers round coordinates (to 0.01 pt or to device pixels) and a CTM may carry a tiny skew; half a
    /// point absorbs that while a real diagonal of any useful length still differs by more.</remarks>
    /// <value>The default value is 0.5.</value>
    public double AxisTolerance { get; init; } = 0.5;

    /// <summary>Gets the smallest thickness given to a ruling.</summary>
    /// <remarks>A line width of 0 means "thinnest line the device can draw" in PDF; it is still a visible border.</remarks>
    /// <value>The default value is 0.1.</value>
    public double MinThickness { get; init; } = 0.1;

    /// <summary>Gets the largest short side of a filled rectangle that is read as a line rather than as shading.</summary>
    /// <remarks>Browsers draw CSS borders of 0.5 to 1.5 pt (1 to 2 CSS px) as filled rectangles; 2 pt keeps thick
    /// borders while a shaded row, at least a text line high, stays far above it.</remarks>
    /// <value>The default value is 2.</value>
    public double MaxThinFillThickness { get; init; } = 2;

    /// <summary>Gets how many times longer than its short side a tiny filled rectangle (both sides thin) must be to
    /// count as a short line segment rather than as a dot.</summary>
    /// <remarks>Browsers fill a small square at each border corner; those dots are not lines, while a 1.5 x 0.5 dash is.</remarks>
    /// <value>The default value is 3.</value>
    public double MinSegmentAspect { get; init; } = 3;

    /// <summary>Gets the widest stroke that is still read as a line; wider strokes are shading.</summary>
    /// <remarks>Some producers paint a cell background as one thick stroked line; table borders stay well below 5 pt.</remarks>
    /// <value>The default value is 5.</value>
    public double MaxStrokeThickness { get; init; } = 5;

    /// <summary>Gets how far apart the centre lines of two parallel rulings may be for them to merge.</summary>
    /// <remarks>Adjacent cells often draw their shared border separately, offset by pixel snapping or by half the
    /// border width; 1 pt merges those while distinct parallel borders (double lines) are further apart.</remarks>
    /// <value>The default value is 1.</value>
    public double MergeOffsetTolerance { get; init; } = 1;

    /// <summary>Gets the largest gap between two collinear rulings that still merge into one.</summary>
    /// <remarks>Excel prints a grid line as many short segments that touch or nearly touch; a real break between two
    /// tables is much wider than 1 pt.</remarks>
    /// <value>The default value is 1.</value>
    public double MergeGapTolerance { get; init; } = 1;

    /// <summary>Gets the largest difference in any RGB channel (0 to 1) between two rulings that may merge.</summary>
    /// <remarks>The same colour can arrive slightly different (grey vs RGB conversions, 8-bit rounding), but a white
    /// line over a black one, or a light grey grid line next to a black border, must stay separate.</remarks>
    /// <value>The default value is 0.3.</value>
    public double MaxMergeColorDifference { get; init; } = 0.3;

    /// <summary>Gets the shortest ruling kept after merging.</summary>
    /// <remarks>Shorter pieces are corner joins and glyph-like specks, never a cell border.</remarks>
    /// <value>The default value is 1.</value>
    public double MinLength { get; init; } = 1;
}

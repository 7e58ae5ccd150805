namespace Ingest.Pdf;

/// <summary>Whether a ruling runs across or down the page.</summary>
public enum RulingOrientation
{
    /// <summary>Runs left to right (constant y).</summary>
    Horizontal,

    /// <summary>Runs top to bottom (constant x).</summary>
    Vertical,
}

/// <summary>How a ruling was drawn.</summary>
public enum RulingSource
{
    /// <summary>A stroked path segment.</summary>
    Stroke,

    /// <summary>A thin filled rectangle (how browsers draw table borders).</summary>
    ThinFill,
}

/// <summary>A horizontal or vertical line segment drawn on a page: a candidate table border.</summary>
/// <remarks>Coordinates are PDF points in page display space (origin top-left, y down); X0 &lt;= X1 and Y0 &lt;= Y1.
/// For a horizontal ruling Y0 == Y1 is its centre line; for a vertical one X0 == X1.</remarks>
/// <param name="X0">The left end.</param>
/// <param name="Y0">The top end.</param>
/// <param name="X1">The right end.</param>
/// <param name="Y1">The bottom end.</param>
/// <param name="Thickness">The drawn thickness in points.</param>
/// <param name="Color">The colour it was drawn with.</param>
/// <param name="Source">Whether it was stroked or filled.</param>
public sealed record Ruling(double X0, double Y0, double X1, double Y1, double Thickness, PdfColor Color, RulingSource Source)
{
    /// <summary>Gets the orientation.</summary>
    public RulingOrientation Orientation => Y1 - Y0 <= X1 - X0 ? RulingOrientation.Horizontal : RulingOrientation.Vertical;

    /// <summary>Gets the length in points.</summary>
    public double Length => Orientation == RulingOrientation.Horizontal ? X1 - X0 : Y1 - Y0;
}

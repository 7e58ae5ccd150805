namespace Ingest.Pdf.Graphics;

/// <summary>A point in page display space: points, origin at the top-left of the page as displayed, y growing downwards.</summary>
internal readonly record struct PathPoint(double X, double Y);

/// <summary>One subpath of a painted path, with curves flattened to their control polygon's end points.</summary>
internal sealed record Subpath(IReadOnlyList<PathPoint> Points, bool Closed, bool HasCurves);

/// <summary>A path as painted by a stroke and/or fill operator, already transformed to page display space.</summary>
/// <param name="Subpaths">The subpaths in display space.</param>
/// <param name="Stroked">Whether the path was stroked (S, s, B, B*, b, b*).</param>
/// <param name="Filled">Whether the path was filled (f, F, f*, B, B*, b, b*).</param>
/// <param name="LineWidth">The stroke width in display-space points (the line width scaled by the CTM).</param>
/// <param name="StrokeColor">The stroke colour as RGB.</param>
/// <param name="FillColor">The fill colour as RGB.</param>
internal sealed record PaintedPath(IReadOnlyList<Subpath> Subpaths, bool Stroked, bool Filled, double LineWidth, PdfColor StrokeColor, PdfColor FillColor);

namespace Ingest.Pdf.Graphics;

/// <summary>The candidate table borders and shaded areas found on one page.</summary>
/// <remarks>Coordinates are PDF points in page display space (origin top-left, y down).
/// Rulings drawn in white or near-white are included with their colour (see <see cref="PdfColor.IsNearWhite"/>):
/// a white line over shading separates cells visually but is not a border on a white page, and only the
/// table layer, which sees the shading too, can tell which case applies.</remarks>
/// <param name="Rulings">The merged rulings: horizontals sorted by (Y0, X0), then verticals sorted by (X0, Y0).</param>
/// <param name="ShadedAreas">The filled rectangles too large to be lines and not near-white, clipped to the page,
/// sorted by (Top, Left); their edges are not rulings.</param>
internal sealed record RulingSet(IReadOnlyList<Ruling> Rulings, IReadOnlyList<PdfRect> ShadedAreas);

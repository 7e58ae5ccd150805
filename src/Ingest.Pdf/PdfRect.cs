using System.Globalization;

namespace Ingest.Pdf;

/// <summary>An axis-aligned box in page display space.</summary>
/// <remarks>Units are PDF points (1/72 inch); the origin is the top-left corner of the page as displayed
/// (rotation applied) and y grows downwards, so <see cref="Top"/> &lt;= <see cref="Bottom"/>.</remarks>
/// <param name="Left">The smallest x.</param>
/// <param name="Top">The smallest y.</param>
/// <param name="Right">The largest x.</param>
/// <param name="Bottom">The largest y.</param>
public readonly record struct PdfRect(double Left, double Top, double Right, double Bottom)
{
    /// <summary>Gets the width.</summary>
    public double Width => Right - Left;

    /// <summary>Gets the height.</summary>
    public double Height => Bottom - Top;

    /// <summary>Gets the x of the centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Gets the y of the centre.</summary>
    public double CenterY => (Top + Bottom) / 2;

    /// <summary>Gets the smallest box holding both boxes.</summary>
    public PdfRect Union(PdfRect other) => new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>Gets whether the two boxes share an area (touching edges do not count).</summary>
    /// <param name="other">The other box.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(PdfRect other)
        => Math.Min(Right, other.Right) > Math.Max(Left, other.Left) && Math.Min(Bottom, other.Bottom) > Math.Max(Top, other.Top);

    /// <summary>Gets whether the centre of a box lies in this box (edges included).</summary>
    /// <param name="box">The box.</param>
    /// <returns><see langword="true"/> when its centre is inside.</returns>
    public bool HoldsCentreOf(PdfRect box)
        => box.CenterX >= Left && box.CenterX <= Right && box.CenterY >= Top && box.CenterY <= Bottom;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.##},{Top:0.##},{Right:0.##},{Bottom:0.##}]");
}

using System.Globalization;

namespace Ingest.Pdf;

/// <summary>An RGB colour with components in [0, 1]; grey and CMYK colours are converted when read.</summary>
public readonly record struct PdfColor(double R, double G, double B)
{
    /// <summary>Gets black.</summary>
    public static PdfColor Black { get; } = new(0, 0, 0);

    /// <summary>Gets white.</summary>
    public static PdfColor White { get; } = new(1, 1, 1);

    /// <summary>Gets the colour as <c>#rrggbb</c>.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{Byte(R):x2}{Byte(G):x2}{Byte(B):x2}");

    /// <summary>Gets a value indicating whether the colour is close to white (invisible on a white page).</summary>
    public bool IsNearWhite => R > 0.95 && G > 0.95 && B > 0.95;

    private static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}

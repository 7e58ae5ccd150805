using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Content;

/// <summary>The parts of the graphics and text state that text and ruling extraction need.</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm { get; set; } = Matrix.Identity;

    public double LineWidth { get; set; } = 1;

    public PdfColor StrokeColor { get; set; } = PdfColor.Black;

    public PdfColor FillColor { get; set; } = PdfColor.Black;

    public int StrokeComponents { get; set; } = 1;

    public int FillComponents { get; set; } = 1;

    public PdfFont? Font { get; set; }

    public double FontSize { get; set; }

    public double CharSpacing { get; set; }

    public double WordSpacing { get; set; }

    public double HorizontalScaling { get; set; } = 1;

    public double Leading { get; set; }

    public double Rise { get; set; }

    public int RenderMode { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}

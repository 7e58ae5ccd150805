using Ingest.Pdf.Tests.Writer;

namespace Ingest.Pdf.Tests.Reader;

/// <summary>Rulings read through the public API from pages that once broke the reader.</summary>
public class RulingRegressionTests
{
    [Fact]
    public void ReadContent_ThinRectsDrawnTwiceCentredOnAWholePoint_MergeWithoutThrowing()
    {
        // Chromium draws a shared border once per cell, so the same 0.5 pt rectangles come twice; their centre
        // line (268.28) lay where the mean of equal centres moved to the neighbouring merge bucket.
        const string content = "0 g 27.75 268.03 57.736 0.5 re f 84.986 268.03 106.166 0.5 re f "
            + "27.75 268.03 57.736 0.5 re f 84.986 268.03 106.166 0.5 re f";
        byte[] pdf = new TestPdfBuilder().AddPage(new PageSpec { MediaBox = [0, 0, 841.89, 595.28] }, content).Build();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1).ReadContent();

        var ruling = Assert.Single(page.Rulings);
        Assert.Equal(27.75, ruling.X0, 2);
        Assert.Equal(84.986 + 106.166, ruling.X1, 2);
    }
}

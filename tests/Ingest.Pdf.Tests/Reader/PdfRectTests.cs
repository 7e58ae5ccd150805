namespace Ingest.Pdf.Tests.Reader;

public sealed class PdfRectTests
{
    [Theory]
    [InlineData(5, 5, 20, 20, true)]
    [InlineData(10, 10, 20, 20, false)]
    [InlineData(0, 0, 5, 5, true)]
    [InlineData(-5, -5, 0, 0, false)]
    [InlineData(10, 0, 20, 10, false)]
    [InlineData(11, 0, 20, 10, false)]
    public void Overlaps_AnotherBox_OnlyWhenTheyShareAnArea(double left, double top, double right, double bottom, bool expected)
    {
        var box = new PdfRect(0, 0, 10, 10);

        Assert.Equal(expected, box.Overlaps(new PdfRect(left, top, right, bottom)));
        Assert.Equal(expected, new PdfRect(left, top, right, bottom).Overlaps(box));
    }

    [Theory]
    [InlineData(8, 8, 12, 12, true)]
    [InlineData(9, 9, 13, 13, false)]
    [InlineData(-2, -2, 2, 2, true)]
    public void HoldsCentreOf_Box_WhenItsCentreIsInside(double left, double top, double right, double bottom, bool expected)
        => Assert.Equal(expected, new PdfRect(0, 0, 10, 10).HoldsCentreOf(new PdfRect(left, top, right, bottom)));
}

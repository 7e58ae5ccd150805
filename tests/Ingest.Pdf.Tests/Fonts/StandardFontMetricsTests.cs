using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public class StandardFontMetricsTests
{
    [Fact]
    public void GetWidth_HelveticaA_Is556()
    {
        Assert.Equal(556, StandardFontMetrics.Get("Helvetica")!.GetWidth("a"));
    }

    [Fact]
    public void GetWidth_TimesRomanSpace_Is250()
    {
        Assert.Equal(250, StandardFontMetrics.Get("Times-Roman")!.GetWidth("space"));
    }

    [Theory]
    [InlineData("Courier")]
    [InlineData("Courier-Bold")]
    [InlineData("Courier-Oblique")]
    [InlineData("Courier-BoldOblique")]
    public void GetWidth_CourierEveryGlyph_Is600(string font)
    {
        var metrics = StandardFontMetrics.Get(font)!;
        Assert.True(metrics.IsFixedPitch);
        var names = metrics.BuiltInEncoding.OfType<string>().ToList();
        Assert.True(names.Count > 140);
        Assert.All(names, n => Assert.Equal(600, metrics.GetWidth(n)));
    }

    [Fact]
    public void GetWidth_UnknownGlyph_ReturnsNull()
    {
        Assert.Null(StandardFontMetrics.Get("Helvetica")!.GetWidth("alpha"));
    }

    [Theory]
    [InlineData("Helvetica", "Helvetica")]
    [InlineData("Arial", "Helvetica")]
    [InlineData("ArialMT", "Helvetica")]
    [InlineData("Arial,Bold", "Helvetica-Bold")]
    [InlineData("Arial-BoldMT", "Helvetica-Bold")]
    [InlineData("ABCDEF+Arial-BoldMT", "Helvetica-Bold")]
    [InlineData("Arial,Italic", "Helvetica-Oblique")]
    [InlineData("Arial-BoldItalicMT", "Helvetica-BoldOblique")]
    [InlineData("Helvetica-Italic", "Helvetica-Oblique")]
    [InlineData("TimesNewRoman", "Times-Roman")]
    [InlineData("TimesNewRomanPSMT", "Times-Roman")]
    [InlineData("TimesNewRoman,Bold", "Times-Bold")]
    [InlineData("TimesNewRomanPS-BoldMT", "Times-Bold")]
    [InlineData("TimesNewRoman,Italic", "Times-Italic")]
    [InlineData("TimesNewRomanPS-BoldItalicMT", "Times-BoldItalic")]
    [InlineData("Times New Roman,BoldItalic", "Times-BoldItalic")]
    [InlineData("Times-Roman", "Times-Roman")]
    [InlineData("CourierNew", "Courier")]
    [InlineData("CourierNewPSMT", "Courier")]
    [InlineData("CourierNew,Bold", "Courier-Bold")]
    [InlineData("CourierNew,BoldItalic", "Courier-BoldOblique")]
    [InlineData("CourierNewPS-ItalicMT", "Courier-Oblique")]
    [InlineData("Symbol", "Symbol")]
    [InlineData("XYZABC+Symbol", "Symbol")]
    [InlineData("ZapfDingbats", "ZapfDingbats")]
    public void Get_StandardNameOrAlias_ResolvesToStandardFont(string baseFont, string expected)
    {
        Assert.Equal(expected, StandardFontMetrics.Get(baseFont)?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Calibri")]
    [InlineData("ArialNarrow")]
    [InlineData("Arial-Black")]
    [InlineData("abcdef+Arial")]
    public void Get_NonStandardName_ReturnsNull(string baseFont)
    {
        Assert.Null(StandardFontMetrics.Get(baseFont));
    }

    [Fact]
    public void Get_HelveticaBold_HasAfmHeaderValues()
    {
        var metrics = StandardFontMetrics.Get("Helvetica-Bold")!;
        Assert.Equal(718, metrics.Ascent);
        Assert.Equal(-207, metrics.Descent);
        Assert.Equal(718, metrics.CapHeight);
        Assert.Equal((-170, -228, 1003, 962), metrics.BoundingBox);
        Assert.True(metrics.IsBold);
        Assert.False(metrics.IsItalic);
        Assert.False(metrics.IsFixedPitch);
    }

    [Fact]
    public void Get_TimesBoldItalic_IsBoldAndItalic()
    {
        var metrics = StandardFontMetrics.Get("Times-BoldItalic")!;
        Assert.True(metrics.IsBold);
        Assert.True(metrics.IsItalic);
        Assert.True(metrics.ItalicAngle < 0);
    }

    [Fact]
    public void BuiltInEncoding_LatinFont_IsStandardEncoding()
    {
        Assert.Equal(Encodings.Get("StandardEncoding"), StandardFontMetrics.Get("Times-Roman")!.BuiltInEncoding);
    }

    [Fact]
    public void BuiltInEncoding_Symbol_IsFontSpecific()
    {
        var metrics = StandardFontMetrics.Get("Symbol")!;
        Assert.True(metrics.IsSymbolic);
        Assert.Equal("alpha", metrics.BuiltInEncoding[0x61]);
        Assert.Equal(631, metrics.GetWidth("alpha"));
        Assert.True(metrics.Ascent > 0 && metrics.Descent < 0);
    }
}

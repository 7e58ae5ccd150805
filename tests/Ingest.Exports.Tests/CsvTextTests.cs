namespace Ingest.Exports.Tests;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("-3.5")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Text_StartsAFormula_GetsALeadingApostrophe(string text) => Assert.Equal("'" + text, CsvText.Text(text));

    [Theory]
    [InlineData("GOBIERNO REGIONAL DE AREQUIPA")]
    [InlineData("1=1")]
    [InlineData("'=1")]
    [InlineData("")]
    public void Text_PlainText_Unchanged(string text) => Assert.Equal(text, CsvText.Text(text));

    [Theory]
    [InlineData("-3.5")]
    [InlineData("-0.50")]
    [InlineData("-12")]
    [InlineData("113.00")]
    public void TextOrNumber_InvariantNumber_LeftAlone(string text) => Assert.Equal(text, CsvText.TextOrNumber(text));

    [Theory]
    [InlineData("-")]
    [InlineData("-3,5")]
    [InlineData("-1e5")]
    [InlineData("-3.5\n=1")]
    [InlineData("=1")]
    [InlineData("+12")]
    public void TextOrNumber_NotEntirelyANumber_GetsALeadingApostrophe(string text) => Assert.Equal("'" + text, CsvText.TextOrNumber(text));
}

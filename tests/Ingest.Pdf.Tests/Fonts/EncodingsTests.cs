using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public class EncodingsTests
{
    [Theory]
    [InlineData("WinAnsiEncoding", 0x80, "Euro")]
    [InlineData("WinAnsiEncoding", 0xE9, "eacute")]
    [InlineData("WinAnsiEncoding", 0x27, "quotesingle")]
    [InlineData("WinAnsiEncoding", 0x60, "grave")]
    [InlineData("WinAnsiEncoding", 0xA0, "space")]
    [InlineData("WinAnsiEncoding", 0xAD, "hyphen")]
    [InlineData("WinAnsiEncoding", 0x7F, "bullet")]
    [InlineData("WinAnsiEncoding", 0x81, "bullet")]
    [InlineData("WinAnsiEncoding", 0x95, "bullet")]
    [InlineData("WinAnsiEncoding", 0x92, "quoteright")]
    [InlineData("WinAnsiEncoding", 0x20, "space")]
    [InlineData("MacRomanEncoding", 0x8E, "eacute")]
    [InlineData("MacRomanEncoding", 0xCA, "space")]
    [InlineData("MacRomanEncoding", 0xDB, "currency")]
    [InlineData("MacRomanEncoding", 0xDE, "fi")]
    [InlineData("MacRomanEncoding", 0xBD, "Omega")]
    [InlineData("StandardEncoding", 0x27, "quoteright")]
    [InlineData("StandardEncoding", 0x60, "quoteleft")]
    [InlineData("StandardEncoding", 0xAE, "fi")]
    [InlineData("StandardEncoding", 0xE1, "AE")]
    [InlineData("MacExpertEncoding", 0x61, "Asmall")]
    [InlineData("SymbolEncoding", 0x61, "alpha")]
    [InlineData("SymbolEncoding", 0x57, "Omega")]
    [InlineData("ZapfDingbatsEncoding", 0x21, "a1")]
    public void Get_KnownEncoding_MapsCodeToAnnexDName(string encoding, int code, string expected)
    {
        var table = Encodings.Get(encoding);
        Assert.NotNull(table);
        Assert.Equal(256, table.Length);
        Assert.Equal(expected, table[code]);
    }

    [Theory]
    [InlineData("StandardEncoding", 0x80)]
    [InlineData("StandardEncoding", 0x1F)]
    [InlineData("WinAnsiEncoding", 0x00)]
    [InlineData("MacRomanEncoding", 0x7F)]
    public void Get_UnusedCode_IsNull(string encoding, int code)
    {
        Assert.Null(Encodings.Get(encoding)![code]);
    }

    [Fact]
    public void Get_UnknownName_ReturnsNull()
    {
        Assert.Null(Encodings.Get("Identity-H"));
    }

    [Fact]
    public void Get_CallerModifiesTable_NextCallUnaffected()
    {
        var first = Encodings.Get("WinAnsiEncoding")!;
        first[0x41] = "changed";
        Assert.Equal("A", Encodings.Get("WinAnsiEncoding")![0x41]);
    }

    [Fact]
    public void Get_EveryWinAnsiAndStandardName_IsInGlyphList()
    {
        foreach (var name in new[] { "StandardEncoding", "WinAnsiEncoding", "MacRomanEncoding" })
        {
            foreach (var glyph in Encodings.Get(name)!.OfType<string>())
            {
                Assert.True(GlyphList.TryGetUnicode(glyph, out _), $"{name}: {glyph}");
            }
        }
    }
}

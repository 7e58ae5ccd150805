using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public class GlyphListTests
{
    [Theory]
    [InlineData("A", "A")]
    [InlineData("eacute", "\u00E9")]
    [InlineData("Omega", "\u2126")] // AGL 2.0 gives OHM SIGN; NFKC folds it to U+03A9.
    [InlineData("Omegagreek", "\u03A9")]
    [InlineData("space", " ")]
    [InlineData("Euro", "\u20AC")]
    [InlineData("fi", "\uFB01")]
    [InlineData("dalethatafpatah", "\u05D3\u05B2")]
    public void TryGetUnicode_ListedName_ReturnsAglValue(string name, string expected)
    {
        Assert.True(GlyphList.TryGetUnicode(name, out var text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("uni00E9", "\u00E9")]
    [InlineData("uni00e9", "\u00E9")]
    [InlineData("uni00660069", "fi")]
    [InlineData("u1F600", "\U0001F600")]
    [InlineData("u00E9", "\u00E9")]
    [InlineData("u10FFFF", "\U0010FFFF")]
    public void TryGetUnicode_UniAndUNames_DecodesHex(string name, string expected)
    {
        Assert.True(GlyphList.TryGetUnicode(name, out var text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("f_i", "fi")]
    [InlineData("f_f_l", "ffl")]
    [InlineData("a.sc", "a")]
    [InlineData("one.oldstyle", "1")]
    [InlineData("f_i.liga", "fi")]
    [InlineData("uni0041_uni0042.alt", "AB")]
    public void TryGetUnicode_SuffixesAndLigatures_FollowsAglRules(string name, string expected)
    {
        Assert.True(GlyphList.TryGetUnicode(name, out var text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("a1", "\u2701")]
    [InlineData("a100", "\u275E")]
    public void TryGetUnicode_ZapfDingbatsName_UsesDingbatsList(string name, string expected)
    {
        Assert.True(GlyphList.TryGetUnicode(name, out var text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".notdef")]
    [InlineData("g12")]
    [InlineData("G3A")]
    [InlineData("cid123")]
    [InlineData("glyph7")]
    [InlineData("uniD800")]
    [InlineData("uni00E")]
    [InlineData("u110000")]
    [InlineData("uD83D")]
    [InlineData("f_g12")]
    [InlineData("ubead")]
    public void TryGetUnicode_UnknownOrInvalidName_ReturnsFalse(string name)
    {
        Assert.False(GlyphList.TryGetUnicode(name, out var text));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void TryGetUnicode_ConcurrentFirstUse_AllThreadsAgree()
    {
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = GlyphList.TryGetUnicode("aacute", out var text) ? text : "?");
        Assert.All(results, r => Assert.Equal("\u00E1", r));
    }
}

using System.Diagnostics;
using System.Text;
using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public class CMapTests
{
    // As Chromium (Skia) and Word write a ToUnicode CMap for an Identity-H subset font.
    private const string BrowserToUnicode = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo
        << /Registry (Adobe)
        /Ordering (UCS)
        /Supplement 0
        >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        4 beginbfchar
        <0003> <0020>
        <0011> <00660069>
        <0024> <D83DDE00>
        <0030> /eacute
        endbfchar
        2 beginbfrange
        <0044> <0046> <0061>
        <0050> <0052> [<0041> <00C9> <0043>]
        endbfrange
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end
        """;

    private static CMap Parse(string text) => CMap.Parse(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void Parse_BrowserToUnicode_ReadsNameAndMappings()
    {
        var cmap = Parse(BrowserToUnicode);
        Assert.Equal("Adobe-Identity-UCS", cmap.Name);
        Assert.False(cmap.IsVertical);
        Assert.True(cmap.HasUnicodeMappings);
        Assert.False(cmap.HasCidMappings);
    }

    [Theory]
    [InlineData(0x0003, " ")]
    [InlineData(0x0011, "fi")]
    [InlineData(0x0024, "\U0001F600")]
    [InlineData(0x0030, "\u00E9")]
    [InlineData(0x0044, "a")]
    [InlineData(0x0045, "b")]
    [InlineData(0x0046, "c")]
    [InlineData(0x0050, "A")]
    [InlineData(0x0051, "\u00C9")]
    [InlineData(0x0052, "C")]
    public void TryGetUnicode_BrowserToUnicode_MapsCharsAndBothRangeForms(int code, string expected)
    {
        var cmap = Parse(BrowserToUnicode);
        Assert.True(cmap.TryGetUnicode(code, out var text));
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0x0004)]
    [InlineData(0x0047)]
    [InlineData(0x0053)]
    public void TryGetUnicode_UnmappedCode_ReturnsFalse(int code)
    {
        Assert.False(Parse(BrowserToUnicode).TryGetUnicode(code, out _));
    }

    [Fact]
    public void ReadCode_TwoByteCodespace_ReadsPairs()
    {
        var cmap = Parse(BrowserToUnicode);
        byte[] bytes = [0x00, 0x44, 0x00, 0x11, 0x00];
        Assert.Equal(0x0044, cmap.ReadCode(bytes, 0, out var length));
        Assert.Equal(2, length);
        Assert.Equal(0x0011, cmap.ReadCode(bytes, 2, out length));
        Assert.Equal(2, length);

        // A dangling last byte: the code is cut short, never read past the end.
        Assert.Equal(0x00, cmap.ReadCode(bytes, 4, out length));
        Assert.Equal(1, length);
    }

    [Fact]
    public void ReadCode_MixedOneAndTwoByteCodespaces_SplitsString()
    {
        // Shift-JIS-like: single bytes 00-80 and A0-DF, double bytes 8140-9FFC and E040-FCFC.
        var cmap = Parse("""
            4 begincodespacerange
            <00> <80>
            <8140> <9FFC>
            <A0> <DF>
            <E040> <FCFC>
            endcodespacerange
            """);
        byte[] bytes = [0x41, 0x81, 0x40, 0xB1, 0xE0, 0x50, 0x9F];
        var codes = new List<(int Code, int Length)>();
        for (var offset = 0; offset < bytes.Length;)
        {
            var code = cmap.ReadCode(bytes, offset, out var length);
            codes.Add((code, length));
            offset += length;
        }

        // 0x9F at the end matches only the first byte of <8140> <9FFC>: its length applies, cut at the end.
        Assert.Equal([(0x41, 1), (0x8140, 2), (0xB1, 1), (0xE050, 2), (0x9F, 1)], codes);
    }

    [Fact]
    public void ReadCode_NoRangeMatches_UsesShortestRangeWithFirstByteElseOneByte()
    {
        var cmap = Parse("""
            2 begincodespacerange
            <8140> <9FFC>
            <00> <7F>
            endcodespacerange
            """);

        // 0x81 0x20: the second byte is outside 40-FC, so no range holds it; the 2-byte range's first byte does.
        Assert.Equal(0x8120, cmap.ReadCode([0x81, 0x20], 0, out var length));
        Assert.Equal(2, length);

        // 0xF0 starts no range at all: one byte.
        Assert.Equal(0xF0, cmap.ReadCode([0xF0, 0x41], 0, out length));
        Assert.Equal(1, length);
    }

    [Fact]
    public void ReadCode_OffsetOutsideBytes_Throws()
    {
        var cmap = CMap.Identity(false);
        Assert.Throws<ArgumentOutOfRangeException>(() => cmap.ReadCode([0x00], 1, out _));
    }

    [Fact]
    public void ReadCode_NoCodespaceInToUnicode_UsesMappedCodeLength()
    {
        var cmap = Parse("""
            1 beginbfchar
            <0041> <0042>
            endbfchar
            """);
        Assert.Equal(0x0041, cmap.ReadCode([0x00, 0x41], 0, out var length));
        Assert.Equal(2, length);
        Assert.True(cmap.TryGetUnicode(0x41, out var text));
        Assert.Equal("B", text);
    }

    [Fact]
    public void GetCid_CidRangeCMap_MapsCodesFromRangeStart()
    {
        var cmap = Parse("""
            %!PS-Adobe-3.0 Resource-CMap
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CMapName /Test-V def
            /WMode 1 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            2 begincidrange
            <0020> <007E> 1
            <3000> <30FF> 633
            endcidrange
            1 begincidchar
            <0041> 9999
            endcidchar
            1 beginnotdefrange
            <0000> <001F> 1
            endnotdefrange
            endcmap
            """);
        Assert.Equal("Test-V", cmap.Name);
        Assert.True(cmap.IsVertical);
        Assert.True(cmap.HasCidMappings);
        Assert.Equal(1, cmap.GetCid(0x20));
        Assert.Equal(0x7E - 0x20 + 1, cmap.GetCid(0x7E));
        Assert.Equal(9999, cmap.GetCid(0x41));
        Assert.Equal(633 + 5, cmap.GetCid(0x3005));
        Assert.Equal(1, cmap.GetCid(0x05));
        Assert.Null(cmap.GetCid(0x8000));
    }

    [Fact]
    public void Parse_UseCMap_RecordsNameAndFallsBackToParent()
    {
        var child = Parse("""
            /UniJIS-UCS2-H usecmap
            1 begincidchar
            <0041> 7
            endcidchar
            """);
        Assert.Equal("UniJIS-UCS2-H", child.UseCMapName);
        Assert.Null(child.GetCid(0x1234));

        var combined = child.WithParent(CMap.Identity(false));
        Assert.Equal(7, combined.GetCid(0x41));
        Assert.Equal(0x1234, combined.GetCid(0x1234));
        Assert.Equal(0x1234, combined.ReadCode([0x12, 0x34], 0, out var length));
        Assert.Equal(2, length);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Identity_AnyTwoByteCode_IsItsOwnCid(bool vertical, int wMode)
    {
        var cmap = CMap.Identity(vertical);
        Assert.Equal(wMode, cmap.WMode);
        Assert.Equal(vertical ? "Identity-V" : "Identity-H", cmap.Name);
        Assert.Equal(0x0102, cmap.ReadCode([0x01, 0x02, 0x03, 0x04], 0, out var length));
        Assert.Equal(2, length);
        Assert.Equal(0, cmap.GetCid(0));
        Assert.Equal(0xFFFF, cmap.GetCid(0xFFFF));
        Assert.False(cmap.TryGetUnicode(0x41, out _));
    }

    [Fact]
    public void Parse_HugeRanges_StayCheap()
    {
        var stopwatch = Stopwatch.StartNew();
        var cmap = Parse("""
            1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange
            2 beginbfrange
            <0000> <FFFF> <0000>
            <00010000> <FFFFFFFF> <0041>
            endbfrange
            2 begincidrange
            <00000000> <FFFFFFFF> 0
            <00000000> <FFFFFFFF> 5
            endcidrange
            """);
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(cmap.TryGetUnicode(0x4E00 + i, out var text));
            Assert.Equal(((char)(0x4E00 + i)).ToString(), text);
        }

        Assert.True(cmap.TryGetUnicode(0x00010000, out var first));
        Assert.Equal("A", first);
        Assert.Equal(5 + 0x12345678, cmap.GetCid(0x12345678));
        Assert.Equal(unchecked((int)0xFFFFFFFF), cmap.ReadCode([0xFF, 0xFF, 0xFF, 0xFF], 0, out var length));
        Assert.Equal(4, length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void TryGetUnicode_RangeDestinationCrossesByte_Carries()
    {
        var cmap = Parse("1 beginbfrange <01> <03> <00FF> endbfrange");
        Assert.True(cmap.TryGetUnicode(0x03, out var text));
        Assert.Equal("\u0101", text);
    }

    [Fact]
    public void TryGetUnicode_SurrogateRange_IncrementsLowSurrogate()
    {
        var cmap = Parse("1 beginbfrange <0010> <0011> <D835DC00> endbfrange");
        Assert.True(cmap.TryGetUnicode(0x11, out var text));
        Assert.Equal("\U0001D401", text);
    }

    [Theory]
    [InlineData("<41>", "A")]
    [InlineData("<E282AC>", "\u20AC")]
    [InlineData("<D800>", "\uFFFD")]
    [InlineData("<>", "")]
    public void TryGetUnicode_DestinationNotUtf16_DecodesLeniently(string destination, string expected)
    {
        var cmap = Parse($"1 beginbfchar <01> {destination} endbfchar");
        Assert.True(cmap.TryGetUnicode(0x01, out var text));
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Parse_TruncatedInput_KeepsWhatWasParsed()
    {
        var full = Encoding.Latin1.GetBytes(BrowserToUnicode);
        var cut = Array.IndexOf(full, (byte)'[');
        var cmap = CMap.Parse(full.AsMemory(0, cut + 8));
        Assert.True(cmap.TryGetUnicode(0x0011, out var ligature));
        Assert.Equal("fi", ligature);
        Assert.True(cmap.TryGetUnicode(0x0046, out var c));
        Assert.Equal("c", c);
        Assert.True(cmap.TryGetUnicode(0x0050, out var a));
        Assert.Equal("A", a);
        Assert.Equal(0x0044, cmap.ReadCode([0x00, 0x44], 0, out _));
    }

    [Fact]
    public void Parse_UnclosedBlock_NextBlockStillRead()
    {
        var cmap = Parse("""
            2 beginbfchar
            <01> <0041>
            <02>
            1 beginbfchar
            <03> <0043>
            endbfchar
            """);
        Assert.True(cmap.TryGetUnicode(0x01, out var a));
        Assert.Equal("A", a);
        Assert.True(cmap.TryGetUnicode(0x03, out var c));
        Assert.Equal("C", c);
    }

    [Theory]
    [InlineData("")]
    [InlineData("begincmap endcmap")]
    [InlineData("1 begincodespacerange <00> endcodespacerange")]
    [InlineData("beginbfrange <00> <FF> [ <41> <42")]
    [InlineData("beginbfrange <FF> <00> <0041> endbfrange begincidrange <00> <01> -5 endcidrange")]
    [InlineData("begincodespacerange <0000000000> <FFFFFFFFFF> endcodespacerange beginbfchar <0102030405> <41> endbfchar")]
    [InlineData(")))>>>}}{{ /WMode 7 def usecmap def ] [ << begincidchar (x) /y 3.5 <01> 2.7 endcidchar")]
    public void Parse_Garbage_ReturnsWithoutThrowing(string text)
    {
        var cmap = Parse(text);
        Assert.Equal(0, cmap.WMode);
        var code = cmap.ReadCode([0x41, 0x42], 0, out var length);
        Assert.InRange(length, 1, 2);
        Assert.True(code >= 0);
        _ = cmap.TryGetUnicode(code, out _);
        _ = cmap.GetCid(code);
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(1234);
        var seed = Encoding.Latin1.GetBytes(BrowserToUnicode);
        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])seed.Clone();
            for (var i = 0; i < 20; i++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cmap = CMap.Parse(bytes.AsMemory(0, random.Next(bytes.Length)));
            _ = cmap.ReadCode(bytes, 0, out _);
            _ = cmap.TryGetUnicode(0x44, out _);
        }
    }
}

using System.Text;
using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class AsciiDecoderTests
{
    private static readonly byte[] Man = Encoding.ASCII.GetBytes("Man is distinguished");

    [Theory]
    [InlineData("9jqo^BlbD-BleB1DJ+*+F(f,q~>")]
    [InlineData("<~9jqo^BlbD-BleB1DJ+*+F(f,q~>")]
    [InlineData("  <~9jqo^ BlbD-\nBleB1\r\nDJ+*+\tF(f,q ~>")]
    [InlineData("9jqo^BlbD-BleB1DJ+*+F(f,q")]
    [InlineData("9jqo^BlbD-BleB1DJ+*+F(f,q~>garbage after the end")]
    public void Ascii85_ManIsDistinguished_ReturnsText(string encoded)
    {
        var decoded = Decode(Stream(Encoding.ASCII.GetBytes(encoded), ("Filter", Name("ASCII85Decode"))));

        Assert.Equal(Man, decoded);
    }

    [Fact]
    public void Ascii85_LongerClassicSample_ReturnsText()
    {
        const string encoded = "9jqo^BlbD-BleB1DJ+*+F(f,q/0JDI+D>J1+ED%%F)PqI+C]J8+C]U=FD,B0+EM77B6A$!EZf=0F)u&6DBNP3Df$V8FD,6++CT/%D..7%~>";

        var decoded = Decode(Stream(Encoding.ASCII.GetBytes(encoded), ("Filter", Name("A85"))));

        Assert.Equal("Man is distinguished, by his reason, but by this singular passion from other animals", Encoding.ASCII.GetString(decoded));
    }

    [Fact]
    public void Ascii85_ZShortcut_ReturnsFourZeroBytes()
    {
        var decoded = Decode(Stream(Encoding.ASCII.GetBytes("z9jqo^z~>"), ("Filter", Name("ASCII85Decode"))));

        Assert.Equal([0, 0, 0, 0, .. "Man "u8.ToArray(), 0, 0, 0, 0], decoded);
    }

    [Theory]
    [InlineData("9jqo^BlbD-BleB1DJ+*+F(f,q/0JDI", "Man is distinguished, by")]
    [InlineData("9jqo^B`~>", "Man i")]
    [InlineData("9jqo^BlbB~>", "Man is ")]
    public void Ascii85_FinalPartialGroup_ReturnsItsBytes(string encoded, string expected)
    {
        var decoded = Decode(Stream(Encoding.ASCII.GetBytes(encoded), ("Filter", Name("ASCII85Decode"))));

        Assert.Equal(expected, Encoding.ASCII.GetString(decoded));
    }

    [Fact]
    public void Ascii85_RoundTripOfAllByteValues_ReturnsOriginal()
    {
        var original = RandomBytes(1001, 3);

        var decoded = Decode(Stream(Ascii85(original), ("Filter", Name("ASCII85Decode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Ascii85_CharacterOutsideAlphabet_ThrowsDamagedNamingObject()
    {
        var error = Assert.Throws<PdfDamagedException>(() => Decode(Stream("9jqo{"u8.ToArray(), 31, ("Filter", Name("ASCII85Decode")))));

        Assert.Contains("object 31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ascii85_GroupAboveThirtyTwoBits_ThrowsDamaged()
    {
        Assert.Throws<PdfDamagedException>(() => Decode(Stream("uuuuu~>"u8.ToArray(), ("Filter", Name("ASCII85Decode")))));
    }

    [Theory]
    [InlineData("48656C6C6F>", "Hello")]
    [InlineData("48 65 6c\n6C 6f", "Hello")]
    [InlineData("48656C6C6F7>", "Hellop")]
    [InlineData(">", "")]
    public void AsciiHex_Digits_ReturnsBytes(string encoded, string expected)
    {
        var decoded = Decode(Stream(Encoding.ASCII.GetBytes(encoded), ("Filter", Name("ASCIIHexDecode"))));

        Assert.Equal(expected, Encoding.Latin1.GetString(decoded));
    }

    [Fact]
    public void AsciiHex_NonHexCharacter_ThrowsDamaged()
    {
        var error = Assert.Throws<PdfDamagedException>(() => Decode(Stream("48G5>"u8.ToArray(), 12, ("Filter", Name("AHx")))));

        Assert.Contains("object 12", error.Message, StringComparison.Ordinal);
    }
}

using Ingest.Pdf.Objects;
using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class PredictorTests
{
    private const int Colors = 3;
    private const int Columns = 5;
    private const int RowBytes = Colors * Columns;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_PngRowsOfOneFilterType_ReturnsSamples(byte filterType)
    {
        var samples = RandomBytes(RowBytes * 6, filterType);

        var decoded = Decode(PngStream(PngEncode(samples, _ => filterType), predictor: 10 + filterType));

        Assert.Equal(samples, decoded);
    }

    [Fact]
    public void Decode_PngRowsOfMixedFilterTypes_ReturnsSamples()
    {
        var samples = RandomBytes(RowBytes * 11, 99);

        // The /Predictor value (15, "optimum") does not bind the rows: each row names its own filter.
        var decoded = Decode(PngStream(PngEncode(samples, row => (byte)(row % 5)), predictor: 15));

        Assert.Equal(samples, decoded);
    }

    [Fact]
    public void Decode_PngLastRowCutShort_ReturnsItsBytes()
    {
        var samples = RandomBytes(RowBytes * 3, 7);
        var encoded = PngEncode(samples, _ => 4);

        var decoded = Decode(PngStream(encoded[..^4], predictor: 12));

        Assert.Equal(samples[..^4], decoded);
    }

    [Fact]
    public void Decode_PngOneBitSamples_UsesOneBytePerPixel()
    {
        // 16 one-bit columns = 2 bytes a row; Up filter on the second row.
        byte[] encoded = [0, 0b1010_1010, 0b1111_0000, 2, 0b0101_0101, 0b0000_1111];
        var parameters = Dictionary(("Predictor", Int(12)), ("Colors", Int(1)), ("BitsPerComponent", Int(1)), ("Columns", Int(16)));

        var decoded = Decode(Stream(Zlib(encoded), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters)));

        Assert.Equal([0b1010_1010, 0b1111_0000, 0xFF, 0xFF], decoded);
    }

    [Fact]
    public void Decode_TiffPredictorEightBits_ReturnsSamples()
    {
        var samples = RandomBytes(RowBytes * 4, 11);
        var encoded = (byte[])samples.Clone();
        for (var row = 0; row < 4; row++)
        {
            for (var i = RowBytes - 1; i >= Colors; i--)
            {
                encoded[(row * RowBytes) + i] -= samples[(row * RowBytes) + i - Colors];
            }
        }

        var parameters = Dictionary(("Predictor", Int(2)), ("Colors", Int(Colors)), ("Columns", Int(Columns)));
        var decoded = Decode(Stream(Zlib(encoded), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters)));

        Assert.Equal(samples, decoded);
    }

    [Fact]
    public void Decode_TiffPredictorSixteenBits_CarriesIntoHighByte()
    {
        // One colour, three columns: samples 0x00FF, 0x0100, 0x0105 stored as differences 0x00FF, 0x0001, 0x0005.
        byte[] encoded = [0x00, 0xFF, 0x00, 0x01, 0x00, 0x05];
        var parameters = Dictionary(("Predictor", Int(2)), ("BitsPerComponent", Int(16)), ("Columns", Int(3)));

        var decoded = Decode(Stream(Zlib(encoded), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters)));

        Assert.Equal([0x00, 0xFF, 0x01, 0x00, 0x01, 0x05], decoded);
    }

    [Fact]
    public void Decode_TiffPredictorFourBits_WrapsWithinComponent()
    {
        // Samples 1, 3, 2, 15 stored as differences 1, 2, 15 (-1 mod 16), 13.
        byte[] encoded = [0x12, 0xFD];
        var parameters = Dictionary(("Predictor", Int(2)), ("BitsPerComponent", Int(4)), ("Columns", Int(4)));

        var decoded = Decode(Stream(Zlib(encoded), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters)));

        Assert.Equal([0x13, 0x2F], decoded);
    }

    [Fact]
    public void Decode_PredictorAfterLzw_ReturnsSamples()
    {
        // LZW of the two bytes 0x02 0x01 (PNG "Up" row of one column) is the codes 256 2 1 257.
        byte[] encoded = [0x80, 0x00, 0x80, 0x30, 0x10];
        var parameters = Dictionary(("Predictor", Int(12)), ("Columns", Int(1)));

        var decoded = Decode(Stream(encoded, ("Filter", Name("LZWDecode")), ("DecodeParms", parameters)));

        Assert.Equal([0x01], decoded);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(16)]
    public void Decode_UnknownPredictor_ThrowsDamaged(int predictor)
    {
        var parameters = Dictionary(("Predictor", Int(predictor)));

        var error = Assert.Throws<PdfDamagedException>(() => Decode(Stream(Zlib([1, 2, 3]), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters))));

        Assert.Contains("object 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HugeColumns_ThrowsDamagedInsteadOfAllocating()
    {
        var parameters = Dictionary(("Predictor", Int(12)), ("Colors", Int(32)), ("BitsPerComponent", Int(16)), ("Columns", Int(int.MaxValue)));

        Assert.Throws<PdfDamagedException>(() => Decode(Stream(Zlib([1, 2, 3]), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters))));
    }

    private static PdfStream PngStream(byte[] encoded, int predictor)
    {
        var parameters = Dictionary(("Predictor", Int(predictor)), ("Colors", Int(Colors)), ("BitsPerComponent", Int(8)), ("Columns", Int(Columns)));
        return Stream(Zlib(encoded), ("Filter", Name("FlateDecode")), ("DecodeParms", parameters));
    }

    /// <summary>PNG-filters rows of <see cref="RowBytes"/> bytes with three bytes per pixel.</summary>
    private static byte[] PngEncode(byte[] samples, Func<int, byte> filterOfRow)
    {
        var rows = samples.Length / RowBytes;
        var output = new List<byte>();
        for (var row = 0; row < rows; row++)
        {
            var filter = filterOfRow(row);
            output.Add(filter);
            for (var i = 0; i < RowBytes; i++)
            {
                int x = samples[(row * RowBytes) + i];
                var left = i >= Colors ? samples[(row * RowBytes) + i - Colors] : 0;
                var up = row > 0 ? samples[((row - 1) * RowBytes) + i] : 0;
                var upLeft = row > 0 && i >= Colors ? samples[((row - 1) * RowBytes) + i - Colors] : 0;
                var prediction = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output.Add((byte)(x - prediction));
            }
        }

        return [.. output];
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }
}

using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class LzwDecoderTests
{
    [Fact]
    public void Decode_SpecificationExample_ReturnsText()
    {
        // ISO 32000-1, 7.4.4.2: "-----A---B" encodes to the codes 256 45 258 258 65 259 66 257.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        var decoded = Decode(Stream(encoded, ("Filter", Name("LZWDecode"))));

        Assert.Equal("-----A---B"u8.ToArray(), decoded);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 700)]
    [InlineData(1, 3_000)]
    [InlineData(1, 60_000)]
    [InlineData(0, 2)]
    [InlineData(0, 700)]
    [InlineData(0, 3_000)]
    [InlineData(0, 60_000)]
    public void Decode_TextEncodedWithEarlyChange_ReturnsOriginal(int earlyChange, int length)
    {
        var original = SampleText(length);
        var parameters = Dictionary(("EarlyChange", Int(earlyChange)));

        var decoded = Decode(Stream(LzwEncode(original, earlyChange), ("Filter", Name("LZWDecode")), ("DecodeParms", parameters)));

        Assert.Equal(original, decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Decode_RandomBytesThatFillTheTableManyTimes_ReturnsOriginal(int earlyChange)
    {
        var original = RandomBytes(40_000, 5);
        var parameters = Dictionary(("EarlyChange", Int(earlyChange)));

        var decoded = Decode(Stream(LzwEncode(original, earlyChange), ("Filter", Name("LZW")), ("DP", parameters)));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_DefaultEarlyChangeWithoutParameters_IsOne()
    {
        var original = SampleText(5_000);

        var decoded = Decode(Stream(LzwEncode(original, 1), ("Filter", Name("LZWDecode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_TruncatedData_ReturnsPrefix()
    {
        var original = SampleText(20_000);
        var encoded = LzwEncode(original, 1);

        var decoded = Decode(Stream(encoded[..(encoded.Length / 2)], ("Filter", Name("LZWDecode"))));

        Assert.True(decoded.Length > original.Length / 4);
        Assert.Equal(original[..decoded.Length], decoded);
    }

    /// <summary>A plain LZW encoder as in ISO 32000-1, 7.4.4.2, clearing the table when it fills.</summary>
    /// <remarks>
    /// Widths follow the decoder: the decoder learns each entry one code after the encoder makes it,
    /// so the encoder widens when <c>next + earlyChange - 1</c> reaches the next power of two, and it
    /// counts one more entry after the last code before writing end-of-data (as libtiff does).
    /// </remarks>
    private static byte[] LzwEncode(byte[] data, int earlyChange)
    {
        var writer = new BitWriter();
        var table = new Dictionary<(int Prefix, byte Next), int>();
        var width = 9;
        var next = 258;
        writer.Write(256, width);
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
                continue;
            }

            if (table.TryGetValue((current, b), out var code))
            {
                current = code;
                continue;
            }

            writer.Write(current, width);
            table[(current, b)] = next++;
            if (next + earlyChange >= 4096)
            {
                writer.Write(256, width);
                table.Clear();
                next = 258;
                width = 9;
            }
            else if (next + earlyChange - 1 >= 1 << width)
            {
                width++;
            }

            current = b;
        }

        if (current >= 0)
        {
            writer.Write(current, width);
            next++;
            if (next + earlyChange - 1 >= 1 << width && width < 12)
            {
                width++;
            }
        }

        writer.Write(257, width);
        return writer.ToArray();
    }

    private sealed class BitWriter
    {
        private readonly List<byte> bytes = [];
        private int buffer;
        private int count;

        public void Write(int code, int width)
        {
            for (var i = width - 1; i >= 0; i--)
            {
                buffer = (buffer << 1) | ((code >> i) & 1);
                if (++count == 8)
                {
                    bytes.Add((byte)buffer);
                    buffer = 0;
                    count = 0;
                }
            }
        }

        public byte[] ToArray()
        {
            if (count > 0)
            {
                bytes.Add((byte)(buffer << (8 - count)));
                buffer = 0;
                count = 0;
            }

            return [.. bytes];
        }
    }
}

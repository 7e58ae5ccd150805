using System.IO.Compression;
using Ingest.Pdf.Filters;
using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class FlateDecoderTests
{
    [Fact]
    public void Decode_ZlibData_ReturnsOriginal()
    {
        var original = SampleText(100_000);

        var decoded = Decode(Stream(Zlib(original), ("Filter", Name("FlateDecode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_RawDeflateWithoutZlibHeader_ReturnsOriginal()
    {
        var original = SampleText(5_000);

        var decoded = Decode(Stream(RawDeflate(original), ("Filter", Name("FlateDecode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_LeadingLineBreakBeforeZlibHeader_ReturnsOriginal()
    {
        var original = SampleText(5_000);

        var decoded = Decode(Stream([(byte)'\r', (byte)'\n', .. Zlib(original)], ("Filter", Name("FlateDecode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_TruncatedStream_ReturnsPrefixOfOriginal()
    {
        var original = SampleText(200_000);
        var compressed = Zlib(original);

        var decoded = Decode(Stream(compressed[..(compressed.Length / 2)], ("Filter", Name("FlateDecode"))));

        Assert.True(decoded.Length > original.Length / 4, $"only {decoded.Length} bytes decoded");
        Assert.True(decoded.Length < original.Length);
        Assert.Equal(original[..decoded.Length], decoded);
    }

    [Fact]
    public void Decode_BadChecksum_ReturnsAllData()
    {
        var original = SampleText(10_000);
        var compressed = Zlib(original);
        compressed[^1] ^= 0xFF;

        var decoded = Decode(Stream(compressed, ("Filter", Name("FlateDecode"))));

        Assert.Equal(original, decoded);
    }

    [Fact]
    public void Decode_GarbageData_ReturnsEmptyWithoutThrowing()
    {
        var decoded = Decode(Stream([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], ("Filter", Name("FlateDecode"))));

        Assert.Empty(decoded);
    }

    [Fact]
    public void Decode_BombOfTwoGibibytes_StopsAtDefaultLimitWithBoundedMemory()
    {
        var bomb = CompressZeros(2L << 30);
        var stream = Stream(bomb, 42, ("Filter", Name("FlateDecode")));
        var budget = new DecodeBudget(PdfReadLimits.Default);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<PdfLimitExceededException>(() => StreamDecoder.Decode(stream, o => o, budget, out _));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Contains("object 42", error.Message, StringComparison.Ordinal);
        Assert.Contains((256L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 600L << 20, $"decoding allocated {allocated} bytes");
    }

    private static byte[] CompressZeros(long count)
    {
        var zeros = new byte[1 << 20];
        using var target = new MemoryStream();
        using (var zlib = new ZLibStream(target, CompressionLevel.Optimal))
        {
            for (long written = 0; written < count; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        return target.ToArray();
    }
}

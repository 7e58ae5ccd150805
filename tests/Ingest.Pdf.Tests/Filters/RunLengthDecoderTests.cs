using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class RunLengthDecoderTests
{
    [Fact]
    public void Decode_LiteralAndRepeatRuns_ReturnsExpandedBytes()
    {
        // 2 => copy 3 bytes; 254 => repeat the next byte 3 times; 129 => 128 times; 0 => copy 1; 128 => end.
        byte[] encoded = [2, 10, 20, 30, 254, 7, 129, 9, 0, 42, 128, 99, 99];

        var decoded = Decode(Stream(encoded, ("Filter", Name("RunLengthDecode"))));

        byte[] expected = [10, 20, 30, 7, 7, 7, .. Enumerable.Repeat((byte)9, 128), 42];
        Assert.Equal(expected, decoded);
    }

    [Fact]
    public void Decode_MissingEndMarkerAndShortLiteral_ReturnsBytesThatAreThere()
    {
        byte[] encoded = [255, 5, 4, 1, 2];

        var decoded = Decode(Stream(encoded, ("Filter", Name("RL"))));

        Assert.Equal([5, 5, 1, 2], decoded);
    }
}

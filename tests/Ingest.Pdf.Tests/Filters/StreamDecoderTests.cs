using System.Text;
using Ingest.Pdf.Filters;
using Ingest.Pdf.Objects;
using static Ingest.Pdf.Tests.Filters.FilterTestData;

namespace Ingest.Pdf.Tests.Filters;

public class StreamDecoderTests
{
    [Fact]
    public void Decode_NoFilter_ReturnsRawBytes()
    {
        var decoded = Decode(Stream([1, 2, 3]), out var stopped);

        Assert.Equal([1, 2, 3], decoded);
        Assert.False(stopped);
    }

    [Fact]
    public void Decode_Ascii85ThenFlateChain_ReturnsOriginal()
    {
        var original = SampleText(30_000);
        var raw = Ascii85(Zlib(original));

        var decoded = Decode(Stream(raw, ("Filter", Array(Name("ASCII85Decode"), Name("FlateDecode")))), out var stopped);

        Assert.Equal(original, decoded);
        Assert.False(stopped);
    }

    [Fact]
    public void Decode_ChainWithParametersArray_AppliesParametersToTheirFilter()
    {
        byte[] rows = [2, 1, 2, 3, 2, 1, 1, 1];
        var raw = Encoding.ASCII.GetBytes(Convert.ToHexString(Zlib(rows)) + ">");
        var parameters = Array(PdfNull.Instance, Dictionary(("Predictor", Int(12)), ("Columns", Int(3))));

        var decoded = Decode(Stream(raw, ("Filter", Array(Name("AHx"), Name("Fl"))), ("DecodeParms", parameters)));

        Assert.Equal([1, 2, 3, 2, 3, 4], decoded);
    }

    [Fact]
    public void Decode_InlineImageAbbreviations_AreAccepted()
    {
        var raw = Encoding.ASCII.GetBytes(Convert.ToHexString(Zlib([0, 5, 5])) + ">");

        var decoded = Decode(Stream(raw, ("F", Array(Name("AHx"), Name("Fl"))), ("DP", Array(PdfNull.Instance, Dictionary(("Predictor", Int(10)), ("Columns", Int(2)))))));

        Assert.Equal([5, 5], decoded);
    }

    [Fact]
    public void Decode_FileSpecificationUnderF_IsNotTakenForAFilter()
    {
        var decoded = Decode(Stream([1, 2], ("F", new PdfString("data.bin"u8.ToArray()))));

        Assert.Equal([1, 2], decoded);
    }

    [Fact]
    public void Decode_IndirectFilterParametersAndValues_AreResolved()
    {
        var objects = new Dictionary<int, PdfObject>
        {
            [10] = Array(new PdfReference(11, 0)),
            [11] = Name("FlateDecode"),
            [12] = Array(new PdfReference(13, 0)),
            [13] = Dictionary(("Predictor", new PdfReference(14, 0)), ("Columns", new PdfReference(15, 0))),
            [14] = Int(11),
            [15] = Int(2),
        };
        var stream = Stream(Zlib([1, 4, 1, 1, 0, 9]), ("Filter", new PdfReference(10, 0)), ("DecodeParms", new PdfReference(12, 0)));

        var decoded = StreamDecoder.Decode(stream, o => o is PdfReference r ? objects[r.Number] : o, new DecodeBudget(PdfReadLimits.Default), out _);

        Assert.Equal([4, 5, 0, 9], decoded);
    }

    [Theory]
    [InlineData("DCTDecode")]
    [InlineData("DCT")]
    [InlineData("JPXDecode")]
    [InlineData("CCITTFaxDecode")]
    [InlineData("CCF")]
    [InlineData("JBIG2Decode")]
    public void Decode_ImageFilterInChain_StopsThereAndReturnsItsInput(string imageFilter)
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
        var raw = Encoding.ASCII.GetBytes(Convert.ToHexString(jpeg) + ">");

        var decoded = Decode(Stream(raw, ("Filter", Array(Name("ASCIIHexDecode"), Name(imageFilter), Name("NoSuchFilter")))), out var stopped);

        Assert.Equal(jpeg, decoded);
        Assert.True(stopped);
    }

    [Fact]
    public void Decode_IdentityCryptFilter_PassesDataThrough()
    {
        var parameters = Array(Dictionary(("Type", Name("CryptFilterDecodeParms")), ("Name", Name("Identity"))), PdfNull.Instance);

        var decoded = Decode(Stream("414243>"u8.ToArray(), ("Filter", Array(Name("Crypt"), Name("ASCIIHexDecode"))), ("DecodeParms", parameters)), out var stopped);

        Assert.Equal("ABC"u8.ToArray(), decoded);
        Assert.False(stopped);
    }

    [Fact]
    public void Decode_UnknownFilter_ThrowsDamagedNamingFilterAndObject()
    {
        var error = Assert.Throws<PdfDamagedException>(() => Decode(Stream([1], 55, ("Filter", Name("BrotliDecode")))));

        Assert.Contains("BrotliDecode", error.Message, StringComparison.Ordinal);
        Assert.Contains("object 55", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FilterArrayHoldingNumber_ThrowsDamaged()
    {
        Assert.Throws<PdfDamagedException>(() => Decode(Stream([1], ("Filter", Array(Int(3))))));
    }

    [Fact]
    public void Decode_OutputExactlyAtStreamLimit_Succeeds()
    {
        var budget = new DecodeBudget(PdfReadLimits.Default with { MaxStreamBytes = 1000 });
        var stream = Stream(Zlib(new byte[1000]), ("Filter", Name("FlateDecode")));

        var decoded = StreamDecoder.Decode(stream, o => o, budget, out _);

        Assert.Equal(1000, decoded.Length);
        Assert.Equal(1000, budget.DocumentBytes);
    }

    [Theory]
    [InlineData("FlateDecode")]
    [InlineData("LZWDecode")]
    [InlineData("RunLengthDecode")]
    [InlineData("ASCII85Decode")]
    public void Decode_OutputOneByteOverStreamLimit_ThrowsLimitExceeded(string filter)
    {
        var budget = new DecodeBudget(PdfReadLimits.Default with { MaxStreamBytes = 1000 });
        var raw = filter switch
        {
            "FlateDecode" => Zlib(new byte[1001]),

            // Codes 256 0 258 259 ... : runs of zeros growing by one byte per code (1 + 2 + ... + 44 = 990, then 11 more).
            "LZWDecode" => LzwZeros(),
            "RunLengthDecode" => [129, 0, 129, 0, 129, 0, 129, 0, 129, 0, 129, 0, 129, 0, 143, 0, 128],
            _ => "z".PadRight(251, 'z').Select(c => (byte)c).ToArray(),
        };
        var stream = Stream(raw, 77, ("Filter", Name(filter)));

        var error = Assert.Throws<PdfLimitExceededException>(() => StreamDecoder.Decode(stream, o => o, budget, out _));

        Assert.Contains("object 77", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RawStreamOverStreamLimit_ThrowsLimitExceeded()
    {
        var budget = new DecodeBudget(PdfReadLimits.Default with { MaxStreamBytes = 10 });

        Assert.Throws<PdfLimitExceededException>(() => StreamDecoder.Decode(Stream(new byte[11]), o => o, budget, out _));
    }

    [Fact]
    public void Decode_ManyStreamsUnderStreamLimit_StopAtDocumentLimit()
    {
        var budget = new DecodeBudget(PdfReadLimits.Default with { MaxStreamBytes = 1000, MaxDocumentBytes = 5000 });
        var compressed = Zlib(new byte[800]);

        for (var objectNumber = 1; objectNumber <= 6; objectNumber++)
        {
            StreamDecoder.Decode(Stream(compressed, objectNumber, ("Filter", Name("FlateDecode"))), o => o, budget, out _);
        }

        var error = Assert.Throws<PdfLimitExceededException>(() => StreamDecoder.Decode(Stream(compressed, 7, ("Filter", Name("FlateDecode"))), o => o, budget, out _));
        Assert.Contains("object 7", error.Message, StringComparison.Ordinal);
        Assert.Contains("5000", error.Message, StringComparison.Ordinal);
    }

    /// <summary>LZW codes that expand to 1001 zero bytes: each new code is the previous run plus one zero.</summary>
    private static byte[] LzwZeros()
    {
        var codes = new List<int> { 256, 0 };
        var total = 1;
        for (var code = 258; total < 1001; code++)
        {
            var length = Math.Min(code - 256, 1001 - total);
            codes.Add(length == code - 256 ? code : 0);
            total += length == code - 256 ? length : 1;
        }

        codes.Add(257);
        var bits = new StringBuilder();
        var width = 9;
        var next = 258;
        for (var i = 0; i < codes.Count; i++)
        {
            bits.Append(Convert.ToString(codes[i], 2).PadLeft(width, '0'));
            if (i >= 2 && codes[i] != 257)
            {
                next++;
                if (next + 1 >= 1 << width)
                {
                    width++;
                }
            }
        }

        while (bits.Length % 8 != 0)
        {
            bits.Append('0');
        }

        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.ToString(i * 8, 8), 2)).ToArray();
    }
}

using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Filters;

/// <summary>Applies the filters named by a stream dictionary to the stream's bytes (ISO 32000-1, 7.4).</summary>
/// <remarks>
/// Every stage writes into a <see cref="BoundedBuffer"/> capped at <see cref="DecodeBudget.MaxStreamBytes"/>,
/// so a decompression bomb is stopped at the cap without allocating what it would inflate to.
/// </remarks>
internal static class StreamDecoder
{
    /// <summary>Decodes the bytes of <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream; its <see cref="PdfStream.RawData"/> must already be decrypted.</param>
    /// <param name="resolve">Turns a <see cref="PdfReference"/> into its object and returns any other object unchanged.</param>
    /// <param name="budget">The per-stream and per-document limits; the decoded length is charged to it.</param>
    /// <param name="stoppedAtImageFilter">
    /// Set to true when the chain reached an image filter (DCTDecode, JPXDecode, CCITTFaxDecode, JBIG2Decode):
    /// the result is then the data that filter takes as input.
    /// </param>
    /// <returns>The decoded bytes.</returns>
    /// <exception cref="PdfDamagedException">A filter is unknown or its data or parameters cannot be read.</exception>
    /// <exception cref="PdfLimitExceededException">The stream decodes to more than the per-stream limit, or the document total passes its limit.</exception>
    public static byte[] Decode(PdfStream stream, Func<PdfObject?, PdfObject?> resolve, DecodeBudget budget, out bool stoppedAtImageFilter)
    {
        stoppedAtImageFilter = false;
        var objectNumber = stream.ObjectNumber;
        var dictionary = stream.Dictionary;
        var filters = ReadFilters(dictionary, resolve, objectNumber);
        var parameters = ReadParameters(dictionary, resolve, filters.Count);

        ReadOnlyMemory<byte> data = stream.RawData;
        byte[]? decoded = null;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (IsImageFilter(filter))
            {
                stoppedAtImageFilter = true;
                break;
            }

            // The security handler applies the crypt filter a stream names before decoding, so here it passes the data through.
            if (filter is "Crypt")
            {
                continue;
            }

            decoded = DecodeOne(filter, data, parameters[i], resolve, budget.MaxStreamBytes, objectNumber);
            data = decoded;
        }

        if (decoded is null)
        {
            if (data.Length > budget.MaxStreamBytes)
            {
                throw new PdfLimitExceededException($"The stream of object {objectNumber} holds {data.Length} bytes, more than the per-stream limit of {budget.MaxStreamBytes} bytes.");
            }

            decoded = data.ToArray();
        }

        budget.Charge(decoded.Length, objectNumber);
        return decoded;
    }

    private static bool IsImageFilter(string filter) =>
        filter is "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode";

    private static byte[] DecodeOne(string filter, ReadOnlyMemory<byte> input, PdfDictionary? parameters, Func<PdfObject?, PdfObject?> resolve, long limit, int objectNumber)
    {
        var sizeHint = (int)Math.Min(input.Length * 4L, 1 << 20);
        var output = new BoundedBuffer(limit, objectNumber, sizeHint);
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                FlateDecoder.Decode(input, output);
                return Predictor.Apply(output.ToArray(), ReadPredictor(parameters, resolve), objectNumber);
            case "LZWDecode" or "LZW":
                var earlyChange = GetInt(parameters, "EarlyChange", 1, resolve) == 0 ? 0 : 1;
                LzwDecoder.Decode(input.Span, output, earlyChange);
                return Predictor.Apply(output.ToArray(), ReadPredictor(parameters, resolve), objectNumber);
            case "ASCII85Decode" or "A85":
                Ascii85Decoder.Decode(input.Span, output, objectNumber);
                return output.ToArray();
            case "ASCIIHexDecode" or "AHx":
                AsciiHexDecoder.Decode(input.Span, output, objectNumber);
                return output.ToArray();
            case "RunLengthDecode" or "RL":
                RunLengthDecoder.Decode(input.Span, output);
                return output.ToArray();
            default:
                throw new PdfDamagedException($"The stream of object {objectNumber} names the unknown filter /{filter}.");
        }
    }

    private static List<string> ReadFilters(PdfDictionary dictionary, Func<PdfObject?, PdfObject?> resolve, int objectNumber)
    {
        var entry = resolve(dictionary["Filter"]);

        // Inline images abbreviate /Filter as /F; in other streams /F is a file specification (a string or dictionary), not a filter.
        if (entry is null or PdfNull)
        {
            var abbreviated = resolve(dictionary["F"]);
            if (abbreviated is PdfName or PdfArray)
            {
                entry = abbreviated;
            }
        }

        var filters = new List<string>();
        switch (entry)
        {
            case null or PdfNull:
                break;
            case PdfName name:
                filters.Add(name.Value);
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    filters.Add(resolve(item) is PdfName n
                        ? n.Value
                        : throw new PdfDamagedException($"The /Filter array of object {objectNumber} holds {item}, which is not a filter name."));
                }

                break;
            default:
                throw new PdfDamagedException($"The /Filter of object {objectNumber} is {entry}, neither a name nor an array.");
        }

        return filters;
    }

    /// <summary>Returns one parameter dictionary (or null) per filter.</summary>
    private static PdfDictionary?[] ReadParameters(PdfDictionary dictionary, Func<PdfObject?, PdfObject?> resolve, int filterCount)
    {
        var result = new PdfDictionary?[filterCount];
        var entry = resolve(dictionary["DecodeParms"]);
        if (entry is null or PdfNull)
        {
            entry = resolve(dictionary["DP"]);
        }

        switch (entry)
        {
            case PdfDictionary single when filterCount > 0:
                result[0] = single;
                break;
            case PdfArray array:
                for (var i = 0; i < filterCount && i < array.Count; i++)
                {
                    result[i] = resolve(array[i]) as PdfDictionary;
                }

                break;
        }

        return result;
    }

    private static PredictorParameters ReadPredictor(PdfDictionary? parameters, Func<PdfObject?, PdfObject?> resolve)
    {
        if (parameters is null)
        {
            return PredictorParameters.None;
        }

        return new PredictorParameters(
            GetInt(parameters, "Predictor", 1, resolve),
            GetInt(parameters, "Colors", 1, resolve),
            GetInt(parameters, "BitsPerComponent", 8, resolve),
            GetInt(parameters, "Columns", 1, resolve));
    }

    private static int GetInt(PdfDictionary? parameters, string key, int fallback, Func<PdfObject?, PdfObject?> resolve) =>
        parameters is not null && resolve(parameters[key]) is PdfNumber number ? number.IntValue : fallback;
}

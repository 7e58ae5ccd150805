using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Ingest.Pdf.Filters;

/// <summary>The FlateDecode filter (ISO 32000-1, 7.4.4), tolerant of the damage common in real files.</summary>
internal static class FlateDecoder
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Inflates zlib data into <paramref name="output"/>.</summary>
    /// <remarks>
    /// Producers write streams with a broken zlib header, without one, or cut short; readers such
    /// as poppler and pdf.js show what inflates, so a bad header falls back to raw deflate and
    /// corrupt or truncated data yields the bytes inflated before the damage.
    /// </remarks>
    /// <exception cref="PdfLimitExceededException">The output passes the buffer's limit.</exception>
    public static void Decode(ReadOnlyMemory<byte> input, BoundedBuffer output)
    {
        var span = input.Span;
        var start = 0;
        while (start < span.Length && FilterSyntax.IsWhiteSpace(span[start]))
        {
            start++;
        }

        var data = input[start..];
        if (HasZlibHeader(data.Span))
        {
            if (Inflate(data, zlib: true, output) || output.Length > 0)
            {
                return;
            }
        }

        // No usable header: raw deflate, or a zlib body behind two damaged header bytes.
        if (!Inflate(data, zlib: false, output) && output.Length == 0 && data.Length > 2)
        {
            Inflate(data[2..], zlib: false, output);
        }
    }

    private static bool HasZlibHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
        {
            return false;
        }

        int cmf = data[0];
        int flg = data[1];
        const int presetDictionary = 0x20;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0 && (flg & presetDictionary) == 0;
    }

    /// <summary>Inflates until the end of the data or the first error; returns false on an error.</summary>
    private static bool Inflate(ReadOnlyMemory<byte> data, bool zlib, BoundedBuffer output)
    {
        using var source = AsStream(data);
        using Stream inflater = zlib
            ? new ZLibStream(source, CompressionMode.Decompress)
            : new DeflateStream(source, CompressionMode.Decompress);
        var chunk = new byte[ChunkSize];
        try
        {
            int n;
            while ((n = inflater.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk.AsSpan(0, n));
            }

            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}

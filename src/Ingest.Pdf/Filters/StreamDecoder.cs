using System.IO.Compression;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Filters;

// Temporary stand-in until the full filter set lands.
internal static class StreamDecoder
{
    public static byte[] Decode(PdfStream stream, Func<PdfObject?, PdfObject?> resolve, DecodeBudget budget, out bool stoppedAtImageFilter)
    {
        stoppedAtImageFilter = false;
        var f = resolve(stream.Dictionary["Filter"]);
        if (f is PdfArray a && a.Count > 0)
        {
            f = resolve(a[0]);
        }

        if (f is PdfName { Value: "FlateDecode" })
        {
            using var z = new ZLibStream(new MemoryStream(stream.RawData.ToArray()), CompressionMode.Decompress);
            var ms = new MemoryStream();
            try
            {
                z.CopyTo(ms);
            }
            catch (InvalidDataException)
            {
            }

            budget.Charge(ms.Length, stream.ObjectNumber);
            return ms.ToArray();
        }

        return stream.RawData.ToArray();
    }
}

namespace Ingest.Pdf.Filters;

/// <summary>Counts decoded bytes against the per-stream and per-document limits.</summary>
internal sealed class DecodeBudget(PdfReadLimits limits)
{
    private long documentBytes;

    public PdfReadLimits Limits { get; } = limits;

    public long DocumentBytes => Interlocked.Read(ref documentBytes);

    /// <summary>Gets the per-stream cap on decoded bytes.</summary>
    public long MaxStreamBytes => Limits.MaxStreamBytes;

    /// <summary>Charges <paramref name="bytes"/> decoded bytes of the stream in object <paramref name="objectNumber"/> to the document total.</summary>
    /// <exception cref="PdfLimitExceededException">The document total passes <see cref="PdfReadLimits.MaxDocumentBytes"/>.</exception>
    public void Charge(long bytes, int objectNumber)
    {
        var total = Interlocked.Add(ref documentBytes, bytes);
        if (total > Limits.MaxDocumentBytes)
        {
            throw new PdfLimitExceededException($"Decoded data passed the document limit of {Limits.MaxDocumentBytes} bytes while decoding the stream of object {objectNumber}.");
        }
    }
}

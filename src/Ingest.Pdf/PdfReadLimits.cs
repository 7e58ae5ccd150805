namespace Ingest.Pdf;

/// <summary>Bounds applied while reading untrusted PDFs.</summary>
/// <remarks>Every limit has a default that real reports stay far below; raise them for unusual files.</remarks>
public sealed record PdfReadLimits
{
    /// <summary>Gets the default limits.</summary>
    public static PdfReadLimits Default { get; } = new();

    /// <summary>Gets the largest number of bytes one stream may decode to.</summary>
    /// <value>The default value is 256 MiB.</value>
    public long MaxStreamBytes { get; init; } = 256L << 20;

    /// <summary>Gets the largest number of decoded bytes over the whole document.</summary>
    /// <value>The default value is 2 GiB.</value>
    public long MaxDocumentBytes { get; init; } = 2L << 30;

    /// <summary>Gets the deepest nesting of arrays and dictionaries, Form XObjects and page tree levels.</summary>
    /// <value>The default value is 64.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Gets the largest number of indirect objects the document may declare.</summary>
    /// <value>The default value is 10,000,000.</value>
    public int MaxObjects { get; init; } = 10_000_000;

    /// <summary>Gets the largest number of content-stream operators interpreted on one page (Form XObjects included).</summary>
    /// <value>The default value is 5,000,000.</value>
    public long MaxOperatorsPerPage { get; init; } = 5_000_000;

    /// <summary>Gets the largest number of pages.</summary>
    /// <value>The default value is 100,000.</value>
    public int MaxPages { get; init; } = 100_000;
}

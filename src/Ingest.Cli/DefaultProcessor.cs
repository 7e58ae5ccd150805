using Ingest.Pipeline;

namespace Ingest.Cli;

/// <summary>The document processor <c>ingest run</c> uses: the report parser and auditor when they are compiled in
/// (<c>CeplanProcessor.cs</c>), otherwise the PDF-only processor.</summary>
internal static partial class DefaultProcessor
{
    /// <summary>Creates the processor.</summary>
    /// <returns>The processor.</returns>
    public static DocumentProcessor Create()
    {
        DocumentProcessor? processor = null;
        CreateCeplan(ref processor);
        return processor ?? PdfOnlyProcessor.Instance;
    }

    static partial void CreateCeplan(ref DocumentProcessor? processor);
}

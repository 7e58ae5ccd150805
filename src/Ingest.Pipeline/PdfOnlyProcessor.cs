namespace Ingest.Pipeline;

/// <summary>
/// A processor that only reads the PDF: every page's words (so damaged pages and decompression bombs fail as they
/// would in the parser), the page count, producer and title, and whether there is any text layer. It finds nothing to
/// audit. Used by the pipeline's tests and benchmark.
/// </summary>
public static class PdfOnlyProcessor
{
    /// <summary>Gets the processor.</summary>
    public static DocumentProcessor Instance { get; } = new(Read, static _ => new AuditResult([], []));

    /// <summary>Reads a document's pages and builds a report with document facts only.</summary>
    /// <param name="document">The opened PDF.</param>
    /// <param name="file">The file name.</param>
    /// <param name="sha256">The file's hash.</param>
    /// <returns>A report of kind <see cref="ReportKind.Other"/>, or <see cref="ReportKind.NoText"/> when no page has a text layer.</returns>
    public static CeplanReport Read(PdfDocument document, string file, string sha256)
    {
        ArgumentNullException.ThrowIfNull(document);
        var anyText = false;
        var problems = new List<string>();
        foreach (var page in document.GetPages())
        {
            var content = page.ReadContent();
            anyText |= content.HasTextLayer;
            problems.AddRange(content.Problems.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page {content.PageNumber}: {p}")));
        }

        var kind = anyText || document.PageCount == 0 ? ReportKind.Other : ReportKind.NoText;
        var classification = new Classification(kind, anyText ? 0 : 1, [anyText ? "no report parser wired in" : "no page has a text layer"]);
        var info = new DocumentInfo(file, sha256, classification, document.Title, null, null, null, document.PageCount, document.Producer ?? document.Creator);
        return new CeplanReport(info, [], [], [], [], [], [], [], [], problems);
    }
}

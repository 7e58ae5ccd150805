namespace Ingest.Ceplan.Model;

/// <summary>Where a value was printed: the file, the page, the box and, for table values, the table, row and column.</summary>
/// <param name="Page">The 1-based page number; 0 when the value is not tied to a page (e.g. a document-wide figure).</param>
/// <param name="Box">The printed text's outline in points, origin at the top left of the page as displayed; <see langword="null"/> when unknown.</param>
/// <param name="Table">The logical table's id (<c>t3.1</c>); <see langword="null"/> for running text.</param>
/// <param name="Row">The 0-based data row in that table; <see langword="null"/> for running text.</param>
/// <param name="Column">The 0-based column in that table; <see langword="null"/> for running text or a whole row.</param>
/// <param name="Raw">The text exactly as printed (for a sentence: the sentence).</param>
/// <remarks>The file's SHA-256 is on <see cref="DocumentInfo.Sha256"/>; every provenance of a report refers to that file.</remarks>
public sealed record Provenance(int Page, PdfRect? Box, string? Table, int? Row, int? Column, string Raw)
{
    /// <summary>Gets a provenance for a value that is not tied to any printed place.</summary>
    public static Provenance None { get; } = new(0, null, null, null, null, string.Empty);
}

namespace Ingest.Pdf;

/// <summary>A repair the lenient reader made to read a damaged file.</summary>
/// <param name="Kind">A short stable name: <c>xref-rebuilt</c>, <c>object-relocated</c>, <c>content-skipped</c>, ...</param>
/// <param name="Message">What was wrong and what was done, naming the object number or byte offset.</param>
public sealed record PdfRepair(string Kind, string Message);

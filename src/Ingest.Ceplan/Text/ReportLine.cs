namespace Ingest.Ceplan.Text;

/// <summary>A line of a report's content text (browser headers, page numbers and signature stamps removed).</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Box">The line's box in points, origin at the top left of the page as displayed.</param>
/// <param name="Text">The words joined by single spaces.</param>
/// <param name="FontSize">The largest font size of its words, in points; 0 when unknown.</param>
/// <param name="Bold"><see langword="true"/> when every word is bold.</param>
/// <param name="Tabular"><see langword="true"/> when wide gaps split the line into several cells (a table row rather than running text).</param>
public sealed record ReportLine(int Page, PdfRect Box, string Text, double FontSize = 0, bool Bold = false, bool Tabular = false);

/// <summary>Lines of running text joined into one paragraph.</summary>
/// <param name="Page">The page of its first line.</param>
/// <param name="Box">The box of its first line.</param>
/// <param name="Text">The lines' text joined by spaces (a hyphen that split a word at a line end removed).</param>
/// <param name="Lines">The lines, in reading order.</param>
public sealed record ReportParagraph(int Page, PdfRect Box, string Text, IReadOnlyList<ReportLine> Lines);

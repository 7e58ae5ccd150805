using System.Text;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Text;

/// <summary>The content text of a report in reading order: lines, paragraphs and plain text, without browser headers and
/// footers, page numbers and signature stamps.</summary>
/// <remarks>
/// Within a line that mixes bold and regular words, bold runs are wrapped in <c>**</c> (the convention of the seed texts),
/// because reports name indicators in bold inside running sentences and the claim reader needs those names.
/// </remarks>
public sealed class ReportText
{
    private ReportText(IReadOnlyList<ReportLine> lines, IReadOnlyList<ReportLine> removed, int pageCount, int pagesWithText, int scannedPages)
    {
        Lines = lines;
        Removed = removed;
        PageCount = pageCount;
        PagesWithText = pagesWithText;
        ScannedPages = scannedPages;
        Paragraphs = ParagraphBuilder.Build(lines);
        PlainText = BuildPlainText(lines);
    }

    /// <summary>Gets the content lines, page by page, top to bottom.</summary>
    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>Gets the lines left out as not content (browser headers and footers, page numbers, signature stamps), for evidence.</summary>
    public IReadOnlyList<ReportLine> Removed { get; }

    /// <summary>Gets the lines of running text joined into paragraphs; a table row (a <see cref="ReportLine.Tabular"/> line) is a paragraph of its own.</summary>
    public IReadOnlyList<ReportParagraph> Paragraphs { get; }

    /// <summary>Gets the content lines joined by line feeds, with a form feed between pages.</summary>
    public string PlainText { get; }

    /// <summary>Gets the number of pages read.</summary>
    public int PageCount { get; }

    /// <summary>Gets the number of pages that have a text layer.</summary>
    public int PagesWithText { get; }

    /// <summary>Gets the number of pages that draw images and no text (scans).</summary>
    public int ScannedPages { get; }

    /// <summary>Gets a value indicating whether no page has a text layer.</summary>
    public bool HasNoTextLayer => PageCount > 0 ? PagesWithText == 0 : Lines.Count == 0 && Removed.Count == 0;

    /// <summary>Builds the content text of a document from its pages.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The text.</returns>
    public static ReportText Build(IReadOnlyList<PageContent> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var perPage = new List<PageLines>(pages.Count);
        var withText = 0;
        var scanned = 0;
        foreach (var page in pages)
        {
            withText += page.HasTextLayer ? 1 : 0;
            scanned += page.IsScan ? 1 : 0;
            var lines = new List<ReportLine>(page.Lines.Count);
            foreach (var line in page.Lines)
            {
                if (line.Words.Count > 0 && ToReportLine(page.PageNumber, line) is { } reportLine)
                {
                    lines.Add(reportLine);
                }
            }

            perPage.Add(new PageLines(page.PageNumber, page.Width, page.Height, lines));
        }

        var (kept, removed) = PageFurniture.Remove(perPage);
        return new ReportText(kept, removed, pages.Count, withText, scanned);
    }

    /// <summary>Builds a text from plain lines, for tests and for text extracted elsewhere: a form feed line starts a new page,
    /// a blank line ends a paragraph, a line with a tab is a table row.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The text; boxes are synthetic (one line every 12 points, 10-point font).</returns>
    /// <remarks>No header or footer removal is done: plain lines have no page geometry.</remarks>
    public static ReportText FromLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<ReportLine>();
        var page = 1;
        var y = 36.0;
        foreach (var raw in lines)
        {
            if (raw.Contains('\f', StringComparison.Ordinal))
            {
                page++;
                y = 36;
                continue;
            }

            var tabular = raw.Contains('\t', StringComparison.Ordinal);
            var text = TextFold.CollapseSpaces(raw);
            if (text.Length == 0)
            {
                // A blank line leaves a gap that ends the paragraph.
                y += 24;
                continue;
            }

            result.Add(new ReportLine(page, new PdfRect(36, y, 36 + (5.0 * text.Length), y + 10), text, 10, false, tabular));
            y += 12;
        }

        return new ReportText(result, [], 0, 0, 0);
    }

    /// <summary>Builds a text from a plain string (see <see cref="FromLines"/>).</summary>
    /// <param name="text">The text; <c>\r\n</c>, <c>\n</c> end lines.</param>
    /// <returns>The text.</returns>
    public static ReportText FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromLines(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\f", "\n\f\n", StringComparison.Ordinal).Split('\n'));
    }

    /// <summary>Gets the lines of one page.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <returns>The lines, top to bottom.</returns>
    public IEnumerable<ReportLine> LinesOf(int page) => Lines.Where(line => line.Page == page);

    private static ReportLine? ToReportLine(int page, TextLine line)
    {
        var words = line.Words;
        var builder = new StringBuilder();
        var maxSize = 0.0;
        var allBold = true;
        var anyBold = false;
        foreach (var word in words)
        {
            maxSize = Math.Max(maxSize, word.FontSize);
            allBold &= word.Bold;
            anyBold |= word.Bold && word.Text.Any(char.IsLetterOrDigit);
        }

        var markBold = anyBold && !allBold;
        var wideGaps = 0;
        var inBold = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0)
            {
                var gap = word.Box.Left - words[i - 1].Box.Right;
                var size = Math.Max(4, Math.Max(word.FontSize, words[i - 1].FontSize));
                if (gap > 2.5 * size)
                {
                    wideGaps++;
                }
            }

            var bold = markBold && word.Bold;
            if (inBold && !bold)
            {
                builder.Append("**");
                inBold = false;
            }

            if (i > 0)
            {
                builder.Append(' ');
            }

            if (bold && !inBold)
            {
                builder.Append("**");
                inBold = true;
            }

            builder.Append(word.Text);
        }

        if (inBold)
        {
            builder.Append("**");
        }

        var text = TextFold.CollapseSpaces(builder.ToString());
        return text.Length == 0 ? null : new ReportLine(page, line.Box, text, maxSize, allBold, wideGaps >= 2);
    }

    private static string BuildPlainText(IReadOnlyList<ReportLine> lines)
    {
        var builder = new StringBuilder();
        var page = lines.Count > 0 ? lines[0].Page : 0;
        foreach (var line in lines)
        {
            if (line.Page != page)
            {
                builder.Append('\f');
                page = line.Page;
            }

            builder.Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }
}

/// <summary>The lines of one page with the page's size.</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Width">The displayed width in points.</param>
/// <param name="Height">The displayed height in points.</param>
/// <param name="Lines">The lines, top to bottom.</param>
internal sealed record PageLines(int Page, double Width, double Height, IReadOnlyList<ReportLine> Lines);

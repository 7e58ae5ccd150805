using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Text;

/// <summary>Finds the lines of a page that are not content: browser headers and footers (date and page title at the top, URL and
/// <c>n/m</c> at the bottom), running heads and page numbers repeated on every page, and digital-signature stamps.</summary>
/// <remarks>
/// Furniture is peeled from the outside in: at the top of a page, lines are removed while they are furniture and the first
/// content line stops the peel, so a table header repeated under a browser header is kept.
/// </remarks>
internal static partial class PageFurniture
{
    /// <summary>The share of the page height, at the top and at the bottom, where headers and footers may be.</summary>
    private const double Band = 0.12;

    /// <summary>Splits lines into content and furniture.</summary>
    /// <param name="pages">The lines of each page.</param>
    /// <returns>The content lines and the removed lines, each in page order.</returns>
    public static (IReadOnlyList<ReportLine> Kept, IReadOnlyList<ReportLine> Removed) Remove(IReadOnlyList<PageLines> pages)
    {
        var repeated = RepeatedKeys(pages);
        var kept = new List<ReportLine>();
        var removed = new List<ReportLine>();
        foreach (var page in pages)
        {
            var drop = new bool[page.Lines.Count];
            var height = page.Height > 0 ? page.Height : 842;
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                if (line.Box.Bottom > height * Band || !IsFurniture(line, repeated, height))
                {
                    break;
                }

                drop[i] = true;
            }

            for (var i = page.Lines.Count - 1; i >= 0 && !drop[i]; i--)
            {
                var line = page.Lines[i];
                if (line.Box.Top < height * (1 - Band) || !IsFurniture(line, repeated, height))
                {
                    break;
                }

                drop[i] = true;
            }

            MarkSignatureStamps(page.Lines, drop);
            for (var i = 0; i < page.Lines.Count; i++)
            {
                (drop[i] ? removed : kept).Add(page.Lines[i]);
            }
        }

        return (kept, removed);
    }

    /// <summary>Gets the key under which a header or footer line repeats: folded, digits masked, so <c>1/6</c> and <c>2/6</c> share one.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns>The key.</returns>
    internal static string Key(string text)
    {
        var folded = TextFold.Fold(text.Replace("**", string.Empty, StringComparison.Ordinal));
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            var masked = char.IsDigit(ch) ? '#' : ch;
            if (masked == '#' && builder.Length > 0 && builder[^1] == '#')
            {
                continue;
            }

            builder.Append(masked);
        }

        return builder.ToString();
    }

    /// <summary>Gets a value indicating whether a line's text has the shape of a browser header / footer or a page number.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns><see langword="true"/> for such a line.</returns>
    internal static bool LooksLikeFurniture(string text)
    {
        var clean = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        return PageNumber().IsMatch(clean) || BrowserDate().IsMatch(clean) || Url().IsMatch(clean);
    }

    /// <summary>Gets a value indicating whether a line opens or belongs to a digital-signature stamp.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns><see langword="true"/> for a stamp line.</returns>
    internal static bool IsStampLine(string text) => StampStart().IsMatch(text) || StampDetail().IsMatch(text);

    private static HashSet<string> RepeatedKeys(IReadOnlyList<PageLines> pages)
    {
        var withLines = pages.Count(p => p.Lines.Count > 0);
        var counts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var height = page.Height > 0 ? page.Height : 842;
            foreach (var line in page.Lines)
            {
                if ((line.Box.Bottom <= height * Band || line.Box.Top >= height * (1 - Band)) && IsShort(line))
                {
                    var key = PositionKey(line, height);
                    if (!counts.TryGetValue(key, out var set))
                    {
                        counts[key] = set = [];
                    }

                    set.Add(page.Page);
                }
            }
        }

        // A running head is on most pages; with two pages it must be on both.
        var needed = Math.Max(2, (withLines + 1) / 2);
        return counts.Where(pair => pair.Value.Count >= needed).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsFurniture(ReportLine line, HashSet<string> repeated, double height)
        => repeated.Contains(PositionKey(line, height)) || LooksLikeFurniture(line.Text);

    /// <summary>Gets the key of a line at its place: running heads and browser lines are printed at the same height on every
    /// page, while a table header repeated at a page break lands wherever the table does.</summary>
    private static string PositionKey(ReportLine line, double height)
        => string.Create(CultureInfo.InvariantCulture, $"{(line.Box.Top < height / 2 ? 'T' : 'B')}{Math.Round(line.Box.Top / 3)}:{Key(line.Text)}");

    /// <summary>Gets a value indicating whether a line is short enough to be a running head or footer (not a table header row).</summary>
    private static bool IsShort(ReportLine line) => !line.Tabular && line.Text.Count(c => c == ' ') < 12;

    private static void MarkSignatureStamps(IReadOnlyList<ReportLine> lines, bool[] drop)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!StampStart().IsMatch(lines[i].Text))
            {
                continue;
            }

            // The stamp is a small block: the opening line and the lines just below it in the same column (the signer's
            // name wrapped, "FAU 20143623042 soft", "Motivo: ...", "Fecha: ...").
            drop[i] = true;
            var previous = lines[i];
            for (var j = i + 1; j < lines.Count && j <= i + 8; j++)
            {
                var next = lines[j];
                var close = next.Box.Top - previous.Box.Bottom < 2.5 * Math.Max(previous.Box.Height, 4);
                var overlaps = next.Box.Left < lines[i].Box.Right && next.Box.Right > lines[i].Box.Left;
                if (!close || !overlaps || StampStart().IsMatch(next.Text))
                {
                    break;
                }

                var isDetail = StampDetail().IsMatch(next.Text);
                var isNamePart = next.Text.Length <= 40 && !next.Text.Contains(':', StringComparison.Ordinal);
                if (!isDetail && !isNamePart)
                {
                    break;
                }

                drop[j] = true;
                previous = next;
                if (next.Text.StartsWith("Fecha", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:P[aá]g(?:ina)?\.?\s*:?\s*)?\d{1,4}(?:\s*(?:/|de)\s*\d{1,4})?|-\s*\d{1,4}\s*-)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:[a-z]+,\s*)?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s+\S.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BrowserDate();

    [GeneratedRegex(@"^(?:https?://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gob\.pe|com|org|pe|net)(?:[/:]|\s|$))\S*(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:Firmado\s+digitalmente\s+por|Firmado\s+por|Firma\s+digital|Digitally\s+signed\s+by)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampStart();

    [GeneratedRegex(@"^(?:Motivo\s*:|Fecha\s*:|Date\s*:|Reason\s*:|FAU\s+\d{11}|\d{11}\s+(?:soft|hard)\b|Soy\s+el\s+autor|Doy\s+V)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampDetail();
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pdf.Benchmarks;

/// <summary>A word as poppler's <c>pdftotext -bbox-layout</c> reports it.</summary>
/// <remarks>Coordinates are points with the origin at the top-left of the media box with the page rotation
/// applied, y down: the same space as <see cref="Word.Box"/>.</remarks>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Text">The text, XML-unescaped.</param>
/// <param name="XMin">The left edge.</param>
/// <param name="YMin">The top edge.</param>
/// <param name="XMax">The right edge.</param>
/// <param name="YMax">The bottom edge.</param>
public sealed record PopplerWord(int Page, string Text, double XMin, double YMin, double XMax, double YMax)
{
    /// <summary>Gets the x of the centre.</summary>
    public double CenterX => (XMin + XMax) / 2;

    /// <summary>Gets the y of the centre.</summary>
    public double CenterY => (YMin + YMax) / 2;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p{Page} \"{Text}\" [{XMin:0.#},{YMin:0.#},{XMax:0.#},{YMax:0.#}]");
}

/// <summary>How many of poppler's words our reader found.</summary>
/// <param name="PopplerWords">The number of poppler words.</param>
/// <param name="OurWords">The number of our words.</param>
/// <param name="Matched">Poppler words matched by one of our words with the same text on the same page, centre within the tolerance.</param>
/// <param name="MatchedTextOnly">Poppler words matched by text and page alone (position ignored); at least <paramref name="Matched"/>.</param>
/// <param name="Unmatched">The poppler words without a positional match, in poppler's order.</param>
public sealed record WordComparison(int PopplerWords, int OurWords, int Matched, int MatchedTextOnly, IReadOnlyList<PopplerWord> Unmatched)
{
    /// <summary>Gets the share of poppler words matched, in percent (100 when poppler has no words).</summary>
    public double MatchPercent => PopplerWords == 0 ? 100 : 100.0 * Matched / PopplerWords;

    /// <summary>Gets the share of poppler words matched by text alone, in percent.</summary>
    public double TextOnlyPercent => PopplerWords == 0 ? 100 : 100.0 * MatchedTextOnly / PopplerWords;
}

/// <summary>Compares the words of our reader with those of poppler's <c>pdftotext</c>.</summary>
public static partial class PopplerComparison
{
    /// <summary>The default distance, in points, allowed between the centres of two matching words on each axis.</summary>
    public const double DefaultTolerance = 2;

    /// <summary>Runs <c>pdftotext -bbox-layout FILE -</c> and returns its output.</summary>
    /// <param name="pdfPath">The PDF file.</param>
    /// <param name="timeout">How long to wait before the process is killed.</param>
    /// <returns>The XHTML output, or <see langword="null"/> when pdftotext fails or times out.</returns>
    /// <exception cref="System.ComponentModel.Win32Exception">pdftotext is not installed.</exception>
    public static string? RunBboxLayout(string pdfPath, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "-bbox-layout", pdfPath, "-" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("pdftotext did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return null;
        }

        Task.WaitAll(stdout, stderr);
        return process.ExitCode == 0 ? stdout.Result : null;
    }

    /// <summary>Reads the words of <c>pdftotext -bbox-layout</c> (or <c>-bbox</c>) output.</summary>
    /// <param name="xhtml">The output of pdftotext.</param>
    /// <returns>The words in document order; pages are numbered by their <c>&lt;page&gt;</c> elements.</returns>
    /// <exception cref="FormatException">A word's coordinates are not numbers.</exception>
    public static IReadOnlyList<PopplerWord> ParseBboxLayout(string xhtml)
    {
        // A regular expression rather than an XML reader: pdftotext can emit control characters that are not legal XML.
        var words = new List<PopplerWord>();
        var page = 0;
        foreach (Match m in PageOrWord().Matches(xhtml))
        {
            if (m.Groups["page"].Success)
            {
                page++;
                continue;
            }

            words.Add(new PopplerWord(
                page,
                WebUtility.HtmlDecode(m.Groups["text"].Value),
                double.Parse(m.Groups["x1"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["y1"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["x2"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["y2"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return words;
    }

    /// <summary>Matches every poppler word with one unused word of ours.</summary>
    /// <remarks>A poppler word matches one of our words on the same page whose text is equal (both in Unicode
    /// normalization form C) and whose centre lies within <paramref name="tolerance"/> points on each axis; the
    /// nearest such word is taken and cannot match again. Poppler words are visited in document order.</remarks>
    /// <param name="popplerWords">Poppler's words.</param>
    /// <param name="ourPages">Our pages (their <see cref="PageContent.PageNumber"/> and <see cref="PageContent.Words"/>).</param>
    /// <param name="tolerance">The largest distance between centres on each axis, in points.</param>
    /// <returns>The counts and the unmatched poppler words.</returns>
    public static WordComparison Compare(IReadOnlyList<PopplerWord> popplerWords, IEnumerable<PageContent> ourPages, double tolerance = DefaultTolerance)
    {
        // Candidates keyed by page and text; a matched word is removed so it cannot match twice.
        var candidates = new Dictionary<(int Page, string Text), List<PdfRect>>();
        var ourCount = 0;
        foreach (var page in ourPages)
        {
            foreach (var word in page.Words)
            {
                ourCount++;
                var key = (page.PageNumber, Normalize(word.Text));
                if (!candidates.TryGetValue(key, out var list))
                {
                    list = [];
                    candidates[key] = list;
                }

                list.Add(word.Box);
            }
        }

        var textOnlyLeft = candidates.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        var matched = 0;
        var matchedTextOnly = 0;
        var unmatched = new List<PopplerWord>();
        foreach (var pw in popplerWords)
        {
            var key = (pw.Page, Normalize(pw.Text));
            if (textOnlyLeft.TryGetValue(key, out var left) && left > 0)
            {
                textOnlyLeft[key] = left - 1;
                matchedTextOnly++;
            }

            var best = -1;
            var bestDistance = double.MaxValue;
            if (candidates.TryGetValue(key, out var boxes))
            {
                for (var i = 0; i < boxes.Count; i++)
                {
                    var dx = Math.Abs(boxes[i].CenterX - pw.CenterX);
                    var dy = Math.Abs(boxes[i].CenterY - pw.CenterY);
                    if (dx <= tolerance && dy <= tolerance && dx + dy < bestDistance)
                    {
                        best = i;
                        bestDistance = dx + dy;
                    }
                }
            }

            if (best >= 0)
            {
                boxes![best] = boxes[^1];
                boxes.RemoveAt(boxes.Count - 1);
                matched++;
            }
            else
            {
                unmatched.Add(pw);
            }
        }

        return new WordComparison(popplerWords.Count, ourCount, matched, matchedTextOnly, unmatched);
    }

    private static string Normalize(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    [GeneratedRegex("""<page\b(?<page>)|<word xMin="(?<x1>[^"]*)" yMin="(?<y1>[^"]*)" xMax="(?<x2>[^"]*)" yMax="(?<y2>[^"]*)">(?<text>[^<]*)</word>""", RegexOptions.CultureInvariant)]
    private static partial Regex PageOrWord();
}

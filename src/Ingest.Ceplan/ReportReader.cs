using Ingest.Ceplan.Model;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Claims;
using Ingest.Ceplan.Classification;
using Ingest.Ceplan.Coverage;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan;

/// <summary>Reads a CEPLAN report PDF into the canonical model.</summary>
public static class ReportReader
{
    /// <summary>Reads a report.</summary>
    /// <param name="document">The open PDF.</param>
    /// <param name="file">The input file's name.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes, lower-case hex.</param>
    /// <returns>The report; an image-only document gives kind <c>no-text</c> and empty content.</returns>
    public static CeplanReport Read(PdfDocument document, string file, string sha256)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = new List<PageContent>(document.PageCount);
        for (var n = 1; n <= document.PageCount; n++)
        {
            pages.Add(document.GetPage(n).ReadContent());
        }

        return Read(pages, file, sha256, document.Producer ?? document.Creator);
    }

    /// <summary>Reads a report from pages already read.</summary>
    /// <param name="pages">The pages, in order from page 1.</param>
    /// <param name="file">The input file's name.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes.</param>
    /// <param name="producer">The PDF's producer, when recorded.</param>
    /// <param name="kind">The kind, when the caller knows it (otherwise the report is classified).</param>
    /// <param name="evaluated">The evaluated period, when the caller knows it (otherwise read from the header).</param>
    /// <returns>The report.</returns>
    public static CeplanReport Read(IReadOnlyList<PageContent> pages, string file, string sha256, string? producer = null, ReportKind? kind = null, Period? evaluated = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var problems = new List<string>();
        foreach (var page in pages)
        {
            problems.AddRange(page.Problems.Select(p => $"page {page.PageNumber}: {p}"));
        }

        var text = ReportText.Build(pages);
        if (text.HasNoTextLayer)
        {
            var none = new Model.Classification(ReportKind.NoText, 1, [$"no text layer on any of {pages.Count} pages ({text.ScannedPages} scanned)"]);
            var info = new DocumentInfo(file, sha256, none, null, null, null, null, pages.Count, producer);
            return new CeplanReport(info, [], [], [], [], [], [], [], [], [.. problems, "no text layer: nothing read"], ElementCoverage.Empty);
        }

        var profiles = ProfileSet.LoadEmbedded();
        var classification = kind is { } known
            ? new Model.Classification(known, 1, ["kind given by the caller"])
            : ReportClassifier.Classify(text, profiles);
        var header = HeaderReader.Read(text);
        var period = evaluated ?? header.EvaluatedPeriod;
        var profile = profiles.Find(classification.Kind);
        var tables = ReportTables.Build(pages).Concat(WebAppBlocks.Build(pages)).ToList();
        var rules = profile?.Tables ?? [];
        var parsed = ReportParser.Parse(pages, tables, rules, period);
        var claims = ClaimReader.Read(text, period);
        var document = new DocumentInfo(file, sha256, classification, header.Title, header.Entity, header.Plan, period, pages.Count, producer);
        return new CeplanReport(
            document,
            parsed.Objectives,
            parsed.Actions,
            parsed.Indicators,
            parsed.FigureTables,
            parsed.Summaries,
            parsed.StatedFigures,
            claims,
            tables,
            [.. problems, .. parsed.Problems],
            CoverageCheck.Measure(pages, tables, parsed, profile));
    }
}

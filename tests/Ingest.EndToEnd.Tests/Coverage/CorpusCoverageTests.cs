using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Ingest.Pdf;

namespace Ingest.EndToEnd.Tests.Coverage;

/// <summary>
/// Over every PDF of the shared corpus and of <c>fixtures/</c>: each document that prints plan codes has at least 95% of them
/// read, or is partial with one <c>unread-element</c> finding per code not read. Nothing printed goes unreported.
/// </summary>
public sealed partial class CorpusCoverageTests(ITestOutputHelper output)
{
    /// <summary>Today's read counts of the real reports (file → printed, read): a floor, so a reader that loses rows fails here.</summary>
    private static readonly Dictionary<string, (int Printed, int Read, bool Partial)> Known = new(StringComparer.Ordinal)
    {
        ["peru/2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf"] = (49, 49, false),
        ["peru/2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf"] = (19, 19, false),
        ["peru/EVALUACION_PEI_2017_2019_2018.pdf"] = (20, 0, true),
        ["peru/REPORTE_EVALUACION_PEI_2017_2019_2018.pdf"] = (44, 44, false),
        ["peru/REPORTE_EVALUACION_PEI_2020_2024.pdf"] = (49, 49, false),
        ["seeds/000.pdf"] = (43, 43, false),
        ["seeds/001.pdf"] = (24, 24, false),
        ["seeds/002.pdf"] = (76, 76, false),
        ["seeds/003.pdf"] = (161, 161, false),
        ["seeds/004.pdf"] = (54, 54, false),
    };

    [Fact]
    public void Read_EveryCorpusAndFixturePdf_ReadsOrReportsEveryPrintedCode()
    {
        var corpus = Pipeline.CorpusRoot;
        var fixtures = Path.Combine(Pipeline.RepositoryRoot(), "fixtures");
        var files = Directory.EnumerateFiles(corpus, "*.pdf", SearchOption.AllDirectories).Select(f => (Root: corpus, File: f))
            .Concat(Directory.EnumerateFiles(fixtures, "*.pdf", SearchOption.AllDirectories).Select(f => (Root: fixtures, File: f)))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ToList();
        var table = new StringBuilder("file\tkind\tstatus\tprinted\tread\n");
        var failures = new List<string>();
        var withCodes = 0;
        foreach (var (root, file) in files)
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            CeplanReport report;
            AuditResult audit;
            try
            {
                (report, audit) = Pipeline.Run(file);
            }
            catch (PdfException)
            {
                continue; // damaged and encrypted test files: the pipeline records them as failed, nothing is read or claimed
            }

            var coverage = report.Coverage!;
            if (coverage.PrintedCount == 0)
            {
                continue;
            }

            withCodes++;
            var status = coverage.IsPartial ? "partial" : "ok";
            table.Append(CultureInfo.InvariantCulture, $"{name}\t{report.Document.Classification.Kind.Id()}\t{status}\t{coverage.PrintedCount}\t{coverage.ReadCount}\n");
            failures.AddRange(Check(name, report, audit, coverage));
        }

        output.WriteLine(table.ToString());
        Assert.True(withCodes >= 50, $"only {withCodes} documents print plan codes; the corpus or the fixtures are missing");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static IEnumerable<string> Check(string name, CeplanReport report, AuditResult audit, ElementCoverage coverage)
    {
        // Read, or partial: an ok document has read at least 95% of what it prints and every table printing codes.
        // Codes of other plans quoted for alignment (a PEI's OER / AER annex) do not count against the share read.
        if (!coverage.IsPartial && (coverage.ReadCount < ElementCoverage.CompleteShare * coverage.OwnCount || coverage.UnreadTables.Count > 0))
        {
            yield return $"{name}: ok with {coverage.ReadCount} of {coverage.OwnCount} own codes read";
        }

        // One unread-element finding per code not read, and none for a code read.
        var reported = audit.Findings.Where(f => f.Rule == RuleIds.UnreadElement).Select(f => f.Code!).Order(StringComparer.Ordinal).ToList();
        var unread = coverage.Unread.Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        if (!reported.SequenceEqual(unread, StringComparer.Ordinal) || unread.Count != coverage.PrintedCount - coverage.ReadCount)
        {
            yield return $"{name}: unread-element findings [{string.Join(", ", reported)}] for unread [{string.Join(", ", unread)}]";
        }

        // An unread code is not in the model.
        var model = report.Objectives.Select(o => o.Code).Concat(report.Actions.Select(a => a.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (var code in unread.Where(model.Contains))
        {
            yield return $"{name}: {code} is in the model but reported unread";
        }

        // Independently of the coverage check: every word of the text layer that is a whole, well-formed plan code is counted as printed.
        var printed = coverage.Printed.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var word in report.Document.PageCount > 0 ? Words(report) : [])
        {
            if (!printed.Contains(word))
            {
                yield return $"{name}: the text layer prints {word}, which the coverage does not count";
            }
        }

        if (Known.TryGetValue(name, out var known))
        {
            if (coverage.PrintedCount != known.Printed || coverage.ReadCount < known.Read || coverage.IsPartial != known.Partial)
            {
                yield return $"{name}: printed {coverage.PrintedCount}, read {coverage.ReadCount}, partial {coverage.IsPartial}; expected printed {known.Printed}, read at least {known.Read}, partial {known.Partial}";
            }
        }
    }

    /// <summary>The plan codes printed as whole words on the report's pages (a second, simpler reading than the coverage check's).</summary>
    private static IEnumerable<string> Words(CeplanReport report)
    {
        var file = FindFile(report.Document.File);
        if (file is null)
        {
            yield break;
        }

        using var document = PdfDocument.Open(file);
        for (var n = 1; n <= document.PageCount; n++)
        {
            foreach (var word in document.GetPage(n).ReadContent().Words)
            {
                if (PlanCode().IsMatch(word.Text))
                {
                    yield return word.Text;
                }
            }
        }
    }

    private static string? FindFile(string name)
        => Directory.EnumerateFiles(Pipeline.CorpusRoot, name, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Pipeline.RepositoryRoot(), "fixtures"), name, SearchOption.AllDirectories))
            .FirstOrDefault();

    [GeneratedRegex(@"^(?:IND\.\d{2}\.)?(?:(?:OEI|OER)\.\d{2}|(?:AEI|AER)\.\d{2}\.\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanCode();
}

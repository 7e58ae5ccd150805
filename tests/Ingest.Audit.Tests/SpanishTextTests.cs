using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Ingest.Audit.Conventions;
using Ingest.Ceplan;
using Ingest.Pdf;

namespace Ingest.Audit.Tests;

/// <summary>
/// A Peruvian auditor reads a finding's explanation next to its Spanish message, and a reconciled figure's reason in the
/// same list: both are Spanish. The check looks for English function words, which no Spanish sentence uses, in what the
/// audit writes for the seed reports (<c>../shared/corpus/seeds/*.pdf</c>) and the synthetic reports
/// (<c>fixtures/synthetic/*.pdf</c>, whose injected inconsistencies cover every rule), read from their PDFs.
/// </summary>
public sealed partial class SpanishTextTests
{
    /// <summary>Gets every seed and synthetic report, picked up by glob.</summary>
    public static TheoryData<string> Reports()
    {
        var root = RepositoryRoot();
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seeds"));
        Assert.True(Directory.Exists(seeds), $"The seed reports were not found at {seeds}: put the shared corpus beside the repository.");
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.GetFiles(seeds, "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.Combine("seeds", Path.GetFileName(pdf)));
        }

        foreach (var pdf in Directory.GetFiles(Path.Combine(root, "fixtures", "synthetic"), "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.Combine("synthetic", Path.GetFileName(pdf)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Audit_Report_ExplanationsAndReasonsAreSpanish(string report)
    {
        var result = Audit(report);

        var english = result.Findings.Select(f => (Where: f.Id + " " + f.Rule + " explanation", Text: f.Explanation))
            .Concat(result.Reconciled.Where(r => r.Reason is not null).Select(r => (Where: r.Subject + " " + r.Figure + " reason", Text: r.Reason!)))
            .Where(x => EnglishWord().IsMatch(x.Text))
            .Select(x => x.Where + ": " + x.Text)
            .ToList();

        Assert.True(result.Findings.Count + result.Reconciled.Count > 0, report + " gave no finding and no reconciled figure: nothing was checked.");
        Assert.True(english.Count == 0, "English words in " + report + ":\n" + string.Join('\n', english.Take(20)));
    }

    [Fact]
    public void Convention_All_DescriptionsAreSpanish()
    {
        var english = Convention.All.Where(c => EnglishWord().IsMatch(c.Description) || EnglishWord().IsMatch(c.Short)).Select(c => c.Id).ToList();

        Assert.Empty(english);
    }

    private static AuditResult Audit(string report)
    {
        var root = RepositoryRoot();
        var path = report.StartsWith("seeds", StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", report))
            : Path.Combine(root, "fixtures", report);
        var bytes = File.ReadAllBytes(path);
        using var document = PdfDocument.Open(bytes);
        var read = ReportReader.Read(document, Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return Auditor.Audit(read);
    }

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory })
        {
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository (Ingest.sln) was not found above the test sources or binaries.");
    }

    /// <summary>English function words as whole words; none of them is a Spanish word.</summary>
    [GeneratedRegex(@"\b(?:the|is|are|of|and|or|when|which|does|not|but|by|from|with|its|than|instead|into|without)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWord();
}

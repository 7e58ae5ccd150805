using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Ingest.Ceplan;
using Ingest.Pdf;

namespace Ingest.EndToEnd.Tests;

/// <summary>Runs the real pipeline on a PDF: <see cref="PdfDocument"/>, <see cref="ReportReader"/>, <see cref="Auditor"/>.</summary>
internal static class Pipeline
{
    /// <summary>Reads and audits one PDF.</summary>
    /// <param name="path">The PDF's path.</param>
    /// <returns>The report read and its audit.</returns>
    public static (CeplanReport Report, AuditResult Audit) Run(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var document = PdfDocument.Open(bytes);
        var report = ReportReader.Read(document, Path.GetFileName(path), sha);
        return (report, Auditor.Audit(report));
    }

    /// <summary>Gets the repository root: from the test binaries, else from this source file (builds with an artifacts
    /// path outside the repository).</summary>
    /// <param name="source">Filled by the compiler.</param>
    /// <returns>The folder holding <c>Ingest.sln</c>.</returns>
    public static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? string.Empty })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
            {
                directory = directory.Parent;
            }

            if (directory is not null)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository (Ingest.sln) was not found above the test binaries or the test sources.");
    }

    /// <summary>Gets the shared corpus folder: <c>INGEST_CORPUS</c>, else <c>../shared/corpus</c> beside the repository.</summary>
    public static string CorpusRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("INGEST_CORPUS");
            var path = string.IsNullOrEmpty(fromEnv) ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus")) : fromEnv;
            Assert.True(Directory.Exists(path), $"The PDF corpus was not found at {path}. Put the shared corpus beside the repository (../shared/corpus) or set INGEST_CORPUS.");
            return path;
        }
    }

    /// <summary>Formats a finding on one line for the printed lists.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The line.</returns>
    public static string Describe(Finding finding) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{finding.Severity} {finding.Rule} {finding.Code ?? "-"} {finding.Period ?? "-"} p{finding.Location.Page} stated={finding.Stated ?? "-"} recomputed={finding.Recomputed ?? "-"}: {finding.Message}");
}

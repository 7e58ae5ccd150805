using System.Runtime.CompilerServices;
using Ingest.Ceplan.Text;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Corpus;

/// <summary>Finds the shared corpus and the seed texts: <c>INGEST_CORPUS</c>, else <c>../shared/corpus</c> beside the repository.</summary>
internal static class CeplanCorpus
{
    private static readonly Dictionary<string, ReportText> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    /// <summary>Gets the corpus folder; fails the test with a clear message when it is missing.</summary>
    public static string Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("INGEST_CORPUS");
            var path = string.IsNullOrEmpty(fromEnv) ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus")) : fromEnv;
            Assert.True(Directory.Exists(path), $"The PDF corpus was not found at {path}. Put the shared corpus beside the repository (../shared/corpus) or set INGEST_CORPUS.");
            return path;
        }
    }

    /// <summary>Gets the folder of the seed texts (<c>seeds</c> beside the corpus folder).</summary>
    public static string SeedTexts
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "seeds"));
            Assert.True(Directory.Exists(path), $"The seed texts were not found at {path} (expected beside the corpus folder).");
            return path;
        }
    }

    /// <summary>Gets the path of a corpus PDF.</summary>
    /// <param name="relative">The path inside the corpus (<c>seeds/004.pdf</c>).</param>
    /// <returns>The full path.</returns>
    public static string Pdf(string relative)
    {
        var path = Path.Combine(Root, relative);
        Assert.True(File.Exists(path), $"The corpus file {path} is missing.");
        return path;
    }

    /// <summary>Gets the text of a seed as plain lines (<c>004</c> → <c>seeds/004_*.txt</c>).</summary>
    /// <param name="stem">The seed number.</param>
    /// <returns>The report text built from the lines.</returns>
    public static ReportText SeedText(string stem)
    {
        var file = Directory.EnumerateFiles(SeedTexts, stem + "_*.txt").Single();
        return ReportText.FromLines(File.ReadAllLines(file));
    }

    /// <summary>Reads a corpus PDF's content text (cached: several tests read the same file).</summary>
    /// <param name="relative">The path inside the corpus.</param>
    /// <returns>The text.</returns>
    public static ReportText PdfText(string relative)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(relative, out var cached))
            {
                return cached;
            }
        }

        using var document = PdfDocument.Open(Pdf(relative));
        var pages = document.GetPages().Select(p => p.ReadContent()).ToList();
        var text = ReportText.Build(pages);
        lock (CacheLock)
        {
            Cache[relative] = text;
        }

        return text;
    }

    /// <summary>Finds the repository from the test binaries, else from this source file (builds with an artifacts path
    /// outside the repository).</summary>
    private static string RepositoryRoot([CallerFilePath] string source = "")
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

        return AppContext.BaseDirectory;
    }
}

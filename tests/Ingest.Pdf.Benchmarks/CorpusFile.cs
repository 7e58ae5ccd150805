namespace Ingest.Pdf.Benchmarks;

/// <summary>A PDF of the corpus.</summary>
/// <param name="Path">The full path.</param>
/// <param name="RelativePath">The path below the corpus folder, with forward slashes.</param>
/// <param name="Folder">The first folder below the corpus (e.g. <c>peru</c>), or <c>.</c> for files at its top.</param>
internal sealed record CorpusFile(string Path, string RelativePath, string Folder)
{
    /// <summary>Finds every PDF below a folder, ordered by relative path (ordinal), so runs are comparable.</summary>
    public static IReadOnlyList<CorpusFile> Find(string corpus)
    {
        return Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Select(p =>
            {
                var rel = System.IO.Path.GetRelativePath(corpus, p).Replace('\\', '/');
                var slash = rel.IndexOf('/', StringComparison.Ordinal);
                return new CorpusFile(p, rel, slash < 0 ? "." : rel[..slash]);
            })
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Finds <c>../shared/corpus</c> beside the repository root.</summary>
    public static string? DefaultCorpus() =>
        RepositoryRoot() is { } root ? System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "corpus")) : null;

    /// <summary>Finds the repository root (the folder holding <c>Ingest.sln</c>) above the current or the program's folder.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ingest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}

namespace Ingest.Pdf.Tests.Corpus;

/// <summary>Finds the shared corpus of real PDFs: <c>INGEST_CORPUS</c>, else <c>../shared/corpus</c> beside the repository.</summary>
internal static class CorpusLocator
{
    /// <summary>Gets the corpus folder; fails the test with a clear message when it is missing.</summary>
    public static string Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("INGEST_CORPUS");
            var path = string.IsNullOrEmpty(fromEnv) ? Path.GetFullPath(Path.Combine(Reader.ReaderAssert.RepositoryRoot(), "..", "shared", "corpus")) : fromEnv;
            Assert.True(Directory.Exists(path), $"The PDF corpus was not found at {path}. Put the shared corpus beside the repository (../shared/corpus) or set INGEST_CORPUS.");
            return path;
        }
    }

    public static string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Assert.True(Directory.Exists(path), $"The corpus folder {path} is missing.");
        return path;
    }

    public static IReadOnlyList<string> Pdfs(string folder) =>
        Directory.EnumerateFiles(Folder(folder), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}

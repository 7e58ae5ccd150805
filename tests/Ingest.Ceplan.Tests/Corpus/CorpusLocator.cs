using System.Runtime.CompilerServices;

namespace Ingest.Ceplan.Tests.Corpus;

/// <summary>Finds the shared corpus: <c>INGEST_CORPUS</c>, else <c>../shared/corpus</c> beside the repository root (the folder holding <c>Ingest.sln</c>).</summary>
internal static class CorpusLocator
{
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

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        // The source path works when tests are built with an artifacts path outside the repository.
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        Assert.Fail($"No folder holding Ingest.sln was found above {sourceFile}.");
        return string.Empty;
    }
}

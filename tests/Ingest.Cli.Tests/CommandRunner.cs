using Ingest.Pipeline;

namespace Ingest.Cli.Tests;

/// <summary>Runs the <c>ingest</c> command in process with the console captured, and finds the test inputs.</summary>
/// <remarks>The console is process-wide, so the test assembly runs its classes one at a time.</remarks>
internal static class CommandRunner
{
    /// <summary>Runs the command with the real report parser and auditor.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args) => Run(DefaultProcessor.Create, args);

    /// <summary>Runs the command with the given document processor.</summary>
    public static (int Code, string Out, string Err) Run(Func<DocumentProcessor> processor, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = IngestCommand.Run(args, processor);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    /// <summary>Gets the path of a file of the shared corpus (<c>INGEST_CORPUS</c>, else <c>../shared/corpus</c> beside the repository).</summary>
    public static string Corpus(params string[] parts)
    {
        var corpus = Environment.GetEnvironmentVariable("INGEST_CORPUS") is { Length: > 0 } fromEnv ? fromEnv : Path.Combine(RepositoryRoot(), "..", "shared", "corpus");
        var path = Path.GetFullPath(Path.Combine([corpus, .. parts]));
        Assert.True(File.Exists(path) || Directory.Exists(path), $"The corpus path {path} is missing (put the shared corpus beside the repository or set INGEST_CORPUS).");
        return path;
    }

    /// <summary>The folder holding Ingest.sln, found from this source file (tests may be built with an artifacts path outside the repository).</summary>
    public static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
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

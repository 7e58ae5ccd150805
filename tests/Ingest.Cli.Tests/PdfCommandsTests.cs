namespace Ingest.Cli.Tests;

/// <summary>The <c>ingest pdf</c> commands' output contract and exit codes (SPEC section 6).</summary>
/// <remarks>One class, so that its tests never redirect the console at the same time.</remarks>
public sealed class PdfCommandsTests
{
    private static string Seed(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var corpus = Environment.GetEnvironmentVariable("INGEST_CORPUS") is { Length: > 0 } fromEnv ? fromEnv : Path.Combine(dir.FullName, "..", "shared", "corpus");
        var path = Path.GetFullPath(Path.Combine(corpus, "seeds", name));
        Assert.True(File.Exists(path), $"The corpus file {path} is missing (put the shared corpus beside the repository or set INGEST_CORPUS).");
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = IngestCommand.Run(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public void Words_SeedPage1_PrintsTsvWithTopLeftBoxes()
    {
        var (code, output, _) = Run("pdf", "words", Seed("002.pdf"), "--page", "1");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1\t38.608\t40.642\t69.771\t47.873\tREPORTE", lines[0]);
        Assert.Equal("1\t71.567\t40.642\t80.558\t47.873\tDE", lines[1]);
        Assert.All(lines, l => Assert.Equal(6, l.Split('\t').Length));
    }

    [Fact]
    public void Lines_RuledSeedPage_PrintsHorizontalAndVerticalRulings()
    {
        var (code, output, _) = Run("pdf", "lines", Seed("001.pdf"), "--page", "1");

        Assert.Equal(ExitCodes.Ok, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Contains(rows, r => r[1] == "h");
        Assert.Contains(rows, r => r[1] == "v");
        Assert.All(rows, r => Assert.Equal(9, r.Length));
        Assert.Equal(["1", "h", "39.75", "98.625", "555.75", "98.625", "0.75", "#000000", "fill"], rows[0]);
    }

    [Fact]
    public void Words_NoSuchPage_ExitsWithUsageError()
    {
        var (code, output, error) = Run("pdf", "words", Seed("001.pdf"), "--page", "99");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Contains("Page 99 does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_TextFileNamedPdf_ExitsWithFailureNamingTheKind()
    {
        var path = Path.Combine(Path.GetTempPath(), "ingest-cli-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(path, "This is a plain text file, not a PDF at all.\n");
        try
        {
            var (code, _, error) = Run("pdf", "words", path);

            Assert.Equal(ExitCodes.Failed, code);
            Assert.Contains("not-a-pdf", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Words_MissingFileOrUnknownOption_ExitsWithUsageError()
    {
        Assert.Equal(ExitCodes.Usage, Run("pdf", "words", "/nonexistent/file.pdf").Code);
        Assert.Equal(ExitCodes.Usage, Run("pdf", "words", Seed("001.pdf"), "--bogus").Code);
    }
}

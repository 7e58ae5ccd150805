using Ingest.Pdf.Tests.Writer;
using Ingest.Pipeline;
using Ingest.Storage.Tests;

namespace Ingest.Cli.Tests;

/// <summary>A wrong command line gets one line and exit code 2 before anything is read; nothing ever prints a stack trace.</summary>
public sealed class CommandLineErrorsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ingest-cli-errors-").FullName;
    private int parsed;

    public CommandLineErrorsTests()
    {
        File.WriteAllBytes(Pdf, new TestPdfBuilder().AddStandardFont("F1", "Helvetica").AddPage(TextOps.Text("F1", 12, 72, 700, "Alpha report")).Build());
    }

    private string Pdf => Path.Combine(root, "a.pdf");

    private string Db => Path.Combine(root, "test.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("--timeout", "1e308")]
    [InlineData("--timeout", "Infinity")]
    [InlineData("--timeout", "NaN")]
    [InlineData("--timeout", "86401")]
    [InlineData("--workers", "65")]
    [InlineData("--workers", "2147483647")]
    public void Run_NumericOptionOutOfRange_ExitsTwoWithOneLineAndNoStackTrace(string option, string value)
    {
        var (code, _, error) = Run("run", Pdf, "--db", Db, option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("ingest: ", error, StringComparison.Ordinal);
        Assert.Contains(option, error, StringComparison.Ordinal);
        AssertOneLineNoStackTrace(error);
        Assert.Equal(0, parsed);
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoSaysTheOptionIsUnknown()
    {
        var (code, _, error) = Run("run", "--bogus", Pdf, "--db", Db);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown option '--bogus'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no file matches", error, StringComparison.Ordinal);
        Assert.Equal(0, parsed);
    }

    [Fact]
    public void Run_PathStartingWithDashThatExists_IsAFileNotAnUnknownOption()
    {
        var dashed = Path.Combine(root, "-dashed.pdf");
        File.Copy(Pdf, dashed);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = root;
        try
        {
            var (code, _, error) = Run("run", "-dashed.pdf", "--db", Db);

            Assert.NotEqual(ExitCodes.Usage, code);
            Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
            Assert.Equal(1, parsed);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void Run_OutIsAnExistingFile_ExitsTwoBeforeReadingAnyFile()
    {
        var notAFolder = Path.Combine(root, "out.txt");
        File.WriteAllText(notAFolder, "a file");

        var (code, output, error) = Run("run", Pdf, "--db", Db, "--out", notAFolder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
        AssertOneLineNoStackTrace(error);
        Assert.Equal(string.Empty, output);
        Assert.Equal(0, parsed);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Run_UnhandledException_PrintsOneLineNamingTheLogFileThatHoldsTheStack()
    {
        var (code, _, error) = CommandRunner.Run(() => throw new InvalidOperationException("boom\nsecond line"), "run", Pdf, "--db", Db);

        Assert.Equal(ExitCodes.Failed, code);
        AssertOneLineNoStackTrace(error);
        Assert.Contains("InvalidOperationException: boom second line", error, StringComparison.Ordinal);
        Assert.Contains(CrashLog.LogPath, error, StringComparison.Ordinal);
        var log = File.ReadAllText(CrashLog.LogPath);
        Assert.Contains("System.InvalidOperationException: boom", log, StringComparison.Ordinal);
        Assert.Contains("   at ", log, StringComparison.Ordinal);
    }

    private static void AssertOneLineNoStackTrace(string error)
    {
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var counting = new DocumentProcessor(
            (doc, file, sha) =>
            {
                Interlocked.Increment(ref parsed);
                return SampleReports.Clean(file, sha).Report;
            },
            report => SampleReports.Clean(report.Document.File, report.Document.Sha256).Audit);
        return CommandRunner.Run(() => counting, args);
    }
}

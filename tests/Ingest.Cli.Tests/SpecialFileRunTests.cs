using System.Diagnostics;

namespace Ingest.Cli.Tests;

/// <summary><c>ingest run</c> and <c>ingest pdf</c> over inputs that are not regular files (a FIFO, a link to a device,
/// links that loop) or are too large, each beside a good report. Every command runs under a time limit, so that a
/// regression fails the test instead of hanging the build.</summary>
public sealed class SpecialFileRunTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("ingest-special-").FullName;

    private string Input => Path.Combine(root, "in");

    private string Output => Path.Combine(root, "out");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Run_SymlinkToDevZero_FailsAsNotAFileAndIngestsTheGoodFile()
    {
        AddGood("good.pdf");
        File.CreateSymbolicLink(Path.Combine(Input, "a-zero.pdf"), "/dev/zero");

        var (code, output) = await RunAsync(Input);

        Assert.Equal(ExitCodes.Failed, code);
        var byFile = Documents();
        Assert.Equal(2, byFile.Count);
        Assert.Equal(("failed", "not-a-file"), (byFile["a-zero.pdf"]["status"], byFile["a-zero.pdf"]["error_kind"]));
        Assert.Contains("a-zero.pdf is a character device", byFile["a-zero.pdf"]["error"], StringComparison.Ordinal);
        Assert.Equal("ok", byFile["good.pdf"]["status"]);
        Assert.Contains("1 ok, 0 partial, 0 no-text, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnreadableFileRunTwice_ListsItOnceAsIoError()
    {
        AddGood("good.pdf");
        File.CreateSymbolicLink(Path.Combine(Input, "x.pdf"), "missing");

        await RunAsync(Input);
        await RunAsync(Input);
        var (code, _, _) = await Task.Run(() => CommandRunner.Run("export", "--db", Path.Combine(root, "ingest.db"), "--out", Path.Combine(root, "export"))).WaitAsync(Limit);

        Assert.Equal(ExitCodes.Ok, code);
        var rows = BadInputRunTests.Rows(Path.Combine(root, "export", "documents.csv"));
        var unreadable = Assert.Single(rows, r => r["file"] == "x.pdf");
        Assert.Equal(("failed", "io-error", string.Empty), (unreadable["status"], unreadable["error_kind"], unreadable["sha256"]));
        Assert.Equal("ok", Assert.Single(rows, r => r["file"] == "good.pdf")["status"]);
    }

    [Fact]
    public async Task Run_Fifo_FailsAsNotAFileWithoutWaitingForAWriter()
    {
        AddGood("good.pdf");
        MakeFifo(Path.Combine(Input, "f.pdf"));

        var (code, _) = await RunAsync(Input);

        Assert.Equal(ExitCodes.Failed, code);
        var byFile = Documents();
        Assert.Equal(2, byFile.Count);
        Assert.Equal(("failed", "not-a-file"), (byFile["f.pdf"]["status"], byFile["f.pdf"]["error_kind"]));
        Assert.Contains("f.pdf is a FIFO", byFile["f.pdf"]["error"], StringComparison.Ordinal);
        Assert.Equal("ok", byFile["good.pdf"]["status"]);
    }

    [Fact]
    public async Task Run_TwoFolderLinksToTheParent_EndsWithOneRowPerRealFile()
    {
        AddGood("a/good.pdf");
        Directory.CreateDirectory(Path.Combine(Input, "b"));
        File.WriteAllText(Path.Combine(Input, "b", "not-a-pdf.pdf"), "plain text");
        Directory.CreateSymbolicLink(Path.Combine(Input, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Input, "b", "up"), "..");

        var (code, _) = await RunAsync(Input);

        Assert.Equal(ExitCodes.Failed, code);
        var byFile = Documents();
        Assert.Equal(2, byFile.Count);
        Assert.Equal("ok", byFile["good.pdf"]["status"]);
        Assert.Equal(("failed", "not-a-pdf"), (byFile["not-a-pdf.pdf"]["status"], byFile["not-a-pdf.pdf"]["error_kind"]));
        Assert.Equal([Path.Combine(Input, "a", "good.pdf"), Path.Combine(Input, "b", "not-a-pdf.pdf")], StoredPaths());
    }

    [Fact]
    public async Task Run_SameFileThroughTwoPaths_OneRowUnderItsRealPath()
    {
        AddGood("real/good.pdf");
        File.WriteAllText(Path.Combine(Input, "real", "not-a-pdf.pdf"), "plain text");
        Directory.CreateSymbolicLink(Path.Combine(Input, "linked"), "real");

        var (code, _) = await RunAsync(Input, Path.Combine(Input, "linked", "good.pdf"));

        Assert.Equal(ExitCodes.Failed, code);
        var byFile = Documents();
        Assert.Equal(2, byFile.Count);
        Assert.Equal("ok", byFile["good.pdf"]["status"]);
        Assert.Equal(("failed", "not-a-pdf"), (byFile["not-a-pdf.pdf"]["status"], byFile["not-a-pdf.pdf"]["error_kind"]));
        Assert.Equal([Path.Combine(Input, "real", "good.pdf"), Path.Combine(Input, "real", "not-a-pdf.pdf")], StoredPaths());
    }

    [Fact]
    public async Task Run_FileOverMaxFileSize_FailsAsLimitExceededNamingItsSizeAndTheLimit()
    {
        AddGood("good.pdf");
        var large = File.ReadAllBytes(Path.Combine(CommandRunner.RepositoryRoot(), "fixtures", "synthetic", "syn-002-iei-anual.pdf"));
        File.WriteAllBytes(Path.Combine(Input, "large.pdf"), large);

        var (code, _) = await RunAsync(Input, "--max-file-size", "15000");

        Assert.Equal(ExitCodes.Failed, code);
        var byFile = Documents();
        Assert.Equal(2, byFile.Count);
        Assert.Equal(("failed", "limit-exceeded"), (byFile["large.pdf"]["status"], byFile["large.pdf"]["error_kind"]));
        Assert.Contains($"is {large.Length} bytes, over the limit of 15000 bytes", byFile["large.pdf"]["error"], StringComparison.Ordinal);
        Assert.Equal("ok", byFile["good.pdf"]["status"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public void Run_MaxFileSizeNotAPositiveInteger_ExitsWithAUsageError(string value)
    {
        AddGood("good.pdf");

        var (code, _, error) = CommandRunner.Run("run", Input, "--db", Path.Combine(root, "x.db"), "--max-file-size", value);

        Assert.Equal(ExitCodes.Usage, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--max-file-size", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "x.db")));
    }

    [Theory]
    [InlineData("words")]
    [InlineData("lines")]
    [InlineData("tables")]
    public async Task Pdf_FifoDeviceOrFolder_FailsAtOnceWithOneLineNamingIt(string command)
    {
        Directory.CreateDirectory(Input);
        var fifo = Path.Combine(Input, "f.pdf");
        MakeFifo(fifo);
        var zero = Path.Combine(Input, "zero.pdf");
        File.CreateSymbolicLink(zero, "/dev/zero");

        foreach (var (path, what) in new[] { (fifo, "a FIFO (named pipe)"), (zero, "a character device"), (Input, "a folder") })
        {
            var (code, _, error) = await Task.Run(() => CommandRunner.Run("pdf", command, path)).WaitAsync(Limit);

            Assert.Equal(ExitCodes.Failed, code);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"ingest: not-a-file: {path} is {what}, not a regular file; it was not read.", line);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private void AddGood(string name)
    {
        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(CommandRunner.RepositoryRoot(), "fixtures", "synthetic", "syn-001-pei-seguimiento.pdf"), path);
    }

    /// <summary>Runs <c>ingest run</c> into this test's database and output folder, failing after <see cref="Limit"/>.</summary>
    private async Task<(int Code, string Out)> RunAsync(params string[] args)
    {
        string[] command = ["run", .. args, "--db", Path.Combine(root, "ingest.db"), "--out", Output, "--workers", "2"];
        var (code, output, _) = await Task.Run(() => CommandRunner.Run(command)).WaitAsync(Limit);
        return (code, output);
    }

    /// <summary>Gets the stored paths of the run's documents, in ordinal order.</summary>
    private List<string> StoredPaths()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(root, "ingest.db"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path FROM documents ORDER BY path;";
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read())
        {
            paths.Add(reader.GetString(0));
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    /// <summary>Gets the rows of <c>documents.csv</c> by file name; each name must appear once.</summary>
    private Dictionary<string, Dictionary<string, string>> Documents() =>
        BadInputRunTests.Rows(Path.Combine(Output, "documents.csv")).ToDictionary(r => r["file"], StringComparer.Ordinal);
}

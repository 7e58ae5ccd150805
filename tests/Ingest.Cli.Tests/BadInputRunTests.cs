using System.Diagnostics;
using Ingest.Pdf.Tests.Writer;

namespace Ingest.Cli.Tests;

/// <summary><c>ingest run</c> with the real parser and auditor over a folder of hostile files and two good reports.</summary>
public sealed class BadInputRunTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ingest-bad-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Run_BadInputsAndTwoReports_EveryFileHasARowAndTheReportsAreFullyIngested()
    {
        var input = Path.Combine(root, "in");
        var repository = CommandRunner.RepositoryRoot();
        Add(input, "truncated.pdf", BadPdfs.Truncated);
        Add(input, "zero-bytes.pdf", BadPdfs.Empty);
        Add(input, "random-bytes.pdf", BadPdfs.RandomBytes);
        Add(input, "text-file.pdf", BadPdfs.PlainText);
        Add(input, "cyclic-kids.pdf", BadPdfs.CyclicKids);
        Add(input, "flate-bomb.pdf", BadPdfs.FlateBomb);
        Add(input, "password.pdf", File.ReadAllBytes(Path.Combine(repository, "fixtures", "encrypted", "aes-256-userpw.pdf")));
        Add(input, "good/pei.pdf", File.ReadAllBytes(Path.Combine(repository, "fixtures", "synthetic", "syn-001-pei-seguimiento.pdf")));
        Add(input, "good/pdrc.pdf", File.ReadAllBytes(Path.Combine(repository, "fixtures", "synthetic", "syn-004-pdrc-evaluacion.pdf")));
        var output = Path.Combine(root, "out");
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        var (code, _, error) = CommandRunner.Run("run", input, "--db", Path.Combine(root, "bad.db"), "--out", output, "--workers", "2");

        Assert.Equal(ExitCodes.Failed, code);
        var documents = Rows(Path.Combine(output, "documents.csv"));
        Assert.Equal(9, documents.Count);
        var byFile = documents.ToDictionary(r => r["file"], StringComparer.Ordinal);
        Assert.Equal(("failed", "not-a-pdf"), (byFile["zero-bytes.pdf"]["status"], byFile["zero-bytes.pdf"]["error_kind"]));
        Assert.Equal(("failed", "not-a-pdf"), (byFile["random-bytes.pdf"]["status"], byFile["random-bytes.pdf"]["error_kind"]));
        Assert.Equal(("failed", "not-a-pdf"), (byFile["text-file.pdf"]["status"], byFile["text-file.pdf"]["error_kind"]));
        Assert.Equal(("failed", "limit-exceeded"), (byFile["flate-bomb.pdf"]["status"], byFile["flate-bomb.pdf"]["error_kind"]));
        Assert.Equal(("failed", "password-required"), (byFile["password.pdf"]["status"], byFile["password.pdf"]["error_kind"]));
        Assert.All(documents.Where(r => r["status"] == "failed"), r => Assert.False(string.IsNullOrWhiteSpace(r["error"]), r["file"]));

        // The reader repairs a truncated file and breaks a cycling page tree: read, not failed.
        Assert.NotEqual("failed", byFile["truncated.pdf"]["status"]);
        Assert.NotEqual("failed", byFile["cyclic-kids.pdf"]["status"]);
        Assert.Equal(("ok", "pei-seguimiento"), (byFile["pei.pdf"]["status"], byFile["pei.pdf"]["kind"]));
        Assert.Equal(("ok", "pdrc-evaluacion"), (byFile["pdrc.pdf"]["status"], byFile["pdrc.pdf"]["kind"]));
        var indicators = Rows(Path.Combine(output, "indicators.csv"));
        Assert.Contains(indicators, r => r["file"] == "pei.pdf" && r["code"].StartsWith("IND.", StringComparison.Ordinal));
        Assert.Contains(indicators, r => r["file"] == "pdrc.pdf" && r["code"].StartsWith("IND.", StringComparison.Ordinal));
        var peak = Math.Max(before, Process.GetCurrentProcess().PeakWorkingSet64);
        Assert.True(peak < 1L << 30, $"Peak working set {peak >> 20} MiB. {error}");
    }

    private static void Add(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads a CSV file written by the exports (no field holds a line break in these columns).</summary>
    internal static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = CsvFields.Split(lines[0]);
        return [.. lines.Skip(1).Select(CsvFields.Split).Select(f => header.Select((h, i) => (h, v: i < f.Count ? f[i] : string.Empty)).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
    }
}

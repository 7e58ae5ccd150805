namespace Ingest.Cli.Tests;

/// <summary>
/// The five seed reports through <c>ingest run --out</c>, the whole product end to end: the contract files must equal
/// the golden files in <c>Golden/seeds</c> byte for byte.
/// </summary>
/// <remarks>
/// After a deliberate change of the parser or the audit, run the tests with <c>INGEST_UPDATE_GOLDEN=1</c> to rewrite
/// the golden files, then review their diff line by line before committing it (see <c>Golden/README.md</c>).
/// </remarks>
public sealed class SeedRunGoldenTests : IDisposable
{
    private static readonly string[] ContractFiles = ["documents.csv", "indicators.csv", "findings.csv"];

    private readonly string root = Directory.CreateTempSubdirectory("ingest-golden-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Run_SeedReports_ContractFilesEqualGoldenFiles()
    {
        var output = Path.Combine(root, "out");

        var (code, _, error) = CommandRunner.Run("run", CommandRunner.Corpus("seeds"), "--db", Path.Combine(root, "seeds.db"), "--out", output, "--workers", "2");

        Assert.True(code == ExitCodes.Ok, error);
        var golden = Path.Combine(CommandRunner.RepositoryRoot(), "tests", "Ingest.Cli.Tests", "Golden", "seeds");
        var update = Environment.GetEnvironmentVariable("INGEST_UPDATE_GOLDEN") == "1";
        foreach (var name in ContractFiles)
        {
            var actual = File.ReadAllText(Path.Combine(output, name));
            var expectedPath = Path.Combine(golden, name);
            if (update)
            {
                File.WriteAllText(expectedPath, actual);
                continue;
            }

            Assert.True(File.Exists(expectedPath), $"The golden file {expectedPath} is missing; run with INGEST_UPDATE_GOLDEN=1 to write it.");
            var expected = File.ReadAllText(expectedPath);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Assert.Fail($"{name} differs from its golden file at line {FirstDifferentLine(expected, actual)}.");
            }
        }
    }

    private static string FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"{i + 1}:\n  golden: {left}\n  actual: {right}";
            }
        }

        return "(none)";
    }
}

using System.Diagnostics;
using System.Globalization;
using Ingest.Pdf.Tests.Writer;
using Ingest.Pipeline;
using Microsoft.Data.Sqlite;

namespace Ingest.Cli.Tests;

/// <summary>A batch whose process is killed midway (SIGKILL, no cleanup) and started again ends with each document exactly once.</summary>
public sealed class ResumeTests : IDisposable
{
    private const int Files = 40;

    private readonly string root = Directory.CreateTempSubdirectory("ingest-resume-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Run_ProcessKilledMidwayThenRunAgain_EachDocumentExactlyOnce()
    {
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllBytes(Path.Combine(input, string.Create(CultureInfo.InvariantCulture, $"doc-{i:D2}.pdf")), LongPdf(i));
        }

        var db = Path.Combine(root, "ingest.db");
        var ingest = Path.Combine(AppContext.BaseDirectory, "ingest.dll");
        using (var first = Process.Start(new ProcessStartInfo("dotnet", ["exec", ingest, "run", input, "--db", db, "--workers", "1"]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            var clock = Stopwatch.StartNew();
            while (StoredCount(db) < 3 && !first.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        var afterKill = StoredCount(db);
        Assert.InRange(afterKill, 3, Files - 1);

        var stdout = new StringWriter();
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        Console.SetOut(stdout);
        Console.SetError(new StringWriter());
        int code;
        try
        {
            code = IngestCommand.Run(["run", input, "--db", db, "--workers", "2"], () => PdfOnlyProcessor.Instance);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{Files - afterKill} ok, 0 partial, 0 no-text, 0 failed, {afterKill} skipped"), stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(Files, StoredCount(db));
        Assert.Equal((long)Files, Query(db, "SELECT count(DISTINCT sha256) FROM documents;"));
        Assert.Equal(1L, Query(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL;"));
    }

    /// <summary>A 40-page PDF, distinct per <paramref name="seed"/>, slow enough to read that the kill lands midway.</summary>
    private static byte[] LongPdf(int seed)
    {
        var builder = new TestPdfBuilder().AddStandardFont("F1", "Helvetica").CompressContent();
        for (var page = 0; page < 40; page++)
        {
            var lines = Enumerable.Range(0, 40).Select(l => TextOps.Text("F1", 9, 40, 760 - (l * 18), string.Create(CultureInfo.InvariantCulture, $"Documento {seed} pagina {page} linea {l}: IND.01.AEI.01.{l:D2} 12.5 % 1,234.00 ND")));
            builder.AddPage([.. lines]);
        }

        return builder.Build();
    }

    private static int StoredCount(string db) => File.Exists(db) ? (int)Query(db, "SELECT count(*) FROM documents;") : 0;

    private static long Query(string db, string sql)
    {
        try
        {
            using var connection = new SqliteConnection("Data Source=" + db + ";Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The schema is not created yet.
            return 0;
        }
    }
}

using System.Diagnostics;
using Ingest.Exports;
using Ingest.Pdf.Tests.Writer;
using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Ingest.Pipeline.Tests;

public sealed class IngestPipelineTests(ITestOutputHelper log) : IDisposable
{
    private readonly TestInputs inputs = new();

    public void Dispose() => inputs.Dispose();

    [Fact]
    public async Task RunAsync_GoodFiles_StoresEachOnceAndReturnsOutcomesInInputOrder()
    {
        var files = inputs.AddGood(5);
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Workers = 3 }).RunAsync(files);

        Assert.False(result.Cancelled);
        Assert.Equal(files, result.Outcomes.Select(o => o.Document.Path));
        Assert.All(result.Outcomes, o => Assert.Equal(DocumentStatus.Ok, o.Document.Status));
        Assert.All(result.Outcomes, o => Assert.Equal(3, o.Document.Pages));
        Assert.Equal(5L, Count("documents"));
        Assert.Equal(10L, Count("findings"));
        Assert.Equal("5|0|0|0|0", Scalar("SELECT ok || '|' || no_text || '|' || failed || '|' || skipped || '|' || cancelled FROM runs;"));
    }

    [Fact]
    public async Task RunAsync_SameFilesAgain_SkipsThemUnlessForced()
    {
        var files = inputs.AddGood(3);
        await using var store = SqliteReportStore.Open(inputs.Database);
        await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions()).RunAsync(files);

        var again = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions()).RunAsync(files);
        var forced = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Force = true }).RunAsync(files);

        Assert.All(again.Outcomes, o => Assert.Equal(DocumentStatus.Skipped, o.Document.Status));
        Assert.All(again.Outcomes, o => Assert.Equal(("pei-seguimiento", 3, 1), (o.Document.Kind, o.Document.Pages, o.Document.Findings.Errors)));
        Assert.Equal(files, again.Outcomes.Select(o => o.Document.Path));
        Assert.All(forced.Outcomes, o => Assert.Equal(DocumentStatus.Ok, o.Document.Status));
        Assert.Equal(3L, Count("documents"));
        Assert.Equal(6L, Count("findings"));
    }

    [Fact]
    public async Task RunAsync_FifoDeviceLinkAndLargeFile_FailEachWithoutReadingAndTheGoodFileIsStored()
    {
        var good = inputs.Add("good.pdf", TestInputs.GoodPdf("Good"));
        var fifo = Path.Combine(inputs.InputFolder, "f.pdf");
        InputFileTests.MakeFifo(fifo);
        var zero = Path.Combine(inputs.InputFolder, "a-zero.pdf");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var large = inputs.Add("large.pdf", new byte[new FileInfo(good).Length + 1]);
        await using var store = SqliteReportStore.Open(inputs.Database);
        var options = new PipelineOptions { Workers = 2, MaxFileSize = new FileInfo(good).Length, DocumentTimeout = TimeSpan.FromSeconds(20) };

        var result = await new IngestPipeline(store, FakeProcessors.Sample, options).RunAsync([fifo, zero, large, good]).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(result.Cancelled);
        Assert.Equal(
            [("failed", "not-a-file"), ("failed", "not-a-file"), ("failed", "limit-exceeded"), ("ok", null)],
            result.Outcomes.Select(o => (o.Document.Status.Id(), o.Document.ErrorKind)));
        Assert.Contains("is a FIFO (named pipe), not a regular file", result.Outcomes[0].Document.Error, StringComparison.Ordinal);
        Assert.Contains("is a character device, not a regular file", result.Outcomes[1].Document.Error, StringComparison.Ordinal);
        Assert.Equal("3|1|1|0", Scalar("SELECT failed || '|' || ok || '|' || (finished_at IS NOT NULL) || '|' || cancelled FROM runs;"));
    }

    [Fact]
    public async Task RunAsync_SameBytesUnderTwoNames_StoresOneAndSkipsTheOther()
    {
        var bytes = TestInputs.GoodPdf("Twin");
        var files = new[] { inputs.Add("a.pdf", bytes), inputs.Add("b.pdf", bytes) };
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Workers = 2 }).RunAsync(files);

        Assert.Equal([DocumentStatus.Ok, DocumentStatus.Skipped], result.Outcomes.Select(o => o.Document.Status).Order());
        Assert.Equal(1L, Count("documents"));
    }

    [Fact]
    public async Task RunAsync_KilledAfterSomeDocumentsAndRunAgain_EachDocumentExactlyOnce()
    {
        var files = inputs.AddGood(8);
        using var kill = new CancellationTokenSource();
        var stored = 0;
        var options = new PipelineOptions { Workers = 2, AfterStored = _ => { if (++stored == 3) { kill.Cancel(); } } };
        await using (var store = SqliteReportStore.Open(inputs.Database))
        {
            var first = await new IngestPipeline(store, FakeProcessors.Sample, options).RunAsync(files, cancellationToken: kill.Token);

            Assert.True(first.Cancelled);
            Assert.InRange(first.Outcomes.Count, 3, 7);
        }

        // A crash inside a transaction is the other way to die midway: nothing of that document may remain.
        await using (var store = SqliteReportStore.Open(inputs.Database))
        {
            store.BeforeCommit = d => { if (d.File == "good-08.pdf") { throw new InvalidOperationException("killed inside the transaction"); } };
            await Assert.ThrowsAsync<InvalidOperationException>(() => new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions()).RunAsync(files));
        }

        await using (var store = SqliteReportStore.Open(inputs.Database))
        {
            var last = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Workers = 2 }).RunAsync(files);

            Assert.False(last.Cancelled);
            Assert.Equal(8, last.Outcomes.Count);
            Assert.Equal(["good-08.pdf"], last.Outcomes.Where(o => o.Document.Status == DocumentStatus.Ok).Select(o => o.Document.File));
        }

        Assert.Equal(8L, Count("documents"));
        Assert.Equal(0L, Scalar<long>("SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1);"));
        Assert.Equal(16L, Count("findings"));
        Assert.Equal(16L, Count("indicators"));
        Assert.Equal(8L, Scalar<long>("SELECT count(*) FROM documents WHERE status = 'ok';"));
    }

    [Fact]
    public async Task RunAsync_UserPasswordFileAndPasswords_OpensItWithTheRightOneInTheList()
    {
        inputs.Add("password.pdf", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "aes-256-userpw.pdf")));
        var (files, _) = InputFiles.Expand([inputs.InputFolder]);
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, PdfOnlyProcessor.Instance, new PipelineOptions { Passwords = ["wrong", "secret"] }).RunAsync(files);

        Assert.Equal(DocumentStatus.Ok, Assert.Single(result.Outcomes).Document.Status);
    }

    [Fact]
    public async Task RunAsync_UserPasswordFileAndOnlyWrongPasswords_FailsPasswordRequiredCountingTheTries()
    {
        inputs.Add("password.pdf", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "aes-256-userpw.pdf")));
        var (files, _) = InputFiles.Expand([inputs.InputFolder]);
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, PdfOnlyProcessor.Instance, new PipelineOptions { Passwords = ["wrong-a", "wrong-b"] }).RunAsync(files);

        var document = Assert.Single(result.Outcomes).Document;
        Assert.Equal(("failed", "password-required"), (document.Status.Id(), document.ErrorKind));
        Assert.Contains("None of the 3 passwords tried opened it.", document.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-", document.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadInputs_EveryFileHasARowAndTheGoodOnesAreIngested()
    {
        inputs.Add("truncated.pdf", BadPdfs.Truncated);
        inputs.Add("zero-bytes.pdf", BadPdfs.Empty);
        inputs.Add("random-bytes.pdf", BadPdfs.RandomBytes);
        inputs.Add("text-file.pdf", BadPdfs.PlainText);
        inputs.Add("cyclic-kids.pdf", BadPdfs.CyclicKids);
        inputs.Add("cyclic-parent.pdf", BadPdfs.CyclicParent);
        inputs.Add("flate-bomb.pdf", BadPdfs.FlateBomb);
        inputs.Add("scan.pdf", BadPdfs.ScanOnly);
        inputs.Add("encrypted/password.pdf", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "aes-256-userpw.pdf")));
        inputs.Add("good-1.pdf", TestInputs.GoodPdf("First good report"));
        inputs.Add("nested/good-2.pdf", TestInputs.GoodPdf("Second good report"));
        var (files, _) = InputFiles.Expand([inputs.InputFolder]);
        await using var store = SqliteReportStore.Open(inputs.Database);
        var baseline = Process.GetCurrentProcess().PeakWorkingSet64;

        var result = await new IngestPipeline(store, PdfOnlyProcessor.Instance, new PipelineOptions { Workers = 2 }).RunAsync(files);
        var outDir = Path.Combine(inputs.Root, "out");
        await CsvExport.WriteAsync(outDir, ExportSource.FromStore(store, [.. result.Outcomes.Select(o => o.Document)]));

        Assert.Equal(11, result.Outcomes.Count);
        var byName = result.Outcomes.ToDictionary(o => o.Document.File, o => o.Document);
        Assert.Equal(DocumentStatus.Ok, byName["good-1.pdf"].Status);
        Assert.Equal(DocumentStatus.Ok, byName["good-2.pdf"].Status);
        Assert.Equal(DocumentStatus.NoText, byName["scan.pdf"].Status);
        Assert.Equal(("failed", "password-required"), (byName["password.pdf"].Status.Id(), byName["password.pdf"].ErrorKind));
        Assert.Equal(("failed", "not-a-pdf"), (byName["zero-bytes.pdf"].Status.Id(), byName["zero-bytes.pdf"].ErrorKind));
        Assert.Equal(("failed", "not-a-pdf"), (byName["random-bytes.pdf"].Status.Id(), byName["random-bytes.pdf"].ErrorKind));
        Assert.Equal(("failed", "not-a-pdf"), (byName["text-file.pdf"].Status.Id(), byName["text-file.pdf"].ErrorKind));
        Assert.Equal(("failed", "limit-exceeded"), (byName["flate-bomb.pdf"].Status.Id(), byName["flate-bomb.pdf"].ErrorKind));
        Assert.All(result.Outcomes.Where(o => o.Document.Status == DocumentStatus.Failed), o => Assert.False(string.IsNullOrWhiteSpace(o.Document.Error)));

        var rows = File.ReadAllLines(Path.Combine(outDir, "documents.csv"));
        Assert.Equal(12, rows.Length);
        foreach (var outcome in result.Outcomes)
        {
            Assert.Contains(rows, r => r.StartsWith(outcome.Document.File + ",", StringComparison.Ordinal) && r.Contains("," + outcome.Document.Status.Id() + ",", StringComparison.Ordinal));
        }

        var peak = Math.Max(baseline, Process.GetCurrentProcess().PeakWorkingSet64);
        log.WriteLine($"Peak working set of the test process: {peak / (1 << 20)} MiB (before the run: {baseline / (1 << 20)} MiB).");
        foreach (var outcome in result.Outcomes)
        {
            log.WriteLine($"{outcome.Document.File}: {outcome.Document.Status.Id()} {outcome.Document.ErrorKind} {outcome.Document.Error}");
        }

        Assert.True(peak < 1L << 30, $"Peak working set {peak / (1 << 20)} MiB.");
    }

    [Fact]
    public async Task RunAsync_CyclicKidsWithoutAPage_RecordsFailedAsDamaged()
    {
        inputs.Add("cyclic-only.pdf", BadPdfs.CyclicKidsWithoutAPage);
        var (files, _) = InputFiles.Expand([inputs.InputFolder]);
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, PdfOnlyProcessor.Instance, new PipelineOptions { Workers = 1 }).RunAsync(files);

        var document = Assert.Single(result.Outcomes).Document;
        Assert.Equal(("failed", "damaged"), (document.Status.Id(), document.ErrorKind));
        Assert.Equal("failed|damaged", Scalar("SELECT status || '|' || error_kind FROM documents WHERE file = 'cyclic-only.pdf';"));
    }

    [Fact]
    public async Task RunAsync_ADocumentOverItsTimeout_FailsWithTimeoutAndTheBatchGoesOn()
    {
        var files = inputs.AddGood(3);
        await using var store = SqliteReportStore.Open(inputs.Database);
        var slow = FakeProcessors.With(file => { if (file == "good-02.pdf") { Thread.Sleep(3000); } });

        var result = await new IngestPipeline(store, slow, new PipelineOptions { Workers = 2, DocumentTimeout = TimeSpan.FromMilliseconds(300) }).RunAsync(files);

        Assert.Equal(["ok", "failed", "ok"], result.Outcomes.Select(o => o.Document.Status.Id()));
        Assert.Equal("timeout", result.Outcomes[1].Document.ErrorKind);
        Assert.Contains("stage: parse", result.Outcomes[1].Document.Error, StringComparison.Ordinal);
        Assert.Equal("failed|timeout", Scalar("SELECT status || '|' || error_kind FROM documents WHERE file = 'good-02.pdf';"));
    }

    [Fact]
    public async Task RunAsync_AParserBug_FailsThatDocumentAsInternalError()
    {
        var files = inputs.AddGood(3);
        await using var store = SqliteReportStore.Open(inputs.Database);
        var buggy = FakeProcessors.With(file => { if (file == "good-01.pdf") { throw new InvalidOperationException("index out of range in row 7"); } });

        var result = await new IngestPipeline(store, buggy, new PipelineOptions()).RunAsync(files);

        Assert.Equal(["failed", "ok", "ok"], result.Outcomes.Select(o => o.Document.Status.Id()));
        Assert.Equal("internal-error", result.Outcomes[0].Document.ErrorKind);
        Assert.Equal("InvalidOperationException: index out of range in row 7", result.Outcomes[0].Document.Error);
    }

    [Fact]
    public async Task RunAsync_MissingFile_FailsWithIoError()
    {
        var files = new List<string>(inputs.AddGood(1)) { Path.Combine(inputs.InputFolder, "gone.pdf") };
        await using var store = SqliteReportStore.Open(inputs.Database);

        var result = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions()).RunAsync(files);

        Assert.Equal(["ok", "failed"], result.Outcomes.Select(o => o.Document.Status.Id()));
        Assert.Equal("io-error", result.Outcomes[1].Document.ErrorKind);
    }

    [Fact]
    public async Task RunAsync_OneOrFourWorkers_GiveTheSameOutcomesAndExports()
    {
        var files = inputs.AddGood(9);
        inputs.Add("zz-broken.pdf", BadPdfs.Truncated[..40]);
        var (all, _) = InputFiles.Expand([inputs.InputFolder]);
        var exports = new List<string>();
        foreach (var workers in new[] { 1, 4 })
        {
            var db = Path.Combine(inputs.Root, $"w{workers}.db");
            await using var store = SqliteReportStore.Open(db);
            var result = await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Workers = workers }).RunAsync(all);
            var dir = Path.Combine(inputs.Root, $"out{workers}");
            var source = ExportSource.FromStore(store, [.. result.Outcomes.Select(o => o.Document)]);
            await CsvExport.WriteAsync(dir, source);
            exports.Add(string.Join("\n", CsvExport.Files.Select(f => File.ReadAllText(Path.Combine(dir, f)))));
        }

        Assert.Equal(exports[0], exports[1]);
        Assert.Contains("zz-broken.pdf", exports[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Progress_IsReportedOncePerDocument()
    {
        var files = inputs.AddGood(4);
        await using var store = SqliteReportStore.Open(inputs.Database);
        var seen = new List<PipelineProgress>();

        await new IngestPipeline(store, FakeProcessors.Sample, new PipelineOptions { Workers = 2 }).RunAsync(files, new SyncProgress(seen.Add));

        Assert.Equal([1, 2, 3, 4], seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(4, p.Total));
    }

    private long Count(string table) => Scalar<long>($"SELECT count(*) FROM {table};");

    private string? Scalar(string sql) => Scalar<string>(sql);

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + inputs.Database + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private sealed class SyncProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }
}

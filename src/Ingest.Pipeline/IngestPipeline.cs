using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Polly;
using Polly.Retry;

namespace Ingest.Pipeline;

/// <summary>
/// Runs a batch: files → read (bytes, SHA-256, open the PDF) → parse (classify and read the report) → audit → store,
/// as bounded stages joined by channels. N workers read, parse and audit; one writer stores, one document per
/// transaction. A document that fails is recorded with its error kind and the batch goes on.
/// </summary>
/// <remarks>
/// Memory is bounded by the documents in flight: at most <see cref="PipelineOptions.Workers"/> being processed,
/// as many waiting for the writer, and one being written. Outcomes come back in input order, whatever the number of
/// workers. A document that exceeds its timeout is recorded as failed and its worker moves on; the parser, which
/// cannot be interrupted, finishes in the background and its result is dropped.
/// </remarks>
public sealed class IngestPipeline
{
    private readonly IReportStore store;
    private readonly DocumentProcessor processor;
    private readonly PipelineOptions options;
    private readonly ResiliencePipeline ioRetry;

    /// <summary>Initializes a new instance of the <see cref="IngestPipeline"/> class.</summary>
    /// <param name="store">Where documents are stored.</param>
    /// <param name="processor">What parses and audits each document.</param>
    /// <param name="options">How the batch is run.</param>
    public IngestPipeline(IReportStore store, DocumentProcessor processor, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.processor = processor ?? throw new ArgumentNullException(nameof(processor));
        this.options = options;
        ioRetry = TransientIoRetry();
    }

    /// <summary>Creates the retry policy for reading an input file: up to 3 retries from 100 ms, for I/O errors other than a missing file.</summary>
    /// <returns>The policy.</returns>
    public static ResiliencePipeline TransientIoRetry() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<IOException>(e => e is not FileNotFoundException and not DirectoryNotFoundException),
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(100),
        })
        .Build();

    /// <summary>Runs the batch.</summary>
    /// <param name="files">The input files (see <see cref="InputFiles.Expand"/>).</param>
    /// <param name="progress">Told after each document; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the run: documents already stored stay stored, the run is recorded as cancelled.</param>
    /// <returns>The outcomes.</returns>
    public async Task<PipelineResult> RunAsync(IReadOnlyList<string> files, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var clock = Stopwatch.StartNew();
        var runId = await store.StartRunAsync(new RunStart(options.Time.GetUtcNow(), options.Arguments, options.Workers, options.Force, files.Count), cancellationToken).ConfigureAwait(false);
        var outcomes = new DocumentOutcome?[files.Count];
        var queue = Channel.CreateBounded<int>(new BoundedChannelOptions(options.Workers) { SingleWriter = true });
        var processed = Channel.CreateBounded<Processed>(new BoundedChannelOptions(options.Workers) { SingleReader = true });

        // Stops the reading stages when the caller cancels or when the store stage dies (its exception is rethrown).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < files.Count; i++)
                    {
                        await queue.Writer.WriteAsync(i, token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    queue.Writer.Complete();
                }
            },
            CancellationToken.None);

        var workers = Enumerable.Range(0, options.Workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var index in queue.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    var result = await ProcessAsync(index, files[index], token).ConfigureAwait(false);
                    await processed.Writer.WriteAsync(result, token).ConfigureAwait(false);
                }
            },
            CancellationToken.None)).ToArray();

        var closer = Task.Run(
            async () =>
            {
                try
                {
                    await Task.WhenAll(workers).ConfigureAwait(false);
                }
                finally
                {
                    processed.Writer.Complete();
                }
            },
            CancellationToken.None);

        var stages = Task.WhenAll(producer, closer);
        var cancelled = false;
        try
        {
            await StoreAllAsync(runId, processed.Reader, outcomes, files.Count, clock, progress, token).ConfigureAwait(false);
            await stages.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
            await stages.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await stages.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        var finished = outcomes.OfType<DocumentOutcome>().ToList();
        cancelled |= finished.Count < files.Count;
        var totals = new RunTotals(
            options.Time.GetUtcNow(),
            finished.Count(o => o.Document.Status == DocumentStatus.Ok),
            finished.Count(o => o.Document.Status == DocumentStatus.NoText),
            finished.Count(o => o.Document.Status == DocumentStatus.Failed),
            finished.Count(o => o.Document.Status == DocumentStatus.Skipped),
            cancelled,
            finished.Count(o => o.Document.Status == DocumentStatus.Partial));
        await store.FinishRunAsync(runId, totals, CancellationToken.None).ConfigureAwait(false);
        return new PipelineResult(runId, finished, files.Count, clock.Elapsed, cancelled);
    }

    private async Task StoreAllAsync(long runId, ChannelReader<Processed> reader, DocumentOutcome?[] outcomes, int total, Stopwatch clock, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        int done = 0, failed = 0, skipped = 0;
        await foreach (var item in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = item.Record;
            var storeTime = TimeSpan.Zero;
            if (record.Status != DocumentStatus.Skipped)
            {
                var started = Stopwatch.GetTimestamp();
                record = await SaveAsync(runId, item, cancellationToken).ConfigureAwait(false);
                storeTime = Stopwatch.GetElapsedTime(started);
            }

            var outcome = new DocumentOutcome(item.Index, record, item.Timings with { Store = storeTime });
            outcomes[item.Index] = outcome;
            done++;
            failed += record.Status == DocumentStatus.Failed ? 1 : 0;
            skipped += record.Status == DocumentStatus.Skipped ? 1 : 0;
            progress?.Report(new PipelineProgress(done, total, failed, skipped, clock.Elapsed, outcome));
            options.AfterStored?.Invoke(outcome);
        }
    }

    private async Task<DocumentRecord> SaveAsync(long runId, Processed item, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await store.SaveAsync(runId, item.Record, item.Report, item.Audit, options.Force, cancellationToken).ConfigureAwait(false);

            // The same bytes under two names in one batch: the second finds the first already stored.
            return saved == SaveOutcome.AlreadyIngested ? item.Record with { Status = DocumentStatus.Skipped } : item.Record;
        }
        catch (Exception e) when (e is not OperationCanceledException && item.Report is not null)
        {
            // The model could not be stored (a bug, a constraint): keep the batch going and record why.
            var failure = DocumentRecord.Failure(item.Record.Path, item.Record.Sha256, item.Record.Pages, "storage-error", e.GetType().Name + ": " + e.Message);
            await store.SaveAsync(runId, failure, null, null, force: true, cancellationToken).ConfigureAwait(false);
            return failure;
        }
    }

    private async Task<Processed> ProcessAsync(int index, string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        StageTimings ReadTimings() => new(Stopwatch.GetElapsedTime(started), default, default, default);

        // The timeout covers reading the bytes too: a file on a stalled disk or share fails with 'timeout' like a slow parse.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DocumentTimeout);
        byte[] bytes;
        try
        {
            // Checked before opening: opening a FIFO waits for a writer, reading a device may never end.
            if (InputFile.Refusal(path, options.MaxFileSize) is { } refusal)
            {
                return Processed.WithoutModel(index, DocumentRecord.Failure(path, string.Empty, null, refusal.Kind, refusal.Message), ReadTimings());
            }

            // On a worker thread, so that an open that blocks (the file swapped for a FIFO since the check) cannot hold this one.
            var reading = Task.Run(() => ioRetry.ExecuteAsync(static async (state, ct) => await ReadBoundedAsync(state.path, state.MaxFileSize, ct).ConfigureAwait(false), (path, options.MaxFileSize), timeout.Token).AsTask(), timeout.Token);
            if (await reading.WaitAsync(timeout.Token).ConfigureAwait(false) is not { } read)
            {
                var (kind, message) = InputFile.Refusal(path, options.MaxFileSize) ?? ("limit-exceeded", $"{path} grew over the limit of {options.MaxFileSize} bytes while it was read.");
                return Processed.WithoutModel(index, DocumentRecord.Failure(path, string.Empty, null, kind, message), ReadTimings());
            }

            bytes = read;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var message = $"Not finished after {options.DocumentTimeout.TotalSeconds:0.#} s (stage: read).";
            return Processed.WithoutModel(index, DocumentRecord.Failure(path, string.Empty, null, "timeout", message), ReadTimings());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Processed.WithoutModel(index, DocumentRecord.Failure(path, string.Empty, null, "io-error", e.Message), ReadTimings());
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!options.Force && await store.FindIngestedAsync(sha256, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            // The stored facts (kind, pages, entity, counts) under this run's name for the file.
            var skipped = stored with { File = Path.GetFileName(path), Path = path, Status = DocumentStatus.Skipped };
            return Processed.WithoutModel(index, skipped, ReadTimings());
        }

        var work = new Work(this, path, sha256, bytes, started);
        try
        {
            await Task.Run(work.Run, timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
            return new Processed(index, DocumentRecord.FromReport(path, work.Report!, work.Audit!), work.Report, work.Audit, work.Timings);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var message = $"Not finished after {options.DocumentTimeout.TotalSeconds:0.#} s (stage: {work.Stage}).";
            return Processed.WithoutModel(index, DocumentRecord.Failure(path, sha256, work.Pages, "timeout", message), work.TimingsUntilNow());
        }
        catch (PdfException e)
        {
            return Processed.WithoutModel(index, DocumentRecord.Failure(path, sha256, work.Pages, e.Kind, e.Message), work.Timings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a layer must not stop the batch: the document is recorded with the exception's type and message.
            return Processed.WithoutModel(index, DocumentRecord.Failure(path, sha256, work.Pages, "internal-error", e.GetType().Name + ": " + e.Message), work.Timings);
        }
    }

    /// <summary>Reads a file's bytes, or returns <see langword="null"/> when the open file is longer than
    /// <paramref name="maxLength"/> (it grew since it was checked): it is not read to its end.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(string path, long maxLength, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var length = stream.Length;
            if (length > maxLength)
            {
                return null;
            }

            var bytes = new byte[length];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
    }

    /// <summary>One document's read → parse → audit, run on a worker thread; its fields say how far it got.</summary>
    private sealed class Work(IngestPipeline owner, string path, string sha256, byte[] bytes, long started)
    {
        private byte[]? bytes = bytes;

        public volatile string Stage = "read";

        public int? Pages { get; private set; }

        public CeplanReport? Report { get; private set; }

        public AuditResult? Audit { get; private set; }

        public StageTimings Timings { get; private set; }

        /// <summary>Gets the timings with the stage still running given the time it has run so far (a document that
        /// timed out took its timeout, not just the stages it finished).</summary>
        public StageTimings TimingsUntilNow()
        {
            var done = Timings;
            var running = Stopwatch.GetElapsedTime(started) - done.Total;
            return Stage switch
            {
                "parse" => done with { Parse = done.Parse + running },
                "audit" => done with { Audit = done.Audit + running },
                "done" => done,
                _ => done with { Read = done.Read + running },
            };
        }

        public void Run()
        {
            var file = System.IO.Path.GetFileName(path);
            using var document = PasswordAttempts.Open(bytes!, owner.options.Pdf, owner.options.Passwords);
            bytes = null;
            Pages = document.PageCount;
            var read = Stopwatch.GetElapsedTime(started);
            Timings = new StageTimings(read, default, default, default);
            Stage = "parse";
            var mark = Stopwatch.GetTimestamp();
            Report = owner.processor.Parse(document, file, sha256);
            var parse = Stopwatch.GetElapsedTime(mark);
            Timings = Timings with { Parse = parse };
            Stage = "audit";
            mark = Stopwatch.GetTimestamp();
            Audit = owner.processor.Audit(Report);
            Timings = Timings with { Audit = Stopwatch.GetElapsedTime(mark) };
            Stage = "done";
        }
    }

    private sealed record Processed(int Index, DocumentRecord Record, CeplanReport? Report, AuditResult? Audit, StageTimings Timings)
    {
        public static Processed WithoutModel(int index, DocumentRecord record, StageTimings timings) => new(index, record, null, null, timings);
    }
}

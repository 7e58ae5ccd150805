namespace Ingest.Pipeline;

/// <summary>How a batch is run.</summary>
public sealed record PipelineOptions
{
    /// <summary>Gets the number of documents parsed and audited in parallel.</summary>
    /// <value>The default value is 1.</value>
    public int Workers { get; init; } = 1;

    /// <summary>Gets a value indicating whether documents already in the store are processed again and replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the time a document may take to be read, parsed and audited before it fails with <c>timeout</c>.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets the size in bytes of the largest file read; a larger one fails with <c>limit-exceeded</c> without being read.</summary>
    /// <value>The default value is 1 GiB.</value>
    public long MaxFileSize { get; init; } = 1L << 30;

    /// <summary>Gets the command line recorded with the run.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>Gets the clock for the run's timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Gets PDF reading options (password, limits).</summary>
    public PdfReadOptions? Pdf { get; init; }

    /// <summary>Gets the passwords tried, in order, on an encrypted file that the password of <see cref="Pdf"/> (the empty one
    /// by default) does not open; a file that none opens fails with <c>password-required</c>. They are never stored or
    /// printed: record them in <see cref="Arguments"/> masked.</summary>
    /// <value>The default value is no password.</value>
    public IReadOnlyList<string> Passwords { get; init; } = [];

    /// <summary>Gets a hook called after each document is recorded, on the store stage (tests stop a run midway with it).</summary>
    internal Action<DocumentOutcome>? AfterStored { get; init; }
}

/// <summary>How long each stage took for one document.</summary>
/// <param name="Read">Reading the bytes, hashing them and opening the PDF.</param>
/// <param name="Parse">Classifying and parsing.</param>
/// <param name="Audit">Auditing.</param>
/// <param name="Store">Writing to the store.</param>
public readonly record struct StageTimings(TimeSpan Read, TimeSpan Parse, TimeSpan Audit, TimeSpan Store)
{
    /// <summary>Gets the sum of the stages.</summary>
    public TimeSpan Total => Read + Parse + Audit + Store;
}

/// <summary>What became of one input file in a run.</summary>
/// <param name="Index">The file's position in the input list.</param>
/// <param name="Document">The document's record (its status, error, counts).</param>
/// <param name="Timings">How long each stage took.</param>
public sealed record DocumentOutcome(int Index, DocumentRecord Document, StageTimings Timings);

/// <summary>Where a run is, reported after each document.</summary>
/// <param name="Done">Files finished.</param>
/// <param name="Total">Files in the run.</param>
/// <param name="Failed">Files that failed so far.</param>
/// <param name="Skipped">Files skipped so far.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Last">The file just finished.</param>
public sealed record PipelineProgress(int Done, int Total, int Failed, int Skipped, TimeSpan Elapsed, DocumentOutcome Last);

/// <summary>The outcome of a run.</summary>
/// <param name="RunId">The run's id in the store.</param>
/// <param name="Outcomes">One outcome per finished file, in input order (the same whatever the number of workers).</param>
/// <param name="Total">The number of input files.</param>
/// <param name="Elapsed">The run's wall-clock time.</param>
/// <param name="Cancelled">Whether the run stopped before every file was finished.</param>
public sealed record PipelineResult(long RunId, IReadOnlyList<DocumentOutcome> Outcomes, int Total, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>Gets the number of outcomes with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(DocumentStatus status) => Outcomes.Count(o => o.Document.Status == status);
}

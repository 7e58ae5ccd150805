namespace Ingest.Storage;

/// <summary>
/// The one narrow interface through which the pipeline stores documents (SPEC section 8): an embedded SQLite file by
/// default, a shared server database for several workers later. Idempotency comes from a unique document hash and one
/// transaction per document, so storing a document twice (a re-run, a redelivered message) is harmless.
/// </summary>
public interface IReportStore : IAsyncDisposable
{
    /// <summary>Records the start of a run.</summary>
    /// <param name="run">What the run was asked to do.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run's id.</returns>
    Task<long> StartRunAsync(RunStart run, CancellationToken cancellationToken = default);

    /// <summary>Records the end of a run with its totals.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="totals">How many files ended in each status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the run is recorded.</returns>
    Task FinishRunAsync(long runId, RunTotals totals, CancellationToken cancellationToken = default);

    /// <summary>Finds the record of a document already ingested (status <c>ok</c>, <c>partial</c> or <c>no-text</c>) with this hash.</summary>
    /// <param name="sha256">The SHA-256, lower-case hex.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record, or <see langword="null"/> when no ingested document has this hash (a failed one does not count).</returns>
    Task<DocumentRecord?> FindIngestedAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Stores one document (its record and, when parsed, its model and findings) in one transaction.</summary>
    /// <param name="runId">The run storing it.</param>
    /// <param name="document">The document's record (status ok, partial, no-text or failed).</param>
    /// <param name="report">The parsed report; <see langword="null"/> for a failure.</param>
    /// <param name="audit">The audit; <see langword="null"/> for a failure.</param>
    /// <param name="force"><see langword="true"/> to replace a document already ingested with the same hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="SaveOutcome.Stored"/>, or <see cref="SaveOutcome.AlreadyIngested"/> when the hash was already ingested and <paramref name="force"/> is off (nothing changed).</returns>
    Task<SaveOutcome> SaveAsync(long runId, DocumentRecord document, CeplanReport? report, AuditResult? audit, bool force, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored documents ordered by file name, then hash.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The documents.</returns>
    IAsyncEnumerable<DocumentRecord> DocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a stored document with its model.</summary>
    /// <param name="sha256">The document's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, or <see langword="null"/> when no parsed document has this hash.</returns>
    Task<StoredReport?> LoadAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Lists the stored findings that match a query in the order of <see cref="AlertOrder"/> (errors, then
    /// <c>unread-element</c> warnings, then other warnings, then infos), then by file, page, rule.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The findings.</returns>
    IAsyncEnumerable<FindingRecord> FindingsAsync(FindingQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IReportStore.SaveAsync"/> did.</summary>
public enum SaveOutcome
{
    /// <summary>The document was written.</summary>
    Stored,

    /// <summary>A document with the same hash was already ingested; nothing was written.</summary>
    AlreadyIngested,
}

/// <summary>What a run was asked to do.</summary>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="Arguments">The inputs and options, as given.</param>
/// <param name="Workers">The number of parallel workers.</param>
/// <param name="Force">Whether already-ingested documents are replaced.</param>
/// <param name="Files">The number of input files found.</param>
public sealed record RunStart(DateTimeOffset StartedAt, string Arguments, int Workers, bool Force, int Files);

/// <summary>How a run ended.</summary>
/// <param name="FinishedAt">When it finished (UTC).</param>
/// <param name="Ok">Files ingested whole.</param>
/// <param name="NoText">Files without a text layer.</param>
/// <param name="Failed">Files that failed.</param>
/// <param name="Skipped">Files already in the database.</param>
/// <param name="Cancelled">Whether the run was cancelled before it went through every file.</param>
/// <param name="Partial">Files ingested of which part could not be read.</param>
public sealed record RunTotals(DateTimeOffset FinishedAt, int Ok, int NoText, int Failed, int Skipped, bool Cancelled, int Partial = 0);

/// <summary>Filters of <see cref="IReportStore.FindingsAsync"/>; a <see langword="null"/> filter matches everything.</summary>
/// <param name="MinSeverity">The least severity listed (<c>warning</c> lists warnings and errors).</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Entity">A text found in the entity's code or name (case-insensitive), or in the file name.</param>
public sealed record FindingQuery(Severity? MinSeverity = null, string? Rule = null, string? Entity = null);

/// <summary>A stored finding with the document it belongs to.</summary>
/// <param name="File">The document's file name.</param>
/// <param name="Sha256">The document's hash.</param>
/// <param name="Entity">The document's entity, when read.</param>
/// <param name="Finding">The finding.</param>
public sealed record FindingRecord(string File, string Sha256, EntityRef? Entity, Finding Finding);

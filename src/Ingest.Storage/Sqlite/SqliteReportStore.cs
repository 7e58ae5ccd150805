using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace Ingest.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode (schema in <c>docs/schema.md</c>).</summary>
/// <remarks>
/// Safe to call from several threads: each call opens its own pooled connection. Writes take the write lock at the start
/// of their transaction (<c>BEGIN IMMEDIATE</c>); a database busy with another process is retried with exponential
/// backoff (<see cref="BusyRetry"/>) on top of SQLite's own busy timeout.
/// </remarks>
public sealed partial class SqliteReportStore : IReportStore
{
    private readonly string connectionString;
    private readonly ResiliencePipeline retry;

    private SqliteReportStore(string connectionString, ResiliencePipeline retry)
    {
        this.connectionString = connectionString;
        this.retry = retry;
    }

    /// <summary>Gets the path of the database file.</summary>
    public string Path { get; private init; } = string.Empty;

    /// <summary>Gets or sets a hook called inside each document's transaction just before it commits (tests simulate a crash there).</summary>
    internal Action<DocumentRecord>? BeforeCommit { get; set; }

    /// <summary>Opens (creating when missing) a database file and brings its schema up to date.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="retry">The policy for a busy database; <see cref="BusyRetry"/> when omitted.</param>
    /// <returns>The store.</returns>
    /// <exception cref="SqliteException">The file is not a database, or cannot be created.</exception>
    public static SqliteReportStore Open(string path, ResiliencePipeline? retry = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        var store = new SqliteReportStore(builder.ToString(), retry ?? BusyRetry()) { Path = full };
        store.retry.Execute(static s =>
        {
            using var connection = s.Connect();
            Exec(connection, null, "PRAGMA journal_mode = WAL;");
            var version = UserVersion(connection);
            if (version > SqliteSchema.Version)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The database {s.Path} has schema version {version}; this version of ingest reads up to {SqliteSchema.Version}."));
            }

            if (version == 1)
            {
                // Foreign keys off while the documents table is rebuilt, so that dropping the old one takes nothing with it.
                Exec(connection, null, "PRAGMA foreign_keys = OFF;");
                using var migrate = connection.BeginTransaction();
                Exec(connection, migrate, SqliteSchema.FromVersion1);
                Exec(connection, migrate, "PRAGMA user_version = 2;");
                migrate.Commit();
                Exec(connection, null, "PRAGMA foreign_keys = ON;");
            }

            using var tx = connection.BeginTransaction();
            Exec(connection, tx, SqliteSchema.Create);
            Exec(connection, tx, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {SqliteSchema.Version};"));
            tx.Commit();
        }, store);
        return store;
    }

    /// <summary>Creates the retry policy for a busy or locked database: up to 8 retries, exponential backoff from 50 ms with jitter.</summary>
    /// <returns>The policy.</returns>
    public static ResiliencePipeline BusyRetry() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsBusy),
            MaxRetryAttempts = 8,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
        })
        .Build();

    /// <summary>Tells whether an error is SQLITE_BUSY or SQLITE_LOCKED (another connection holds the lock).</summary>
    /// <param name="e">The error.</param>
    /// <returns><see langword="true"/> when retrying may succeed.</returns>
    public static bool IsBusy(SqliteException e) => e.SqliteErrorCode is 5 or 6;

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<long> StartRunAsync(RunStart run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return await retry.ExecuteAsync(
            static (state, _) =>
            {
                using var connection = state.Store.Connect();
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO runs (started_at, arguments, workers, force, files) VALUES ($s, $a, $w, $f, $n) RETURNING id;";
                command.Parameters.AddWithValue("$s", Timestamp(state.Run.StartedAt));
                command.Parameters.AddWithValue("$a", state.Run.Arguments);
                command.Parameters.AddWithValue("$w", state.Run.Workers);
                command.Parameters.AddWithValue("$f", state.Run.Force ? 1 : 0);
                command.Parameters.AddWithValue("$n", state.Run.Files);
                return ValueTask.FromResult((long)command.ExecuteScalar()!);
            },
            (Store: this, Run: run),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task FinishRunAsync(long runId, RunTotals totals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(totals);
        await retry.ExecuteAsync(
            static (state, _) =>
            {
                using var connection = state.Store.Connect();
                Exec(
                    connection,
                    null,
                    "UPDATE runs SET finished_at = $t, ok = $ok, partial = $p, no_text = $nt, failed = $f, skipped = $s, cancelled = $c WHERE id = $id;",
                    ("$p", state.Totals.Partial),
                    ("$t", Timestamp(state.Totals.FinishedAt)),
                    ("$ok", state.Totals.Ok),
                    ("$nt", state.Totals.NoText),
                    ("$f", state.Totals.Failed),
                    ("$s", state.Totals.Skipped),
                    ("$c", state.Totals.Cancelled ? 1 : 0),
                    ("$id", state.RunId));
                return ValueTask.CompletedTask;
            },
            (Store: this, RunId: runId, Totals: totals),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<DocumentRecord?> FindIngestedAsync(string sha256, CancellationToken cancellationToken = default)
        => await retry.ExecuteAsync(
            static (state, _) =>
            {
                using var connection = state.Store.Connect();
                using var command = connection.CreateCommand();
                command.CommandText = DocumentColumns + " WHERE d.sha256 = $h AND d.status IN ('ok', 'partial', 'no-text');";
                command.Parameters.AddWithValue("$h", state.Sha256);
                using var reader = command.ExecuteReader();
                return ValueTask.FromResult(reader.Read() ? ReadDocument(reader) : null);
            },
            (Store: this, Sha256: sha256),
            cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<SaveOutcome> SaveAsync(long runId, DocumentRecord document, CeplanReport? report, AuditResult? audit, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Status == DocumentStatus.Skipped)
        {
            throw new ArgumentException("A skipped document is not stored.", nameof(document));
        }

        // Serialised outside the transaction so that the write lock is held only for the inserts.
        var json = report is not null && audit is not null ? ReportJson.Serialize(report, audit, ReportJson.Compact) : null;
        return await retry.ExecuteAsync(
            static (state, _) => ValueTask.FromResult(state.Store.Save(state.RunId, state.Document, state.Report, state.Audit, state.Json, state.Force)),
            (Store: this, RunId: runId, Document: document, Report: report, Audit: audit, Json: json, Force: force),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DocumentRecord> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = DocumentColumns + " ORDER BY d.file, d.sha256;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadDocument(reader);
        }
    }

    /// <inheritdoc/>
    public async Task<StoredReport?> LoadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = DocumentColumns + " WHERE d.sha256 = $h AND d.model_json IS NOT NULL;";
        command.Parameters.AddWithValue("$h", sha256);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var record = ReadDocument(reader);
        var (report, audit) = ReportJson.Deserialize(reader.GetString(reader.GetOrdinal("model_json")));
        return new StoredReport(record, report, audit);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<FindingRecord> FindingsAsync(FindingQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await Task.Yield();
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.file, d.sha256, e.code, e.name, f.finding_id, f.rule, f.severity, f.code, f.period, f.stated, f.recomputed,
                   f.tolerance, f.explanation, f.message, f.page, f.box, f.table_id, f.row, f.col, f.raw
            FROM findings f JOIN documents d ON d.id = f.document_id LEFT JOIN entities e ON e.document_id = d.id
            WHERE ($min IS NULL OR f.severity_rank >= $min)
              AND ($rule IS NULL OR f.rule = $rule)
              AND ($entity IS NULL OR e.code LIKE $entity OR e.name LIKE $entity OR d.file LIKE $entity)
            ORDER BY CASE WHEN f.severity_rank = 2 THEN 0 WHEN f.rule = $unread THEN 1 WHEN f.severity_rank = 1 THEN 2 ELSE 3 END,
                     d.file, d.sha256, f.page, f.rule, f.ord;
            """;
        command.Parameters.AddWithValue("$unread", RuleIds.UnreadElement);
        command.Parameters.AddWithValue("$min", query.MinSeverity is { } s ? (int)s : DBNull.Value);
        command.Parameters.AddWithValue("$rule", (object?)query.Rule ?? DBNull.Value);
        command.Parameters.AddWithValue("$entity", query.Entity is { } e ? "%" + e + "%" : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = reader.IsDBNull(3) ? null : new EntityRef(Text(reader, 2), reader.GetString(3));
            var location = new Provenance(reader.IsDBNull(14) ? 0 : reader.GetInt32(14), ParseBox(Text(reader, 15)), Text(reader, 16), Int(reader, 17), Int(reader, 18), reader.GetString(19));
            var finding = new Finding(
                reader.GetString(4),
                reader.GetString(5),
                ParseSeverity(reader.GetString(6)),
                reader.GetString(0),
                location,
                Text(reader, 7),
                Text(reader, 8),
                reader.GetString(9),
                reader.GetString(10),
                Text(reader, 11) is { } t ? decimal.Parse(t, CultureInfo.InvariantCulture) : null,
                reader.GetString(12),
                reader.GetString(13));
            yield return new FindingRecord(reader.GetString(0), reader.GetString(1), entity, finding);
        }
    }

    /// <summary>Gets the identifier of a severity: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The identifier.</returns>
    internal static string SeverityId(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    internal static Severity ParseSeverity(string id) => id switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>The prefix of the key of a file whose bytes could not be read (see <see cref="KeyOf"/>).</summary>
    private const string PathKeyPrefix = "path:";

    private const string DocumentColumns = """
        SELECT d.file, d.path, d.sha256, d.status, d.kind, d.pages, d.error_kind, d.error, e.code, e.name, d.title,
               d.errors, d.warnings, d.infos, d.model_json, d.elements_printed, d.elements_read
        FROM documents d LEFT JOIN entities e ON e.document_id = d.id
        """;

    private static DocumentRecord ReadDocument(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        IsPathKey(r.GetString(2)) ? string.Empty : r.GetString(2),
        DocumentStatuses.Parse(r.GetString(3)),
        r.GetString(4),
        Int(r, 5),
        Text(r, 6),
        Text(r, 7),
        r.IsDBNull(9) ? null : new EntityRef(Text(r, 8), r.GetString(9)),
        Text(r, 10),
        new FindingCounts(r.GetInt32(11), r.GetInt32(12), r.GetInt32(13)),
        Int(r, 15),
        Int(r, 16));

    /// <summary>Gets the key a document is stored under (the <c>sha256</c> column): its SHA-256, or for a file whose
    /// bytes could not be read, <see cref="PathKeyPrefix"/> and the SHA-256 of its path, so that each such file has one
    /// row that a re-run replaces.</summary>
    private static string KeyOf(DocumentRecord document) => document.Sha256.Length > 0 ? document.Sha256 : PathKey(document.Path);

    private static string PathKey(string path) => PathKeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)));

    private static bool IsPathKey(string key) => key.StartsWith(PathKeyPrefix, StringComparison.Ordinal);

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Exec(connection, null, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private static long UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static Ingest.Pdf.PdfRect? ParseBox(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        return new Ingest.Pdf.PdfRect(
            double.Parse(parts[0], CultureInfo.InvariantCulture),
            double.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    private static void Exec(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}

using Ingest.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Tests;

public sealed class SqliteReportStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ingest-store-").FullName;

    private string DbPath => Path.Combine(folder, "ingest.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Open_NewFile_CreatesTheDocumentedTablesInWalMode()
    {
        await using var store = SqliteReportStore.Open(DbPath);

        Assert.Equal("wal", Scalar("PRAGMA journal_mode;"));
        var tables = Rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;").Select(r => r[0]).ToList();
        Assert.Equal(
            ["actions", "claims", "documents", "entities", "figure_rows", "figure_tables", "findings", "indicators", "objectives", "observations", "reconciled", "runs", "stated_figures", "summaries"],
            tables);
    }

    [Fact]
    public async Task SaveAsync_Report_WritesTheModelIntoItsTables()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();

        var outcome = await store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false);

        Assert.Equal(SaveOutcome.Stored, outcome);
        Assert.Equal("1", Scalar("SELECT count(*) FROM documents;"));
        Assert.Equal(["pei.pdf", "ok", "pei-seguimiento", "3", "1", "1", "0"], Rows("SELECT file, status, kind, pages, errors, warnings, infos FROM documents;")[0]);
        Assert.Equal("300597|GOBIERNO REGIONAL DE AREQUIPA", string.Join('|', Rows("SELECT code, name FROM entities;")[0]));
        Assert.Equal("2", Scalar("SELECT count(*) FROM indicators;"));
        Assert.Equal("8", Scalar("SELECT count(*) FROM observations;"));
        Assert.Equal("113|2|none|113.00%|2", string.Join('|', Rows("SELECT value, decimals, missing, raw, page FROM observations WHERE code = 'IND.01.AEI.01.01' AND measure = 'stated-progress';")[0]));
        Assert.Equal("not-available", Scalar("SELECT missing FROM observations WHERE code = 'IND.01.AEI.01.02' AND measure = 'obtained';"));
        Assert.Equal("F0001|indicator-progress|error|2|t2.1|0|3|300,200,340,212", string.Join('|', Rows("SELECT finding_id, rule, severity, page, table_id, row, col, box FROM findings ORDER BY ord;")[0]));
        Assert.Equal("2", Scalar("SELECT count(*) FROM reconciled;"));
        Assert.Equal("1", Scalar("SELECT count(*) FROM summaries;"));
        Assert.Equal("progress=98.5;count=32(words 32)", Scalar("SELECT numbers FROM claims;"));
        Assert.Equal("2", Scalar("SELECT count(*) FROM actions;"));
    }

    [Fact]
    public async Task SaveAsync_SameHashAgain_IsANoOp()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        var record = DocumentRecord.FromReport("/in/pei.pdf", report, audit);
        await store.SaveAsync(run, record, report, audit, force: false);

        var again = await store.SaveAsync(run, record with { File = "copy.pdf" }, report, audit, force: false);

        Assert.Equal(SaveOutcome.AlreadyIngested, again);
        Assert.Equal("pei.pdf", (await store.FindIngestedAsync(record.Sha256))?.File);
        Assert.Equal("pei.pdf", Scalar("SELECT file FROM documents;"));
        Assert.Equal("2", Scalar("SELECT count(*) FROM findings;"));
    }

    [Fact]
    public async Task SaveAsync_Force_ReplacesTheDocumentAndItsRows()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false);

        var again = await store.SaveAsync(run, DocumentRecord.FromReport("/in/renamed.pdf", report, audit), report, audit, force: true);

        Assert.Equal(SaveOutcome.Stored, again);
        Assert.Equal("renamed.pdf", Scalar("SELECT file FROM documents;"));
        Assert.Equal("2", Scalar("SELECT count(*) FROM findings;"));
        Assert.Equal("8", Scalar("SELECT count(*) FROM observations;"));
    }

    [Fact]
    public async Task SaveAsync_FailureThenSuccess_TheFailureIsRetriedAndReplaced()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        await store.SaveAsync(run, DocumentRecord.Failure("/in/pei.pdf", report.Document.Sha256, null, "timeout", "too slow"), null, null, force: false);
        Assert.Null(await store.FindIngestedAsync(report.Document.Sha256));

        var outcome = await store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false);

        Assert.Equal(SaveOutcome.Stored, outcome);
        Assert.Equal("ok|", string.Join('|', Rows("SELECT status, error_kind FROM documents;")[0]));
    }

    [Fact]
    public async Task SaveAsync_CrashBeforeCommit_LeavesNoTraceAndASecondAttemptStoresItOnce()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        var record = DocumentRecord.FromReport("/in/pei.pdf", report, audit);
        store.BeforeCommit = _ => throw new InvalidOperationException("killed");

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(run, record, report, audit, force: false));
        Assert.Equal("0", Scalar("SELECT count(*) FROM documents;"));
        Assert.Equal("0", Scalar("SELECT count(*) FROM indicators;"));

        store.BeforeCommit = null;
        await store.SaveAsync(run, record, report, audit, force: false);
        Assert.Equal("1", Scalar("SELECT count(*) FROM documents;"));
        Assert.Equal("2", Scalar("SELECT count(*) FROM indicators;"));
    }

    [Fact]
    public async Task LoadAsync_StoredReport_RoundTripsTheModel()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false);

        var loaded = await store.LoadAsync(report.Document.Sha256);

        Assert.NotNull(loaded);
        Assert.Equal(ReportJson.Serialize(report, audit), ReportJson.Serialize(loaded.Report, loaded.Audit));
        Assert.Equal(report.Indicators[0].Observations[2].Value, loaded.Report.Indicators[0].Observations[2].Value);
        Assert.Equal("GOBIERNO REGIONAL DE AREQUIPA", loaded.Document.Entity?.Name);
        Assert.Null(await store.LoadAsync(SampleReports.Sha('f')));
    }

    [Fact]
    public async Task FindingsAsync_Filters_BySeverityRuleAndEntity()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false);

        var all = await ToList(store.FindingsAsync(new FindingQuery()));
        var errors = await ToList(store.FindingsAsync(new FindingQuery(MinSeverity: Severity.Error)));
        var narrative = await ToList(store.FindingsAsync(new FindingQuery(Rule: RuleIds.NarrativeContradiction)));
        var arequipa = await ToList(store.FindingsAsync(new FindingQuery(Entity: "arequipa")));
        var other = await ToList(store.FindingsAsync(new FindingQuery(Entity: "CUSCO")));

        Assert.Equal(["F0001", "F0002"], all.Select(f => f.Finding.Id));
        Assert.Equal(["F0001"], errors.Select(f => f.Finding.Id));
        Assert.Equal(["F0002"], narrative.Select(f => f.Finding.Id));
        Assert.Equal(2, arequipa.Count);
        Assert.Empty(other);
        Assert.Equal(audit.Findings[0], all[0].Finding with { Location = all[0].Finding.Location with { Box = audit.Findings[0].Location.Box } });
        Assert.Equal(audit.Findings[0].Location.Box, all[0].Finding.Location.Box);
    }

    [Fact]
    public async Task FinishRunAsync_RecordsTheTotals()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());

        await store.FinishRunAsync(run, new RunTotals(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 3, 1, 2, 4, Cancelled: false, Partial: 5));

        Assert.Equal("2026-01-01T00:00:00.000Z|2026-01-02T03:04:05.000Z|2|3|5|1|2|4|0", string.Join('|', Rows("SELECT started_at, finished_at, workers, ok, partial, no_text, failed, skipped, cancelled FROM runs;")[0]));
    }

    [Fact]
    public async Task SaveAsync_PartialReport_RoundTripsItsStatusElementCountsAndCoverage()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Partial();
        var record = DocumentRecord.FromReport("/in/partial.pdf", report, audit);

        await store.SaveAsync(run, record, report, audit, force: false);

        Assert.Equal(DocumentStatus.Partial, record.Status);
        Assert.Equal(["partial", "7", "5"], Rows("SELECT status, elements_printed, elements_read FROM documents;")[0]);
        var stored = Assert.Single(await ToList(store.DocumentsAsync()));
        Assert.Equal((DocumentStatus.Partial, 7, 5), (stored.Status, stored.ElementsPrinted, stored.ElementsRead));
        var loaded = await store.LoadAsync(record.Sha256);
        Assert.Equal(["AEI.02.01", "IND.01.AEI.02.01"], loaded?.Report.Coverage?.Unread.Select(u => u.Code));
        Assert.Equal(UnreadReason.TableNotRecognised, loaded?.Report.Coverage?.Unread[0].Reason);
        Assert.Equal((7, 5), (loaded?.Report.Coverage?.PrintedCount, loaded?.Report.Coverage?.ReadCount));
    }

    [Fact]
    public async Task FindIngestedAsync_PartialDocument_IsFoundSoARerunSkipsIt()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Partial();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/partial.pdf", report, audit), report, audit, force: false);

        var found = await store.FindIngestedAsync(report.Document.Sha256);

        Assert.Equal(DocumentStatus.Partial, found?.Status);
    }

    [Fact]
    public async Task FindingsAsync_UnreadElements_ComeRightAfterTheErrors()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (pei, peiAudit) = SampleReports.Pei("a.pdf");
        var info = peiAudit.Findings[1] with { Id = "F0003", Rule = RuleIds.MissingData, Severity = Severity.Info };
        peiAudit = peiAudit with { Findings = [.. peiAudit.Findings, info] };
        var (partial, partialAudit) = SampleReports.Partial();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/a.pdf", pei, peiAudit), pei, peiAudit, force: false);
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/partial.pdf", partial, partialAudit), partial, partialAudit, force: false);

        var all = await ToList(store.FindingsAsync(new FindingQuery()));
        var unread = await ToList(store.FindingsAsync(new FindingQuery(Rule: RuleIds.UnreadElement)));

        Assert.Equal(
            ["a.pdf indicator-progress", "partial.pdf unread-table", "partial.pdf unread-element", "partial.pdf unread-element", "a.pdf narrative-contradiction", "a.pdf missing-data"],
            all.Select(f => f.File + " " + f.Finding.Rule));
        Assert.Equal(["F0002", "F0003"], unread.Select(f => f.Finding.Id));
    }

    [Fact]
    public void Open_DatabaseOfANewerVersion_FailsNamingBothVersions()
    {
        using (var newer = new SqliteConnection("Data Source=" + DbPath + ";Pooling=False"))
        {
            newer.Open();
            using var command = newer.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteReportStore.Open(DbPath));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("up to 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_Version1Database_MigratesToVersion2KeepingItsRows()
    {
        using (var old = new SqliteConnection("Data Source=" + DbPath + ";Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = SchemaVersion1.Create + """
                PRAGMA user_version = 1;
                INSERT INTO runs (id, started_at, arguments, workers, force, files, ok, no_text, failed, skipped, cancelled)
                    VALUES (1, '2025-01-01T00:00:00.000Z', 'run old', 1, 0, 1, 1, 0, 0, 0, 0);
                INSERT INTO documents (id, sha256, file, path, status, kind, pages, errors, warnings, infos, run_id)
                    VALUES (7, 'old-hash', 'old.pdf', '/in/old.pdf', 'ok', 'pei-seguimiento', 3, 1, 0, 0, 1);
                INSERT INTO findings (document_id, ord, finding_id, rule, severity, severity_rank, stated, recomputed, explanation, message, raw)
                    VALUES (7, 0, 'F0001', 'indicator-progress', 'error', 2, '113.00', '100.00', 'capped', 'El avance supera el 100%.', '113.00%');
                INSERT INTO observations (document_id, subject, subject_ord, code, measure, period, value, decimals, missing, raw)
                    VALUES (7, 'indicator', 0, 'IND.01.AEI.01.01', 'obtained', '2024', 90.4, 2, 'none', '90.40');
                """;
            create.ExecuteNonQuery();
        }

        await using var store = SqliteReportStore.Open(DbPath);

        Assert.Equal("2", Scalar("PRAGMA user_version;"));
        Assert.Equal(["old.pdf", "ok", "", ""], Rows("SELECT file, status, elements_printed, elements_read FROM documents WHERE id = 7;")[0]);
        Assert.Equal("F0001|old.pdf", string.Join('|', Rows("SELECT f.finding_id, d.file FROM findings f JOIN documents d ON d.id = f.document_id;")[0]));
        Assert.Equal("IND.01.AEI.01.01|old.pdf", string.Join('|', Rows("SELECT o.code, d.file FROM observations o JOIN documents d ON d.id = o.document_id;")[0]));
        Assert.Empty(Rows("PRAGMA foreign_key_check;"));
        Assert.Equal("old.pdf", Assert.Single(await ToList(store.FindingsAsync(new FindingQuery()))).File);
        Assert.Equal(1, Assert.Single(await ToList(store.DocumentsAsync())).Findings.Errors);

        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Partial();
        await store.SaveAsync(run, DocumentRecord.FromReport("/in/partial.pdf", report, audit), report, audit, force: false);
        await store.FinishRunAsync(run, new RunTotals(DateTimeOffset.UnixEpoch, 0, 0, 0, 0, Cancelled: false, Partial: 1));

        Assert.Equal(["partial", "7", "5"], Rows("SELECT status, elements_printed, elements_read FROM documents WHERE file = 'partial.pdf';")[0]);
        Assert.Equal("1", Scalar($"SELECT partial FROM runs WHERE id = {run};"));

        // The children still cascade from the rebuilt documents table.
        using (var connection = new SqliteConnection("Data Source=" + DbPath + ";Pooling=False;Foreign Keys=True"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM documents WHERE id = 7;";
            delete.ExecuteNonQuery();
        }

        Assert.Equal("0", Scalar("SELECT count(*) FROM findings WHERE document_id = 7;"));
        Assert.Equal("0", Scalar("SELECT count(*) FROM observations WHERE document_id = 7;"));
    }

    [Fact]
    public async Task BusyRetry_SqliteBusyTwice_SucceedsOnTheThirdAttempt()
    {
        var attempts = 0;
        var result = await SqliteReportStore.BusyRetry().ExecuteAsync(_ =>
        {
            attempts++;
            return attempts < 3 ? throw new SqliteException("database is locked", 5) : ValueTask.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task SaveAsync_AnotherConnectionHoldsTheWriteLock_WaitsAndStores()
    {
        await using var store = SqliteReportStore.Open(DbPath);
        var run = await store.StartRunAsync(Start());
        var (report, audit) = SampleReports.Pei();
        using var blocker = new SqliteConnection("Data Source=" + DbPath + ";Pooling=False");
        blocker.Open();
        using var tx = blocker.BeginTransaction(deferred: false);
        var save = Task.Run(() => store.SaveAsync(run, DocumentRecord.FromReport("/in/pei.pdf", report, audit), report, audit, force: false));
        await Task.Delay(300);
        Assert.False(save.IsCompleted);
        tx.Commit();

        Assert.Equal(SaveOutcome.Stored, await save);
    }

    private static RunStart Start() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "run in", 2, false, 1);

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private string? Scalar(string sql) => Rows(sql).FirstOrDefault()?[0];

    private List<string[]> Rows(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + DbPath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}

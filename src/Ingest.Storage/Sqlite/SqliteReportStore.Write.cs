using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Storage.Sqlite;

/// <content>Writing one document in one transaction.</content>
public sealed partial class SqliteReportStore
{
    private SaveOutcome Save(long runId, DocumentRecord document, CeplanReport? report, AuditResult? audit, string? json, bool force)
    {
        using var connection = Connect();

        // BEGIN IMMEDIATE: the write lock is taken up front, so a busy database fails here (and is retried) rather than
        // half-way through the inserts.
        using var tx = connection.BeginTransaction(deferred: false);
        using (var find = connection.CreateCommand())
        {
            find.Transaction = tx;
            find.CommandText = "SELECT id, status FROM documents WHERE sha256 = $h;";
            find.Parameters.AddWithValue("$h", KeyOf(document));
            using var reader = find.ExecuteReader();
            if (reader.Read())
            {
                var id = reader.GetInt64(0);
                var existing = DocumentStatuses.Parse(reader.GetString(1));
                reader.Close();
                if (existing.IsIngested() && !force)
                {
                    return SaveOutcome.AlreadyIngested;
                }

                Exec(connection, tx, "DELETE FROM documents WHERE id = $id;", ("$id", id));
            }
        }

        var info = report?.Document;
        long documentId;
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO documents (sha256, file, path, status, kind, confidence, pages, error_kind, error, title, plan,
                    evaluated_period, producer, errors, warnings, infos, elements_printed, elements_read, run_id, model_json)
                VALUES ($sha, $file, $path, $status, $kind, $conf, $pages, $ek, $err, $title, $plan, $period, $producer,
                    $errors, $warnings, $infos, $printed, $read, $run, $json)
                RETURNING id;
                """;
            Add(insert, "$sha", KeyOf(document));
            Add(insert, "$file", document.File);
            Add(insert, "$path", document.Path);
            Add(insert, "$status", document.Status.Id());
            Add(insert, "$kind", document.Kind);
            Add(insert, "$conf", info?.Classification.Confidence);
            Add(insert, "$pages", document.Pages);
            Add(insert, "$ek", document.ErrorKind);
            Add(insert, "$err", document.Error);
            Add(insert, "$title", document.Title);
            Add(insert, "$plan", info?.Plan?.Text);
            Add(insert, "$period", info?.EvaluatedPeriod?.ToString());
            Add(insert, "$producer", info?.Producer);
            Add(insert, "$errors", document.Findings.Errors);
            Add(insert, "$warnings", document.Findings.Warnings);
            Add(insert, "$infos", document.Findings.Infos);
            Add(insert, "$printed", document.ElementsPrinted);
            Add(insert, "$read", document.ElementsRead);
            Add(insert, "$run", runId);
            Add(insert, "$json", json);
            documentId = (long)insert.ExecuteScalar()!;
        }

        if (document.Sha256.Length > 0)
        {
            // The file could be read this time: the failure recorded under its path when it could not is superseded.
            Exec(connection, tx, "DELETE FROM documents WHERE sha256 = $key;", ("$key", PathKey(document.Path)));
        }

        if (report is not null && audit is not null)
        {
            WriteModel(connection, tx, documentId, report, audit);
        }

        BeforeCommit?.Invoke(document);
        tx.Commit();
        return SaveOutcome.Stored;
    }

    private static void WriteModel(SqliteConnection connection, SqliteTransaction tx, long id, CeplanReport report, AuditResult audit)
    {
        if (report.Document.Entity is { } e)
        {
            using var entities = new Inserter(connection, tx, "entities", "document_id", "code", "name", "nivel_gobierno", "departamento_code", "departamento", "provincia_code", "provincia", "distrito_code", "distrito");
            entities.Insert(id, e.Code, e.Name, e.NivelGobierno, e.Departamento?.Code, e.Departamento?.Name, e.Provincia?.Code, e.Provincia?.Name, e.Distrito?.Code, e.Distrito?.Name);
        }

        using var observations = new Inserter(connection, tx, "observations", "document_id", "subject", "subject_ord", "code", "measure", "period", "value", "decimals", "missing", "raw", "page", "table_id", "row", "col");
        using (var objectives = new Inserter(connection, tx, "objectives", "document_id", "ord", "code", "name", "priority", "page"))
        {
            for (var i = 0; i < report.Objectives.Count; i++)
            {
                var o = report.Objectives[i];
                objectives.Insert(id, i, o.Code, o.Name, o.Priority, Page(o.Source));
                foreach (var p in o.StatedProgress)
                {
                    InsertObservation(observations, id, "objective", i, o.Code, "stated-progress", p.Period, p.Value);
                }
            }
        }

        using (var actions = new Inserter(connection, tx, "actions", "document_id", "ord", "code", "objective_code", "name", "priority", "page"))
        {
            for (var i = 0; i < report.Actions.Count; i++)
            {
                var a = report.Actions[i];
                actions.Insert(id, i, a.Code, a.ObjectiveCode, a.Name, a.Priority, Page(a.Source));
                foreach (var p in a.StatedProgress)
                {
                    InsertObservation(observations, id, "action", i, a.Code, "stated-progress", p.Period, p.Value);
                }
            }
        }

        using (var indicators = new Inserter(connection, tx, "indicators", "document_id", "ord", "code", "name", "parent_code", "responsible_unit", "organisation_unit", "relevance", "sentido", "sentido_inferred", "aggregation", "unit", "baseline_year", "baseline_value", "page", "table_id", "row"))
        {
            for (var i = 0; i < report.Indicators.Count; i++)
            {
                var n = report.Indicators[i];
                indicators.Insert(id, i, n.Code, n.Name, n.ParentCode, n.ResponsibleUnit, n.OrganisationUnit, ModelIds.Of(n.Relevance), ModelIds.Of(n.Sentido), n.SentidoInferred ? 1 : 0, ModelIds.Of(n.Aggregation), ModelIds.Of(n.Unit), n.BaselineYear, Number(n.BaselineValue), Page(n.Source), n.Source.Table, n.Source.Row);
                foreach (var o in n.Observations)
                {
                    InsertObservation(observations, id, "indicator", i, n.Code, ModelIds.Of(o.Measure), o.Period, o.Value);
                }
            }
        }

        using (var tables = new Inserter(connection, tx, "figure_tables", "document_id", "ord", "table_id", "kind", "title", "subject_code", "columns", "stated_label", "page"))
        using (var rows = new Inserter(connection, tx, "figure_rows", "document_id", "table_ord", "ord", "code", "label", "role", "figures", "page"))
        {
            for (var t = 0; t < report.FigureTables.Count; t++)
            {
                var table = report.FigureTables[t];
                tables.Insert(id, t, table.Id, ModelIds.Of(table.Kind), table.Title, table.SubjectCode, string.Join(';', table.Columns.Select(c => c.Name)), table.StatedLabel, Page(table.Source));
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var row = table.Rows[r];
                    rows.Insert(id, t, r, row.Code, row.Label, ModelIds.Of(row.Role), string.Join(';', row.Values.Select(v => v?.ToString() ?? string.Empty)), Page(row.Source));
                }
            }
        }

        using (var summaries = new Inserter(connection, tx, "summaries", "document_id", "table_ord", "ord", "table_id", "title", "subject", "period", "bins", "label", "role", "counts", "not_available", "total", "page"))
        {
            for (var t = 0; t < report.Summaries.Count; t++)
            {
                var s = report.Summaries[t];
                for (var r = 0; r < s.Rows.Count; r++)
                {
                    var row = s.Rows[r];
                    summaries.Insert(id, t, r, s.Id, s.Title, ModelIds.Of(s.Subject), s.Period?.ToString(), string.Join(';', s.Bins), row.Label, ModelIds.Of(row.Role), string.Join(';', row.Counts.Select(c => c.ToString())), row.NotAvailable?.ToString(), row.Total?.ToString(), Page(row.Source));
                }
            }
        }

        using (var stated = new Inserter(connection, tx, "stated_figures", "document_id", "ord", "kind", "label", "scope", "period", "value", "raw", "page"))
        {
            for (var i = 0; i < report.StatedFigures.Count; i++)
            {
                var f = report.StatedFigures[i];
                stated.Insert(id, i, ModelIds.Of(f.Kind), f.Label, f.Scope, f.Period?.ToString(), Number(f.Value), f.Value.Source.Raw, Page(f.Value.Source));
            }
        }

        using (var claims = new Inserter(connection, tx, "claims", "document_id", "ord", "subject_code", "period", "numbers", "sentence", "page"))
        {
            for (var i = 0; i < report.Claims.Count; i++)
            {
                var c = report.Claims[i];
                claims.Insert(id, i, c.SubjectCode, c.Period?.ToString(), ModelIds.Numbers(c.Numbers), c.Sentence, Page(c.Source));
            }
        }

        using (var findings = new Inserter(connection, tx, "findings", "document_id", "ord", "finding_id", "rule", "severity", "severity_rank", "code", "period", "stated", "recomputed", "tolerance", "explanation", "message", "page", "box", "table_id", "row", "col", "raw"))
        {
            for (var i = 0; i < audit.Findings.Count; i++)
            {
                var f = audit.Findings[i];
                var l = f.Location;
                findings.Insert(id, i, f.Id, f.Rule, SeverityId(f.Severity), (int)f.Severity, f.Code, f.Period, f.Stated, f.Recomputed, f.Tolerance?.ToString(CultureInfo.InvariantCulture), f.Explanation, f.Message, Page(l), Box(l.Box), l.Table, l.Row, l.Column, l.Raw);
            }
        }

        using (var reconciled = new Inserter(connection, tx, "reconciled", "document_id", "ord", "subject", "figure", "period", "stated", "recomputed", "status", "finding_id", "reason", "page"))
        {
            for (var i = 0; i < audit.Reconciled.Count; i++)
            {
                var r = audit.Reconciled[i];
                reconciled.Insert(id, i, r.Subject, r.Figure, r.Period, r.Stated, r.Recomputed, ModelIds.Of(r.Status), r.FindingId, r.Reason, Page(r.Source));
            }
        }
    }

    private static void InsertObservation(Inserter observations, long id, string subject, int ord, string code, string measure, Period? period, ReportValue value)
        => observations.Insert(id, subject, ord, code, measure, period?.ToString(), Number(value), value.Decimals, ModelIds.Of(value.Missing), value.Source.Raw, Page(value.Source), value.Source.Table, value.Source.Row, value.Source.Column);

    private static object? Number(ReportValue value) => value.Value is { } v ? (double)v : null;

    private static int? Page(Provenance source) => source.Page > 0 ? source.Page : null;

    private static string? Box(Ingest.Pdf.PdfRect? box)
        => box is { } b ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(b.Left, 3)},{Math.Round(b.Top, 3)},{Math.Round(b.Right, 3)},{Math.Round(b.Bottom, 3)}") : null;

    private static void Add(SqliteCommand command, string name, object? value) => command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>One prepared INSERT reused for every row of a table.</summary>
    private sealed class Inserter : IDisposable
    {
        private readonly SqliteCommand command;

        public Inserter(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = tx;
            var names = columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)});";
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        public void Insert(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }
}

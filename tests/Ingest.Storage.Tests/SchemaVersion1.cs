namespace Ingest.Storage.Tests;

/// <summary>The schema of version 1 databases (<c>PRAGMA user_version = 1</c>), as <c>SqliteSchema.Create</c> was at commit
/// 2140d61, before the status <c>partial</c> and the element counts: the migration tests build an old database with it.</summary>
internal static class SchemaVersion1
{
    /// <summary>Gets the statements that created a version 1 database.</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS runs (
            id           INTEGER PRIMARY KEY,
            started_at   TEXT NOT NULL,
            finished_at  TEXT,
            arguments    TEXT NOT NULL,
            workers      INTEGER NOT NULL,
            force        INTEGER NOT NULL,
            files        INTEGER NOT NULL,
            ok           INTEGER,
            no_text      INTEGER,
            failed       INTEGER,
            skipped      INTEGER,
            cancelled    INTEGER
        );
        CREATE TABLE IF NOT EXISTS documents (
            id           INTEGER PRIMARY KEY,
            sha256       TEXT NOT NULL UNIQUE,
            file         TEXT NOT NULL,
            path         TEXT NOT NULL,
            status       TEXT NOT NULL CHECK (status IN ('ok', 'no-text', 'failed')),
            kind         TEXT NOT NULL,
            confidence   REAL,
            pages        INTEGER,
            error_kind   TEXT,
            error        TEXT,
            title        TEXT,
            plan         TEXT,
            evaluated_period TEXT,
            producer     TEXT,
            errors       INTEGER NOT NULL,
            warnings     INTEGER NOT NULL,
            infos        INTEGER NOT NULL,
            run_id       INTEGER REFERENCES runs(id),
            model_json   TEXT
        );
        CREATE TABLE IF NOT EXISTS entities (
            document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            code         TEXT,
            name         TEXT NOT NULL,
            nivel_gobierno TEXT,
            departamento_code TEXT, departamento TEXT,
            provincia_code TEXT, provincia TEXT,
            distrito_code TEXT, distrito TEXT
        );
        CREATE INDEX IF NOT EXISTS entities_code ON entities(code);
        CREATE TABLE IF NOT EXISTS objectives (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            code         TEXT NOT NULL,
            name         TEXT NOT NULL,
            priority     INTEGER,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE TABLE IF NOT EXISTS actions (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            code         TEXT NOT NULL,
            objective_code TEXT NOT NULL,
            name         TEXT NOT NULL,
            priority     INTEGER,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE TABLE IF NOT EXISTS indicators (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            code         TEXT NOT NULL,
            name         TEXT NOT NULL,
            parent_code  TEXT NOT NULL,
            responsible_unit TEXT,
            organisation_unit TEXT,
            relevance    TEXT NOT NULL,
            sentido      TEXT NOT NULL,
            sentido_inferred INTEGER NOT NULL,
            aggregation  TEXT NOT NULL,
            unit         TEXT NOT NULL,
            baseline_year INTEGER,
            baseline_value REAL,
            page         INTEGER,
            table_id     TEXT,
            row          INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE INDEX IF NOT EXISTS indicators_code ON indicators(code);
        CREATE TABLE IF NOT EXISTS observations (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            subject      TEXT NOT NULL CHECK (subject IN ('indicator', 'action', 'objective')),
            subject_ord  INTEGER NOT NULL,
            code         TEXT NOT NULL,
            measure      TEXT NOT NULL,
            period       TEXT,
            value        REAL,
            decimals     INTEGER NOT NULL,
            missing      TEXT NOT NULL,
            raw          TEXT NOT NULL,
            page         INTEGER,
            table_id     TEXT,
            row          INTEGER,
            col          INTEGER
        );
        CREATE INDEX IF NOT EXISTS observations_document ON observations(document_id, subject, subject_ord);
        CREATE TABLE IF NOT EXISTS figure_tables (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            table_id     TEXT NOT NULL,
            kind         TEXT NOT NULL,
            title        TEXT NOT NULL,
            subject_code TEXT,
            columns      TEXT NOT NULL,
            stated_label TEXT,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE TABLE IF NOT EXISTS figure_rows (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_ord    INTEGER NOT NULL,
            ord          INTEGER NOT NULL,
            code         TEXT,
            label        TEXT NOT NULL,
            role         TEXT NOT NULL,
            figures      TEXT NOT NULL,
            page         INTEGER,
            PRIMARY KEY (document_id, table_ord, ord)
        );
        CREATE TABLE IF NOT EXISTS summaries (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_ord    INTEGER NOT NULL,
            ord          INTEGER NOT NULL,
            table_id     TEXT NOT NULL,
            title        TEXT NOT NULL,
            subject      TEXT NOT NULL,
            period       TEXT,
            bins         TEXT NOT NULL,
            label        TEXT NOT NULL,
            role         TEXT NOT NULL,
            counts       TEXT NOT NULL,
            not_available TEXT,
            total        TEXT,
            page         INTEGER,
            PRIMARY KEY (document_id, table_ord, ord)
        );
        CREATE TABLE IF NOT EXISTS stated_figures (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            kind         TEXT NOT NULL,
            label        TEXT NOT NULL,
            scope        TEXT NOT NULL,
            period       TEXT,
            value        REAL,
            raw          TEXT NOT NULL,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE TABLE IF NOT EXISTS claims (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            subject_code TEXT,
            period       TEXT,
            numbers      TEXT NOT NULL,
            sentence     TEXT NOT NULL,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        CREATE TABLE IF NOT EXISTS findings (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            finding_id   TEXT NOT NULL,
            rule         TEXT NOT NULL,
            severity     TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
            severity_rank INTEGER NOT NULL,
            code         TEXT,
            period       TEXT,
            stated       TEXT NOT NULL,
            recomputed   TEXT NOT NULL,
            tolerance    TEXT,
            explanation  TEXT NOT NULL,
            message      TEXT NOT NULL,
            page         INTEGER,
            box          TEXT,
            table_id     TEXT,
            row          INTEGER,
            col          INTEGER,
            raw          TEXT NOT NULL,
            PRIMARY KEY (document_id, ord)
        );
        CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule, severity_rank);
        CREATE TABLE IF NOT EXISTS reconciled (
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord          INTEGER NOT NULL,
            subject      TEXT NOT NULL,
            figure       TEXT NOT NULL,
            period       TEXT,
            stated       TEXT NOT NULL,
            recomputed   TEXT,
            status       TEXT NOT NULL,
            finding_id   TEXT,
            reason       TEXT,
            page         INTEGER,
            PRIMARY KEY (document_id, ord)
        );
        """;
}

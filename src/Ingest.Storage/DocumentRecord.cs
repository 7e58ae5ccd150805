namespace Ingest.Storage;

/// <summary>What became of one input file.</summary>
public enum DocumentStatus
{
    /// <summary>Read, parsed and audited.</summary>
    Ok,

    /// <summary>Read, but part of it was not: a table printing plan codes (or the kind's main table) was not read, or fewer than 95% of the printed elements were; the <c>unread-table</c> and <c>unread-element</c> findings say what.</summary>
    Partial,

    /// <summary>A PDF without a text layer (a scan): recorded, nothing extracted.</summary>
    NoText,

    /// <summary>Could not be read or processed; the error kind and message say why.</summary>
    Failed,

    /// <summary>Not processed: a file with the same SHA-256 is already in the database.</summary>
    Skipped,
}

/// <summary>The stable identifiers of <see cref="DocumentStatus"/> used in the database and the exports.</summary>
public static class DocumentStatuses
{
    /// <summary>Gets the identifier of a status: <c>ok</c>, <c>partial</c>, <c>no-text</c>, <c>failed</c>, <c>skipped</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The identifier.</returns>
    public static string Id(this DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.Partial => "partial",
        DocumentStatus.NoText => "no-text",
        DocumentStatus.Failed => "failed",
        _ => "skipped",
    };

    /// <summary>Reads an identifier written by <see cref="Id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The status; <see cref="DocumentStatus.Failed"/> for an unknown identifier.</returns>
    public static DocumentStatus Parse(string? id) => id switch
    {
        "ok" => DocumentStatus.Ok,
        "partial" => DocumentStatus.Partial,
        "no-text" => DocumentStatus.NoText,
        "skipped" => DocumentStatus.Skipped,
        _ => DocumentStatus.Failed,
    };

    /// <summary>Gets a value indicating whether a document with this status counts as ingested (re-running it is a no-op).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for <c>ok</c>, <c>partial</c> and <c>no-text</c>.</returns>
    public static bool IsIngested(this DocumentStatus status) => status is DocumentStatus.Ok or DocumentStatus.Partial or DocumentStatus.NoText;
}

/// <summary>One input file as recorded: the row of the <c>documents</c> table and of <c>documents.csv</c>.</summary>
/// <param name="File">The file's name, without folders.</param>
/// <param name="Path">The path it was read from (as given, made absolute).</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex; empty when the file could not be read at all.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Kind">The report kind id (<c>pei-seguimiento</c>, ...); empty when the file was not parsed.</param>
/// <param name="Pages">The page count, when the PDF could be opened.</param>
/// <param name="ErrorKind">For failures: a stable kind (<c>not-a-pdf</c>, <c>damaged</c>, <c>password-required</c>, <c>limit-exceeded</c>, <c>unsupported</c>, <c>timeout</c>, <c>io-error</c>, <c>internal-error</c>).</param>
/// <param name="Error">For failures: the message.</param>
/// <param name="Entity">The entity's code and name, when read.</param>
/// <param name="Title">The report's title, when read.</param>
/// <param name="Findings">The number of findings per severity.</param>
/// <param name="ElementsPrinted">How many distinct plan codes (OEI, AEI, OER, AER, IND...) the text layer prints; <see langword="null"/> when the file was not parsed.</param>
/// <param name="ElementsRead">How many of them are in the model; <see langword="null"/> when the file was not parsed.</param>
public sealed record DocumentRecord(
    string File,
    string Path,
    string Sha256,
    DocumentStatus Status,
    string Kind,
    int? Pages,
    string? ErrorKind,
    string? Error,
    EntityRef? Entity,
    string? Title,
    FindingCounts Findings,
    int? ElementsPrinted = null,
    int? ElementsRead = null)
{
    /// <summary>Creates the record of a failed file.</summary>
    /// <param name="path">The path.</param>
    /// <param name="sha256">The hash, or empty when the bytes could not be read.</param>
    /// <param name="pages">The page count, when the PDF opened.</param>
    /// <param name="errorKind">The error kind.</param>
    /// <param name="error">The message.</param>
    /// <returns>The record.</returns>
    public static DocumentRecord Failure(string path, string sha256, int? pages, string errorKind, string error)
        => new(System.IO.Path.GetFileName(path), path, sha256, DocumentStatus.Failed, string.Empty, pages, errorKind, error, null, null, FindingCounts.None);

    /// <summary>Creates the record of a parsed file from its report and audit.</summary>
    /// <param name="path">The path.</param>
    /// <param name="report">The report.</param>
    /// <param name="audit">The audit.</param>
    /// <returns>The record; status <c>no-text</c> when the report was classified as such, <c>partial</c> when its coverage says part of it was not read.</returns>
    public static DocumentRecord FromReport(string path, CeplanReport report, AuditResult audit)
    {
        var info = report.Document;
        var coverage = report.Coverage;
        var status = info.Classification.Kind == ReportKind.NoText ? DocumentStatus.NoText
            : coverage is { IsPartial: true } ? DocumentStatus.Partial
            : DocumentStatus.Ok;
        var entity = info.Entity is { } e ? new EntityRef(e.Code, e.Name) : null;
        return new(
            System.IO.Path.GetFileName(path), path, info.Sha256, status, info.Classification.Kind.Id(), info.PageCount, null, null, entity, info.Title,
            FindingCounts.Of(audit.Findings), coverage?.PrintedCount, coverage?.ReadCount);
    }
}

/// <summary>The entity a document is about, as printed.</summary>
/// <param name="Code">The código de unidad ejecutora, when printed.</param>
/// <param name="Name">The name.</param>
public sealed record EntityRef(string? Code, string Name);

/// <summary>How many findings a document has per severity.</summary>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
public readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    /// <summary>Gets no findings.</summary>
    public static FindingCounts None => default;

    /// <summary>Gets the total.</summary>
    public int Total => Errors + Warnings + Infos;

    /// <summary>Counts findings.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The counts.</returns>
    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new(errors, warnings, infos);
    }
}

/// <summary>A document read back from the store with its model.</summary>
/// <param name="Document">The document's record.</param>
/// <param name="Report">The report as parsed.</param>
/// <param name="Audit">The audit's findings and reconciled figures.</param>
public sealed record StoredReport(DocumentRecord Document, CeplanReport Report, AuditResult Audit);

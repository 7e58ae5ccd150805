namespace Ingest.Pipeline;

/// <summary>Reads a report from an opened PDF: classification and parsing (the parsing layer's <c>ReportReader.Read</c>).</summary>
/// <param name="document">The opened PDF.</param>
/// <param name="file">The input file's name, without folders.</param>
/// <param name="sha256">The SHA-256 of the file's bytes, lower-case hex.</param>
/// <returns>The report.</returns>
public delegate CeplanReport ReportParser(PdfDocument document, string file, string sha256);

/// <summary>Recomputes a report's figures and lists its findings (the audit layer's <c>Auditor.Audit</c>).</summary>
/// <param name="report">The report.</param>
/// <returns>The findings and reconciled figures.</returns>
public delegate AuditResult ReportAuditor(CeplanReport report);

/// <summary>
/// What the pipeline does with each opened PDF: parse, then audit. Injected, so that the pipeline knows nothing of the
/// parsing and audit layers (and tests run it with fakes); the <c>ingest</c> command wires the real ones.
/// </summary>
/// <param name="Parse">Classifies and parses the document.</param>
/// <param name="Audit">Audits the parsed report.</param>
/// <remarks>Both are called on a worker thread, one document at a time per worker; a thrown <see cref="PdfException"/>
/// fails the document with the exception's <see cref="PdfException.Kind"/>, any other exception with <c>internal-error</c>.</remarks>
public sealed record DocumentProcessor(ReportParser Parse, ReportAuditor Audit);

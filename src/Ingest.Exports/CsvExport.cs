using System.Globalization;
using CsvHelper;
using static Ingest.Exports.CsvText;

namespace Ingest.Exports;

/// <summary>
/// The CSV contracts of SPEC section 6: <c>documents.csv</c>, <c>indicators.csv</c>, <c>findings.csv</c>,
/// <c>observations.csv</c>, <c>actions.csv</c>, <c>summaries.csv</c>, <c>claims.csv</c>.
/// </summary>
/// <remarks>
/// UTF-8 without a byte order mark, a header row, comma separated, <c>\n</c> line ends, invariant culture. A figure is
/// written with the decimals it was printed with; a missing one as <c>ND</c>, <c>-</c> or empty as printed (never 0).
/// Pages are 1-based, empty when a value is not tied to a page. Text fields go through <see cref="CsvText"/> (a text starting
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading <c>'</c>); figures are written as they are.
/// </remarks>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>Gets the file names written by <see cref="WriteAsync"/>.</summary>
    public static IReadOnlyList<string> Files { get; } = ["documents.csv", "indicators.csv", "findings.csv", "observations.csv", "actions.csv", "summaries.csv", "claims.csv"];

    /// <summary>Writes every CSV file into a folder (created when missing).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="source">The documents.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the files are written.</returns>
    public static async Task WriteAsync(string folder, ExportSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(folder);
        WriteDocuments(Path.Combine(folder, "documents.csv"), source.Documents);

        // First pass: the periods that become columns of the wide files.
        var indicatorPeriods = new SortedSet<(Measure, Period)>();
        var actionPeriods = new SortedSet<Period>();
        await foreach (var stored in source.Reports(cancellationToken).ConfigureAwait(false))
        {
            foreach (var indicator in stored.Report.Indicators)
            {
                foreach (var o in indicator.Observations)
                {
                    indicatorPeriods.Add((o.Measure, o.Period));
                }
            }

            foreach (var p in stored.Report.Objectives.SelectMany(o => o.StatedProgress).Concat(stored.Report.Actions.SelectMany(a => a.StatedProgress)))
            {
                if (p.Period is { } period)
                {
                    actionPeriods.Add(period);
                }
            }
        }

        using var indicators = new Table(Path.Combine(folder, "indicators.csv"));
        using var findings = new Table(Path.Combine(folder, "findings.csv"));
        using var observations = new Table(Path.Combine(folder, "observations.csv"));
        using var actions = new Table(Path.Combine(folder, "actions.csv"));
        using var summaries = new Table(Path.Combine(folder, "summaries.csv"));
        using var claims = new Table(Path.Combine(folder, "claims.csv"));
        indicators.Row([
            "file", "page", "code", "name", "sentido", "baseline_year", "baseline_value", "parent_code", "relevance", "sentido_inferred",
            "aggregation", "unit", .. indicatorPeriods.Select(c => MeasurePrefix(c.Item1) + "_" + c.Item2.ToString())]);
        findings.Row(["file", "page", "rule", "severity", "code", "period", "stated", "recomputed", "message", "tolerance", "explanation", "id", "table", "row", "column", "box", "sha256"]);
        observations.Row(["file", "page", "subject", "code", "measure", "period", "value", "decimals", "missing", "raw", "table", "row", "column"]);
        actions.Row(["file", "page", "level", "code", "objective_code", "name", "priority", .. actionPeriods.Select(p => "progress_" + p.ToString())]);
        summaries.Row(["file", "page", "table", "title", "subject", "period", "label", "role", "bins", "counts", "not_available", "total"]);
        claims.Row(["file", "page", "subject_code", "period", "numbers", "sentence"]);

        await foreach (var stored in source.Reports(cancellationToken).ConfigureAwait(false))
        {
            var file = Text(stored.Document.File);
            var report = stored.Report;
            foreach (var n in report.Indicators)
            {
                indicators.Row([
                    file, Page(n.Source), Text(n.Code), Text(n.Name), ModelIds.Of(n.Sentido), Int(n.BaselineYear), Value(n.BaselineValue), Text(n.ParentCode),
                    ModelIds.Of(n.Relevance), n.SentidoInferred ? "true" : "false", ModelIds.Of(n.Aggregation), ModelIds.Of(n.Unit),
                    .. indicatorPeriods.Select(c => n.Find(c.Item1, c.Item2) is { } v ? Value(v) : string.Empty)]);
                foreach (var o in n.Observations)
                {
                    Observation(observations, file, "indicator", n.Code, ModelIds.Of(o.Measure), o.Period, o.Value);
                }
            }

            foreach (var o in report.Objectives)
            {
                actions.Row([file, Page(o.Source), "objective", Text(o.Code), string.Empty, Text(o.Name), Int(o.Priority), .. Progress(o.StatedProgress, actionPeriods)]);
                foreach (var p in o.StatedProgress)
                {
                    Observation(observations, file, "objective", o.Code, "stated-progress", p.Period, p.Value);
                }
            }

            foreach (var a in report.Actions)
            {
                actions.Row([file, Page(a.Source), "action", Text(a.Code), Text(a.ObjectiveCode), Text(a.Name), Int(a.Priority), .. Progress(a.StatedProgress, actionPeriods)]);
                foreach (var p in a.StatedProgress)
                {
                    Observation(observations, file, "action", a.Code, "stated-progress", p.Period, p.Value);
                }
            }

            foreach (var s in report.Summaries)
            {
                foreach (var r in s.Rows)
                {
                    summaries.Row([
                        file, Page(r.Source), Text(s.Id), Text(s.Title), ModelIds.Of(s.Subject), s.Period?.ToString() ?? string.Empty, Text(r.Label), ModelIds.Of(r.Role),
                        Text(string.Join(';', s.Bins)), string.Join(';', r.Counts.Select(Value)), r.NotAvailable is { } nd ? Value(nd) : string.Empty,
                        r.Total is { } t ? Value(t) : string.Empty]);
                }
            }

            foreach (var c in report.Claims)
            {
                claims.Row([file, Page(c.Source), Text(c.SubjectCode), c.Period?.ToString() ?? string.Empty, ModelIds.Numbers(c.Numbers), Text(c.Sentence)]);
            }

            foreach (var f in stored.Audit.Findings)
            {
                var l = f.Location;
                findings.Row([
                    file, Page(l), Text(f.Rule), Severity(f.Severity), Text(f.Code), Text(f.Period), TextOrNumber(f.Stated), TextOrNumber(f.Recomputed), Text(f.Message),
                    f.Tolerance?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Text(f.Explanation), Text(f.Id), Text(l.Table), Int(l.Row), Int(l.Column),
                    l.Box?.ToString() ?? string.Empty, stored.Document.Sha256]);
            }
        }
    }

    /// <summary>Writes <c>documents.csv</c>: one row per input file.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="documents">The records.</param>
    public static void WriteDocuments(string path, IEnumerable<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var table = new Table(path);
        table.Row(["file", "sha256", "kind", "status", "pages", "error", "error_kind", "entity_code", "entity_name", "title", "errors", "warnings", "infos", "elements_printed", "elements_read"]);
        foreach (var d in documents)
        {
            table.Row([
                Text(d.File), Text(d.Sha256), Text(d.Kind), d.Status.Id(), Int(d.Pages), Text(d.Error), Text(d.ErrorKind), Text(d.Entity?.Code),
                Text(d.Entity?.Name), Text(d.Title), Int(d.Findings.Errors), Int(d.Findings.Warnings), Int(d.Findings.Infos),
                Int(d.ElementsPrinted), Int(d.ElementsRead)]);
        }
    }

    /// <summary>Gets a figure as written in the exports: the number with its printed decimals, or the missing mark.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The text.</returns>
    public static string Value(ReportValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.HasValue ? value.ToString() : value.Missing switch
        {
            MissingReason.NotAvailable => "ND",
            MissingReason.Dash => "-",
            _ => string.Empty,
        };
    }

    /// <summary>Gets the identifier of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c>, <c>warning</c> or <c>info</c>.</returns>
    public static string Severity(Severity severity) => ModelIds.Of(severity);

    private static string MeasurePrefix(Measure measure) => measure switch
    {
        Measure.Expected => "expected",
        Measure.Obtained => "obtained",
        _ => "progress",
    };

    private static IEnumerable<string> Progress(IReadOnlyList<PeriodValue> stated, IEnumerable<Period> periods)
        => periods.Select(p => stated.FirstOrDefault(s => s.Period == p) is { } v ? Value(v.Value) : string.Empty);

    private static void Observation(Table table, string file, string subject, string code, string measure, Period? period, ReportValue value)
    {
        var s = value.Source;
        table.Row([file, Page(s), subject, Text(code), measure, period?.ToString() ?? string.Empty, Value(value), Int(value.Decimals), ModelIds.Of(value.Missing), TextOrNumber(s.Raw), Text(s.Table), Int(s.Row), Int(s.Column)]);
    }

    private static string Page(Provenance source) => source.Page > 0 ? Int(source.Page) : string.Empty;

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>One CSV file being written.</summary>
    private sealed class Table : IDisposable
    {
        private readonly CsvWriter csv;

        public Table(string path) => csv = CsvWriter.ToFile(path, Options);

        public void Row(string[] fields) => csv.WriteRecord(fields);

        public void Dispose() => csv.Dispose();
    }
}

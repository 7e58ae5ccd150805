using System.Globalization;
using System.Text;
using Ingest.Tables;

namespace Ingest.Exports;

/// <summary>
/// The audit report a person opens without tools: <c>report/index.html</c> for the batch (documents worst first, failed and
/// partial ones first, with how many printed elements each read; findings counted by rule and severity) and
/// <c>report/STEM.html</c> per parsed document (how much of it was read and what was not, its alert list with pages, stated
/// and recomputed values and explanations, and the tables the findings point into with the offending cells marked).
/// </summary>
/// <remarks>Self-contained (inline CSS, no script, no network), readable on a phone (wide tables scroll sideways) and
/// printable. Deterministic: no timestamps; the same documents give the same bytes. A page says that every figure adds up
/// only when the document's coverage was measured and is complete and something was recomputed (SPEC section 2,
/// "Nothing read silently"); otherwise it says what is true.</remarks>
public static class HtmlReport
{
    private const string Style = """
        :root{--err:#b3261e;--warn:#8a5a00;--info:#3b5b7a;--line:#d0d4d9;--hit:#ffe08a}
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1f23;background:#fff}
        h1{font-size:1.4rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
        .meta{color:#555;margin:.2rem 0 1rem}.meta span{display:inline-block;margin-right:1rem}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
        table{border-collapse:collapse;font-size:.9rem;min-width:100%}
        th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
        th{background:#f3f5f7;position:sticky;top:0}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .sev{font-weight:600;white-space:nowrap}.error{color:var(--err)}.warning{color:var(--warn)}.info{color:var(--info)}
        .status-failed,.status-partial{color:var(--err);font-weight:600}.status-no-text{color:var(--warn)}
        .partial{border:2px solid var(--err);background:#fdecea;padding:.5rem .7rem;margin:.6rem 0}.partial b{color:var(--err)}
        .coverage{margin:.4rem 0}
        td.hit{background:var(--hit);outline:2px solid var(--err);font-weight:600}tr.hit td{background:#fff4cc}
        .tag{font-size:.75rem;color:var(--err);vertical-align:super;margin-left:.2rem}
        .why{color:#444;font-size:.85rem}.raw{font-family:ui-monospace,monospace;font-size:.8rem;color:#555}
        a{color:#0b57d0}
        @media (max-width:40rem){body{padding:.6rem;font-size:14px}th,td{padding:.25rem .3rem}}
        @media print{body{max-width:none;padding:0;font-size:10pt}.scroll{overflow:visible}a{color:inherit;text-decoration:none}th{position:static}tr,td{break-inside:avoid}h2{break-after:avoid}}
        """;

    /// <summary>Writes the batch page and one page per parsed document into <c>folder/report</c>.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="source">The documents.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The path of the batch page.</returns>
    public static async Task<string> WriteAsync(string folder, ExportSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var dir = Path.Combine(folder, "report");
        Directory.CreateDirectory(dir);
        var byRule = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var pages = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var stored in source.Reports(cancellationToken).ConfigureAwait(false))
        {
            foreach (var f in stored.Audit.Findings)
            {
                if (!byRule.TryGetValue(f.Rule, out var counts))
                {
                    byRule[f.Rule] = counts = new int[3];
                }

                counts[(int)f.Severity]++;
            }

            var stem = ExportNames.Stem(stored.Document);
            pages.Add(stored.Document.Sha256);
            await File.WriteAllTextAsync(Path.Combine(dir, stem + ".html"), Document(stored), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }

        var index = Path.Combine(dir, "index.html");
        await File.WriteAllTextAsync(index, Batch(source.Documents, byRule, pages), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return index;
    }

    /// <summary>Gets the batch page.</summary>
    /// <param name="documents">Every input file.</param>
    /// <param name="byRule">Finding counts per rule, indexed by <see cref="Severity"/>.</param>
    /// <param name="withPage">The hashes of the documents that have a page.</param>
    /// <returns>The HTML.</returns>
    internal static string Batch(IReadOnlyList<DocumentRecord> documents, IReadOnlyDictionary<string, int[]> byRule, IReadOnlySet<string> withPage)
    {
        var html = new StringBuilder();
        Open(html, "Ingest audit report");
        html.Append("<h1>Audit report</h1>\n<p class=\"meta\">");
        foreach (var status in Enum.GetValues<DocumentStatus>())
        {
            html.Append(CultureInfo.InvariantCulture, $"<span>{status.Id()}: <b>{documents.Count(d => d.Status == status)}</b></span>");
        }

        var totals = new FindingCounts(documents.Sum(d => d.Findings.Errors), documents.Sum(d => d.Findings.Warnings), documents.Sum(d => d.Findings.Infos));
        html.Append(CultureInfo.InvariantCulture, $"<span>documents: <b>{documents.Count}</b></span><span class=\"error\">errors: <b>{totals.Errors}</b></span><span class=\"warning\">warnings: <b>{totals.Warnings}</b></span><span class=\"info\">info: <b>{totals.Infos}</b></span></p>\n");

        html.Append("<h2>Findings by rule</h2>\n");
        if (byRule.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
        }
        else
        {
            html.Append("<div class=\"scroll\"><table><thead><tr><th>rule</th><th class=\"error\">error</th><th class=\"warning\">warning</th><th class=\"info\">info</th><th>total</th></tr></thead><tbody>\n");
            foreach (var (rule, counts) in byRule.OrderByDescending(r => r.Value[2]).ThenByDescending(r => r.Value[1]).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(rule)}</td><td class=\"n\">{counts[2]}</td><td class=\"n\">{counts[1]}</td><td class=\"n\">{counts[0]}</td><td class=\"n\">{counts.Sum()}</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        html.Append("<h2>Documents, worst first</h2>\n");
        var partial = documents.Count(d => d.Status == DocumentStatus.Partial);
        if (partial > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"partial\"><b>Lectura parcial</b> de {partial} {(partial == 1 ? "documento" : "documentos")}: parte de lo que imprime{(partial == 1 ? string.Empty : "n")} no se leyó y sus cifras no se verificaron.</p>\n");
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th>file</th><th>entity</th><th>kind</th><th>status</th><th>pages</th><th>elements read / printed</th><th class=\"error\">errors</th><th class=\"warning\">warnings</th><th class=\"info\">info</th><th>note</th></tr></thead><tbody>\n");

        // A partial document goes with the failed ones: part of it was not checked, whatever its finding counts say.
        var ordered = documents
            .OrderByDescending(d => d.Status is DocumentStatus.Failed or DocumentStatus.Partial)
            .ThenByDescending(d => d.Findings.Errors)
            .ThenByDescending(d => d.Findings.Warnings)
            .ThenByDescending(d => d.Findings.Infos)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Sha256, StringComparer.Ordinal);
        foreach (var d in ordered)
        {
            var name = withPage.Contains(d.Sha256) ? $"<a href=\"{E(Uri.EscapeDataString(ExportNames.Stem(d) + ".html"))}\">{E(d.File)}</a>" : E(d.File);
            var entity = d.Entity is { } e ? E((e.Code is null ? string.Empty : e.Code + " ") + e.Name) : string.Empty;
            var note = d.Status == DocumentStatus.Failed ? E(d.ErrorKind + ": " + d.Error) : E(d.Title ?? string.Empty);
            var read = d.ElementsPrinted is { } printed ? string.Create(CultureInfo.InvariantCulture, $"{d.ElementsRead} / {printed}") : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{entity}</td><td>{E(d.Kind)}</td><td class=\"status-{d.Status.Id()}\">{d.Status.Id()}</td><td class=\"n\">{d.Pages}</td><td class=\"n\">{read}</td><td class=\"n\">{d.Findings.Errors}</td><td class=\"n\">{d.Findings.Warnings}</td><td class=\"n\">{d.Findings.Infos}</td><td>{note}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        Close(html);
        return html.ToString();
    }

    /// <summary>Gets the page of one document.</summary>
    /// <param name="stored">The document.</param>
    /// <returns>The HTML.</returns>
    internal static string Document(StoredReport stored)
    {
        var d = stored.Document;
        var info = stored.Report.Document;
        var html = new StringBuilder();
        Open(html, d.File + " · Ingest audit");
        html.Append("<p><a href=\"index.html\">← all documents</a></p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(d.File)}</h1>\n<p class=\"meta\">");
        Meta(html, "kind", info.Classification.Kind.Id());
        Meta(html, "entity", info.Entity is { } e ? (e.Code is null ? string.Empty : e.Code + " ") + e.Name : null);
        Meta(html, "plan", info.Plan?.Text);
        Meta(html, "period", info.EvaluatedPeriod?.ToString());
        Meta(html, "pages", info.PageCount.ToString(CultureInfo.InvariantCulture));
        Meta(html, "sha256", d.Sha256);
        html.Append("</p>\n");
        if (info.Title is { } title)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(title)}</p>\n");
        }

        var findings = stored.Audit.Findings
            .OrderBy(AlertOrder.Rank)
            .ThenBy(f => f.Location.Page)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var partial = d.Status == DocumentStatus.Partial || stored.Report.Coverage is { IsPartial: true };
        Coverage(html, stored.Report, findings, partial);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Alerts ({findings.Count})</h2>\n");
        if (Verdict(stored, findings, partial) is { } verdict)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(verdict)}</p>\n");
        }

        if (findings.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table><thead><tr><th>id</th><th>severity</th><th>rule</th><th>page</th><th>code</th><th>period</th><th>stated</th><th>recomputed</th><th>alert</th></tr></thead><tbody>\n");
            foreach (var f in findings)
            {
                var sev = ModelIds.Of(f.Severity);
                var page = f.Location.Page > 0 ? f.Location.Page.ToString(CultureInfo.InvariantCulture) : string.Empty;
                var evidence = f.Location.Table is { } t ? $" <a href=\"#{E(t)}\">table {E(t)}</a>" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{E(f.Id)}\"><td>{E(f.Id)}</td><td class=\"sev {sev}\">{sev}</td><td>{E(f.Rule)}</td><td class=\"n\">{page}</td><td>{E(f.Code ?? string.Empty)}</td><td>{E(f.Period ?? string.Empty)}</td><td class=\"n\">{E(f.Stated)}</td><td class=\"n\">{E(f.Recomputed)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(f.Message)}{evidence}<div class=\"why\">{E(f.Explanation)}</div>");
                if (f.Location.Table is null && f.Location.Raw.Length > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"raw\">“{E(f.Location.Raw)}”</div>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        Evidence(html, stored.Report.Tables, findings);
        Close(html);
        return html.ToString();
    }

    /// <summary>
    /// Writes how much of the document was read: "Leídos X de Y elementos impresos", and when part of it was not read, a
    /// notice at the top when it is partial, the tables not read and the printed codes not read (code, page, why). Nothing
    /// when coverage was not measured.
    /// </summary>
    private static void Coverage(StringBuilder html, CeplanReport report, List<Finding> findings, bool partial)
    {
        if (report.Coverage is not { } coverage)
        {
            return;
        }

        var unreadTables = coverage.UnreadTables;
        var missing = coverage.PrintedCount - coverage.ReadCount;
        if (partial)
        {
            var parts = new List<string>();
            if (unreadTables.Any(t => t.Table is null))
            {
                parts.Add("la tabla principal del informe");
            }

            if (unreadTables.Count(t => t.Table is not null) is > 0 and var tables)
            {
                parts.Add(Count(tables, "tabla con códigos del plan", "tablas con códigos del plan"));
            }

            if (missing > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{missing} de los {coverage.PrintedCount} elementos impresos"));
            }

            var what = parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"partial\"><b>Lectura parcial</b>: parte del informe no se leyó{E(what)}; sus cifras no se verificaron, y que no haya hallazgos sobre ellas no quiere decir que cuadren.</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"coverage\">Leídos {coverage.ReadCount} de {coverage.PrintedCount} elementos impresos (los códigos OEI, AEI, OER, AER, IND... que imprime el texto del documento).</p>\n");
        if (unreadTables.Count == 0 && coverage.Unread.Count == 0)
        {
            return;
        }

        html.Append("<h2>No leído</h2>\n");
        if (unreadTables.Count > 0)
        {
            var alerts = findings.Where(f => f.Rule == RuleIds.UnreadTable).GroupBy(f => f.Location.Table ?? string.Empty, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            html.Append(CultureInfo.InvariantCulture, $"<h3>Tablas no leídas ({unreadTables.Count})</h3>\n<div class=\"scroll\"><table><thead><tr><th>tabla</th><th>página</th><th>filas</th><th>encabezado leído</th><th>códigos sin leer</th><th>alerta</th></tr></thead><tbody>\n");
            foreach (var t in unreadTables)
            {
                var alert = Link(alerts, t.Table ?? string.Empty);
                if (t.Table is null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>principal: no encontrada</td><td class=\"n\"></td><td class=\"n\"></td><td>ninguna tabla coincide con las principales del perfil ({E(t.Header)}), o ninguna aportó datos</td><td></td><td>{alert}</td></tr>\n");
                    continue;
                }

                // The table is shown under Evidence when a finding points into it.
                var name = alerts.ContainsKey(t.Table) && report.Tables.Any(l => l.Id == t.Table) ?  $"<a href=\"#{E(t.Table)}\">{E(t.Table)}</a>" : E(t.Table);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td class=\"n\">{Page(t.Source)}</td><td class=\"n\">{t.Rows}</td><td>{E(t.Header)}</td><td>{E(string.Join(", ", t.Codes))}</td><td>{alert}</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        if (coverage.Unread.Count > 0)
        {
            var alerts = findings.Where(f => f.Rule == RuleIds.UnreadElement).GroupBy(f => f.Code ?? string.Empty, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            html.Append(CultureInfo.InvariantCulture, $"<h3>Elementos impresos no leídos ({coverage.Unread.Count})</h3>\n<div class=\"scroll\"><table><thead><tr><th>código</th><th>página</th><th>impreso</th><th>motivo</th><th>alerta</th></tr></thead><tbody>\n");
            foreach (var u in coverage.Unread)
            {
                var alert = Link(alerts, u.Code);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(u.Code)}</td><td class=\"n\">{Page(u.Source)}</td><td class=\"raw\">{E(u.Source.Raw)}</td><td>{E(UnreadReasons.Describe(u))}</td><td>{alert}</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }
    }

    /// <summary>
    /// Gets the sentence that sums up a document with no finding on its figures, or <see langword="null"/> when some figure
    /// has one (the alert list speaks). "Every figure adds up" only when every printed element was read (coverage measured
    /// and complete, no unread table) and at least one figure was recomputed.
    /// </summary>
    private static string? Verdict(StoredReport stored, List<Finding> findings, bool partial)
    {
        if (findings.Any(f => !RuleIds.Reading.Contains(f.Rule)))
        {
            return null;
        }

        var recomputed = stored.Audit.Reconciled.Count(r => r.Status is ReconcileStatus.Consistent or ReconcileStatus.Differs);
        var coverage = stored.Report.Coverage;
        if (recomputed == 0)
        {
            return partial
                ? "No se recalculó ninguna cifra, y la lectura es parcial: nada de este documento se verificó."
                : "No se recalculó ninguna cifra: sin hallazgos, pero nada de este documento se verificó.";
        }

        if (coverage is null)
        {
            // Coverage not measured: nothing can be said about what was not read.
            return recomputed == 1 ? "Sin hallazgos en la cifra recalculada." : string.Create(CultureInfo.InvariantCulture, $"Sin hallazgos en las {recomputed} cifras recalculadas.");
        }

        var missing = coverage.PrintedCount - coverage.ReadCount;
        if (partial)
        {
            return "Sin hallazgos en las cifras verificadas, pero la lectura es parcial: lo que no se leyó no se verificó.";
        }

        if (!coverage.IsComplete || findings.Any(f => f.Rule == RuleIds.UnreadTable))
        {
            return missing == 0
                ? "Sin hallazgos en las cifras verificadas, pero parte del informe no se leyó: sus cifras no se verificaron."
                : string.Create(CultureInfo.InvariantCulture, $"Sin hallazgos en las cifras verificadas, pero {missing} de los {coverage.PrintedCount} elementos impresos no se leyeron: sus cifras no se verificaron.");
        }

        return "No findings: every figure that could be recomputed adds up (" + Count(recomputed, "figure", "figures") + " recomputed; every printed element was read).";
    }

    /// <summary>Gets a link to the finding of the given key, or nothing when there is none.</summary>
    private static string Link(Dictionary<string, string> alerts, string key) => alerts.TryGetValue(key, out var id) ? $"<a href=\"#{E(id)}\">{E(id)}</a>" : string.Empty;

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static string Page(Provenance source) => source.Page > 0 ? source.Page.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Writes each table a finding points into, once, with the offending cells (or rows) marked.</summary>
    private static void Evidence(StringBuilder html, IReadOnlyList<LogicalTable> tables, List<Finding> findings)
    {
        var pointed = findings.Where(f => f.Location.Table is not null).GroupBy(f => f.Location.Table!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var shown = tables.Where(t => pointed.ContainsKey(t.Id)).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        html.Append("<h2>Evidence</h2>\n");
        foreach (var table in shown)
        {
            var hits = pointed[table.Id];
            var pages = string.Join(", ", table.Parts.Select(p => p.Page).Distinct());
            html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{E(table.Id)}\">Table {E(table.Id)} (page {E(pages)})</h3>\n<div class=\"scroll\"><table><thead><tr><th>page</th>");
            foreach (var column in table.Columns)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th>{E(column.Name)}</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var rowHits = hits.Where(f => f.Location.Row == r).ToList();
                var rowMarked = rowHits.Any(f => f.Location.Column is null);
                html.Append(rowMarked ? "<tr class=\"hit\">" : "<tr>");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{row.Page}</td>");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cellHits = rowHits.Where(f => f.Location.Column == c).ToList();
                    var text = E(row.TextAt(c)).Replace("\n", "<br>", StringComparison.Ordinal);
                    if (cellHits.Count == 0)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<td>{text}</td>");
                        continue;
                    }

                    var tags = string.Join(" ", cellHits.Select(f => $"<a class=\"tag\" href=\"#{E(f.Id)}\">{E(f.Id)}</a>"));
                    var title = string.Join(" | ", cellHits.Select(f => f.Rule + ": stated " + f.Stated + ", recomputed " + f.Recomputed));
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"hit\" title=\"{E(title)}\">{text}{tags}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }
    }

    private static void Meta(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append(CultureInfo.InvariantCulture, $"<span>{label}: <b>{E(value)}</b></span>");
        }
    }

    private static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
    }

    private static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    /// <summary>Escapes the five characters that matter in HTML text and attributes; the rest stays readable UTF-8 (not <c>&amp;#250;</c>).</summary>
    private static string E(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Ingest.Exports;

/// <summary>The formats of the alert list printed by <c>ingest findings</c>.</summary>
public enum FindingFormat
{
    /// <summary>Aligned plain-text columns for a terminal.</summary>
    Table,

    /// <summary>CSV with the columns of <c>findings.csv</c> (plus the entity).</summary>
    Csv,

    /// <summary>A JSON array of objects.</summary>
    Json,

    /// <summary>A Markdown table.</summary>
    Md,
}

/// <summary>Writes an alert list (stored findings with their documents) in one of the <see cref="FindingFormat"/>s.</summary>
public static class FindingList
{
    private const int PageColumn = 2;
    private const int StatedColumn = 6;
    private const int RecomputedColumn = 7;

    private static readonly string[] Header = ["severity", "file", "page", "rule", "code", "period", "stated", "recomputed", "message", "entity", "explanation"];

    /// <summary>Writes the findings.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="findings">The findings; listed in the order of <see cref="AlertOrder"/> (errors, then <c>unread-element</c>
    /// warnings, then other warnings, then infos), in their given order within each rank.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter output, IReadOnlyList<FindingRecord> findings, FindingFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(findings);
        var rows = findings.OrderBy(f => AlertOrder.Rank(f.Finding)).Select(Row).ToList();
        switch (format)
        {
            case FindingFormat.Csv:
                using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
                {
                    csv.WriteRecord(Header);
                    foreach (var row in rows)
                    {
                        csv.WriteRecord(CsvRow(row));
                    }
                }

                break;
            case FindingFormat.Json:
                var objects = rows.Select(r => Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal)).ToList();
                var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                output.Write(JsonSerializer.Serialize(objects, options).ReplaceLineEndings("\n"));
                output.Write('\n');
                break;
            case FindingFormat.Md:
                output.Write("| " + string.Join(" | ", Header[..9]) + " |\n");
                output.Write("|" + string.Concat(Enumerable.Repeat("---|", 9)) + "\n");
                foreach (var row in rows)
                {
                    output.Write("| " + string.Join(" | ", row[..9].Select(MdCell)) + " |\n");
                }

                break;
            default:
                WriteTable(output, rows);
                break;
        }
    }

    private static string[] Row(FindingRecord record)
    {
        var f = record.Finding;
        return
        [
            CsvExport.Severity(f.Severity), record.File, f.Location.Page > 0 ? f.Location.Page.ToString(CultureInfo.InvariantCulture) : string.Empty, f.Rule,
            f.Code ?? string.Empty, f.Period ?? string.Empty, f.Stated, f.Recomputed, f.Message,
            record.Entity is { } e ? (e.Code is null ? e.Name : e.Code + " " + e.Name) : string.Empty, f.Explanation,
        ];
    }

    /// <summary>A row's fields as CSV: the page is a number, stated and recomputed mix figures and printed text, the rest is text.</summary>
    private static string[] CsvRow(string[] row)
        => [.. row.Select((field, i) => i switch { PageColumn => field, StatedColumn or RecomputedColumn => CsvText.TextOrNumber(field), _ => CsvText.Text(field) })];

    /// <summary>A Markdown table cell that shows its text literally: what Markdown or HTML would read as markup is escaped,
    /// line breaks become spaces.</summary>
    internal static string MdCell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '&':
                    cell.Append("&amp;");
                    break;
                case '\\' or '|' or '`' or '[' or ']' or '*' or '_' or '~':
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }

    /// <summary>Aligned columns: severity, file, page, rule, code, period, stated, recomputed; the message after them, unpadded.</summary>
    private static void WriteTable(TextWriter output, List<string[]> rows)
    {
        if (rows.Count == 0)
        {
            output.Write("No findings.\n");
            return;
        }

        const int Aligned = 8;
        var widths = new int[Aligned];
        foreach (var row in rows.Prepend(Header))
        {
            for (var i = 0; i < Aligned; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var line = new StringBuilder();
        foreach (var row in rows.Prepend(Header))
        {
            line.Clear();
            for (var i = 0; i < Aligned; i++)
            {
                line.Append(row[i].PadRight(widths[i])).Append("  ");
            }

            line.Append(row[8].ReplaceLineEndings(" "));
            output.Write(line.ToString().TrimEnd() + "\n");
        }
    }
}

using Ingest.Pdf;
using Ingest.Tables;

namespace Ingest.Ceplan.Tests.Parsing;

/// <summary>Builds logical tables from tab-separated rows, the way the seed texts print tables.</summary>
internal static class SeedTables
{
    /// <summary>Builds a table whose first <paramref name="headerRows"/> lines are header rows (their texts become column paths).</summary>
    public static LogicalTable FromTsv(string tsv, int headerRows, string id = "t1.1", int page = 1)
    {
        var lines = tsv.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        var count = lines.Max(l => l.Length);
        var paths = Enumerable.Range(0, count).Select(_ => new List<string>()).ToList();
        foreach (var header in lines.Take(headerRows))
        {
            for (var c = 0; c < header.Length; c++)
            {
                if (header[c].Trim().Length > 0)
                {
                    paths[c].Add(header[c].Trim());
                }
            }
        }

        var rows = new List<TableRow>();
        var top = 100.0;
        foreach (var line in lines.Skip(headerRows))
        {
            var cells = new Cell?[count];
            for (var c = 0; c < line.Length; c++)
            {
                var box = new PdfRect(40 + (c * 40), top, 80 + (c * 40), top + 10);
                cells[c] = new Cell(rows.Count, c, 1, 1, box, line[c]);
            }

            rows.Add(new TableRow(page, new PdfRect(40, top, 40 + (count * 40), top + 10), cells));
            top += 12;
        }

        var columns = paths.Select((p, i) => new TableColumn(i, p)).ToList();
        return new LogicalTable(id, columns, rows, []);
    }
}

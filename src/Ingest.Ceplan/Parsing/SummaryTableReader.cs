using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads semáforo / desempeño count tables: a label column, one column per avance bin, then ND and total.</summary>
internal static class SummaryTableReader
{
    public static void Read(LogicalTable table, TableRule rule, ParseContext context)
    {
        var headers = ColumnMap.Headers(table, context.Evaluated?.Year);
        var bins = new List<int>();
        int? notAvailable = null;
        int? total = null;
        for (var c = 1; c < headers.Count; c++)
        {
            var label = headers[c].Label;
            if (label == "nd")
            {
                notAvailable = c;
            }
            else if (label.StartsWith("total", StringComparison.Ordinal))
            {
                total = c;
            }
            else
            {
                bins.Add(c);
            }
        }

        var (_, period) = HeaderText.SplitPeriod(table.Columns[0].Name, null);
        var title = Caption(table, context);
        var rows = new List<SummaryRow>();
        var subject = rule.Subject switch
        {
            "objectives" => SummarySubject.Objectives,
            "indicators" => SummarySubject.Indicators,
            _ => SummarySubject.Actions,
        };
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var label = ParseContext.OneLine(row.TextAt(0));
            var normal = HeaderText.Normalise(label);
            if (rule.Subject is null && normal.StartsWith("objetivo", StringComparison.Ordinal))
            {
                subject = SummarySubject.Objectives;
            }

            if (r == 0 && period is null && HeaderText.SplitPeriod(label, null).Period is { } rowPeriod && !bins.Any(c => PeruvianNumber.Parse(row.TextAt(c)).HasValue))
            {
                // A year printed as a first data row ("Año: 2024" under a header that did not read as one).
                period = rowPeriod;
                continue;
            }

            var counts = bins.Select(c => PeruvianNumber.Parse(row.TextAt(c), ParseContext.Source(table, r, c))).ToList();
            rows.Add(new SummaryRow(
                label,
                normal.StartsWith("total", StringComparison.Ordinal) ? RowRole.Total : RowRole.Item,
                counts,
                notAvailable is { } nd ? PeruvianNumber.Parse(row.TextAt(nd), ParseContext.Source(table, r, nd)) : null,
                total is { } t ? PeruvianNumber.Parse(row.TextAt(t), ParseContext.Source(table, r, t)) : null,
                ParseContext.Source(table, r, null)));
        }

        var binLabels = bins.Select(c => table.Columns[c].Name).ToList();
        var source = new Provenance(table.FirstPage, table.Parts.Count > 0 ? table.Parts[0].Box : null, table.Id, null, null, title);
        context.Summaries.Add(new SummaryTable(table.Id, title, subject, period, binLabels, rows, source));
    }

    /// <summary>Gets the caption printed above a table: the nearest line that names it (Cuadro, Tabla), else the nearest line.</summary>
    public static string Caption(LogicalTable table, ParseContext context)
    {
        var lines = context.LinesAbove(table, 4);
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var normal = HeaderText.Normalise(lines[i].Text);
            if (normal.StartsWith("cuadro", StringComparison.Ordinal) || normal.StartsWith("tabla", StringComparison.Ordinal))
            {
                return lines[i].Text;
            }
        }

        return lines.Count > 0 ? lines[^1].Text : string.Empty;
    }
}

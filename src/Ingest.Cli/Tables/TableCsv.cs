using System.Globalization;
using System.Text;
using Ingest.Exports;
using Ingest.Tables;

namespace Ingest.Cli.Tables;

/// <summary>Writes tables as CSV: RFC 4180 quoting, one line per grid row, a blank line between tables; a cell that would
/// start a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return) and is not a number gets a leading <c>'</c>.</summary>
internal static class TableCsv
{
    /// <summary>Appends one table; a spanning cell's text goes in its top-left slot, the slots it covers stay empty.</summary>
    public static void Write(Table table, StringBuilder output)
    {
        foreach (var row in table.ToGrid())
        {
            WriteRow(row, output);
        }
    }

    /// <summary>Appends one logical table: a header record (<c>page</c>, then each column's path joined with <c>" / "</c>), then one record per row.</summary>
    public static void Write(LogicalTable table, StringBuilder output)
    {
        WriteRow(["page", .. table.Columns.Select(c => c.Name)], output);
        foreach (var row in table.Rows)
        {
            WriteRow([row.Page.ToString(CultureInfo.InvariantCulture), .. table.Columns.Select(c => row.TextAt(c.Index))], output);
        }
    }

    /// <summary>Appends one CSV record and its line end.</summary>
    public static void WriteRow(IReadOnlyList<string> fields, StringBuilder output)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            Field(fields[i], output);
        }

        output.Append('\n');
    }

    private static void Field(string cell, StringBuilder output)
    {
        // A cell is printed text or a figure; a text that a spreadsheet would run as a formula gets a leading "'".
        var text = CsvText.TextOrNumber(cell);

        // RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled; in-cell line
        // breaks stay "\n" inside the quotes, as tabula prints them.
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Append(text);
            return;
        }

        output.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

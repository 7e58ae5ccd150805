using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Pdf;
using Ingest.Tables;
using Ingest.Tables.Logical;

namespace Ingest.Cli.Tables;

/// <summary>Writes the tables of a file as one JSON document (the contract is in README.md, "ingest pdf tables").</summary>
/// <remarks>
/// The writer is deterministic: properties in a fixed order, numbers in points with at most three decimals and
/// no exponent, text escaped only where JSON requires it, so that the same file always gives the same bytes.
/// </remarks>
internal sealed class TableJson : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    /// <summary>Starts the document: <c>{"file": ..., "tables": [</c>.</summary>
    public TableJson(string fileName)
    {
        writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartObject();
        writer.WriteString("file", fileName);
        writer.WriteStartArray("tables");
    }

    /// <summary>Appends one table object.</summary>
    /// <param name="table">The table.</param>
    /// <param name="order">The 1-based order of the table on its page.</param>
    public void Write(Table table, int order)
    {
        writer.WriteStartObject();
        writer.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"t{table.Page}.{order}"));
        writer.WriteNumber("page", table.Page);
        writer.WriteString("mode", table.Mode == TableMode.Stream ? "stream" : "lattice");
        Box("box", table.Box);
        writer.WriteNumber("rowCount", table.RowCount);
        writer.WriteNumber("columnCount", table.ColumnCount);
        writer.WriteStartArray("cells");
        foreach (var cell in table.Cells)
        {
            WriteCell(cell);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Appends one logical table object: its columns with their header paths and its rows with their pages.</summary>
    public void Write(LogicalTable table)
    {
        writer.WriteStartObject();
        writer.WriteString("id", table.Id);
        writer.WriteStartArray("pages");
        foreach (var page in table.Parts.Select(p => p.Page).Distinct())
        {
            writer.WriteNumberValue(page);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", column.Index);
            writer.WriteString("name", column.Name);
            writer.WriteStartArray("path");
            foreach (var label in column.Path)
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            writer.WriteNumber("page", row.Page);
            Box("box", row.Box);
            writer.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                if (cell is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    WriteCell(cell);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Closes the document and appends it, with a final line end, to <paramref name="output"/>.</summary>
    public void Finish(StringBuilder output)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.Append(Encoding.UTF8.GetString(buffer.WrittenSpan)).Append('\n');
    }

    public void Dispose() => writer.Dispose();

    private void WriteCell(Cell cell)
    {
        writer.WriteStartObject();
        writer.WriteNumber("row", cell.Row);
        writer.WriteNumber("column", cell.Column);
        writer.WriteNumber("rowSpan", cell.RowSpan);
        writer.WriteNumber("columnSpan", cell.ColumnSpan);
        Box("box", cell.Box);
        writer.WriteString("text", cell.Text);
        writer.WriteEndObject();
    }

    private void Box(string name, PdfRect box)
    {
        writer.WriteStartObject(name);
        Number("left", box.Left);
        Number("top", box.Top);
        Number("right", box.Right);
        Number("bottom", box.Bottom);
        writer.WriteEndObject();
    }

    private void Number(string name, double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        writer.WritePropertyName(name);
        writer.WriteRawValue((rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}

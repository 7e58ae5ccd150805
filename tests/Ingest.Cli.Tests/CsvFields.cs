using System.Text;

namespace Ingest.Cli.Tests;

/// <summary>Reads the CSV the command writes (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).</summary>
internal static class CsvFields
{
    /// <summary>Splits CSV text into its fields, in order, records one after the other.</summary>
    /// <param name="csv">The text: one record, or a whole file.</param>
    /// <returns>The fields, unquoted.</returns>
    public static List<string> Split(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted && c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is ',' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (csv.Length > 0 && csv[^1] != '\n')
        {
            fields.Add(field.ToString());
        }

        return fields;
    }
}

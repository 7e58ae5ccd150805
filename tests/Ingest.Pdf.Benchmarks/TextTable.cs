using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Benchmarks;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned.</summary>
internal sealed class TextTable(params string[] header)
{
    private readonly List<string[]> rows = [header];

    public void Add(params string[] cells) => rows.Add(cells);

    public override string ToString()
    {
        var columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var i = 0; i < rows[r].Length; i++)
            {
                var cell = rows[r][i];
                sb.Append(i == 0 ? cell.PadRight(widths[i]) : "  " + cell.PadLeft(widths[i]));
            }

            sb.Append('\n');
            if (r == 0)
            {
                sb.Append('-', widths.Sum() + (2 * (columns - 1))).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats a number with the invariant culture.</summary>
    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Formats a whole number with the invariant culture.</summary>
    public static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}

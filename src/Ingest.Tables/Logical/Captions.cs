using System.Text.RegularExpressions;

namespace Ingest.Tables.Logical;

/// <summary>
/// Splits a text-aligned table at a caption line that opens another table (<c>Cuadro 2. OER y AER con avance</c>,
/// <c>Tabla N° 3</c>): two tables printed one below the other, close enough and on similar columns, are read by the text
/// alignment as one block; the caption says where the second begins.
/// </summary>
internal static partial class Captions
{
    /// <summary>Splits a table at its caption lines; the caption line itself is left out.</summary>
    /// <param name="table">The table as found.</param>
    /// <returns>The table's parts, top to bottom: the table itself when no line but the first is a caption.</returns>
    public static IReadOnlyList<Table> Split(Table table)
    {
        var grid = table.ToGrid();
        var cuts = new List<int>();
        for (var r = 1; r < table.RowCount; r++)
        {
            var filled = grid[r].Where(t => t.Trim().Length > 0).ToList();
            if (filled.Count == 1 && IsCaption(filled[0]))
            {
                cuts.Add(r);
            }
        }

        if (cuts.Count == 0)
        {
            return [table];
        }

        var parts = new List<Table>();
        var start = 0;
        foreach (var end in cuts.Append(table.RowCount))
        {
            if (end > start)
            {
                parts.Add(Rows(table, start, end));
            }

            start = end + 1;
        }

        return parts.Where(p => p.RowCount > 0 && p.Cells.Any(c => c.Text.Length > 0)).ToList();
    }

    /// <summary>Gets whether a line is a table's caption: <c>Cuadro 2.</c>, <c>Tabla N° 3</c>, <c>Gráfico 1</c>, <c>Anexo B-3:</c> and what follows.</summary>
    public static bool IsCaption(string line) => Caption().IsMatch(line.Trim());

    /// <summary>Gets whether a line is a numbered section heading (<c>3.1.1. Asignación y ejecución ...</c>, <c>6. Acciones ...</c>).</summary>
    public static bool IsSectionHeading(string line) => SectionHeading().IsMatch(line.Trim());

    /// <summary>The rows <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive) as a table of their own.</summary>
    private static Table Rows(Table table, int start, int end)
    {
        var cells = table.Cells
            .Where(c => c.Row >= start && c.Row < end)
            .Select(c => c with { Row = c.Row - start, RowSpan = Math.Min(c.RowSpan, end - c.Row) })
            .ToList();
        var boxes = cells.Where(c => c.Text.Length > 0).Select(c => c.Box).ToList();
        var box = boxes.Count == 0 ? table.Box : new PdfRect(table.Box.Left, boxes.Min(b => b.Top), table.Box.Right, boxes.Max(b => b.Bottom));
        return table with { Box = box, Cells = cells, RowCount = end - start };
    }

    [GeneratedRegex(@"^(?:(?:Cuadro|Tabla|Table|Gr[aá]fico|Figura)\s+(?:N\s*[°º.]\s*)?\d{1,3}\b|Anexo\s+(?:N\s*[°º.]\s*)?(?:[A-Z]-?)?\d{1,3}\s*[:.]\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^[0-9]{1,2}\.(?:[0-9]{1,2}\.?)*\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}

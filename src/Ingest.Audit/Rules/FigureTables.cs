namespace Ingest.Audit.Rules;

/// <summary>Which rows of a figure table an aggregate row (total, subtotal, group) covers.</summary>
internal static class FigureTables
{
    /// <summary>Gets the column roles whose total is the sum of the rows.</summary>
    public static bool IsAdditive(ColumnRole role)
        => role is ColumnRole.Count or ColumnRole.Programmed or ColumnRole.Executed or ColumnRole.Pia or ColumnRole.Pim or ColumnRole.Devengado or ColumnRole.Amount;

    /// <summary>Gets each aggregate row with the item rows it covers: a total covers every item (or the subtotals when there are no items), a subtotal the items since the previous aggregate, a group the items up to the next aggregate.</summary>
    public static IEnumerable<(FigureRow Aggregate, IReadOnlyList<FigureRow> Items)> Aggregates(FigureTable table)
    {
        var rows = table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            switch (row.Role)
            {
                case RowRole.Total:
                    var items = rows.Where(r => r.Role == RowRole.Item).ToList();
                    if (items.Count == 0)
                    {
                        items = rows.Where(r => r.Role is RowRole.Subtotal or RowRole.Group).ToList();
                    }

                    yield return (row, items);
                    break;
                case RowRole.Subtotal:
                    var before = new List<FigureRow>();
                    for (var j = i - 1; j >= 0 && rows[j].Role == RowRole.Item; j--)
                    {
                        before.Insert(0, rows[j]);
                    }

                    yield return (row, before);
                    break;
                case RowRole.Group:
                    var after = new List<FigureRow>();
                    for (var j = i + 1; j < rows.Count && rows[j].Role == RowRole.Item; j++)
                    {
                        after.Add(rows[j]);
                    }

                    if (after.Count > 0)
                    {
                        yield return (row, after);
                    }

                    break;
            }
        }
    }

    /// <summary>Gets the index of the <c>Prioridad</c> column (by its role, else by its header), or <see langword="null"/>: its figures weight averages and are never totalled.</summary>
    public static int? PriorityColumn(FigureTable table)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Role == ColumnRole.Priority || Names.Fold(table.Columns[i].Name).StartsWith("PRIORIDAD", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Gets the value of a row in a column, or <see langword="null"/>.</summary>
    public static ReportValue? At(FigureRow row, int column) => column < row.Values.Count ? row.Values[column] : null;

    /// <summary>Gets a readable name of a row for messages.</summary>
    public static string RowName(FigureRow row) => row.Code is { Length: > 0 } code ? code : Label(row);

    /// <summary>Gets a row's label without its printed numbering (<c>3 Oficina de Informática</c> → <c>Oficina de Informática</c>).</summary>
    public static string Label(FigureRow row) => row.Label.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ');
}

namespace Ingest.Tables.Logical;

/// <summary>A table found on one page, read as a possible part of a logical table: chrome dropped, header found.</summary>
internal sealed class Part
{
    private List<IReadOnlyList<string>>? headerPaths;

    private Part(Table table, PageContent? page, int orderOnPage, bool isLastOnPage, List<SlotRow> rows, int headerCount, bool ruled)
    {
        Table = table;
        Page = page;
        OrderOnPage = orderOnPage;
        IsLastOnPage = isLastOnPage;
        Header = rows.Take(headerCount).ToList();
        Body = rows.Skip(headerCount).ToList();
        Ruled = ruled;
        Centred = !ruled && Body.Count > 0 && !Body[0].IsEmpty && !HeaderRows.IsData(Body[0]) && Body.Skip(1).Any(HeaderRows.IsData);
    }

    public Table Table { get; }

    public PageContent? Page { get; }

    /// <summary>Gets the 1-based order of the table on its page.</summary>
    public int OrderOnPage { get; }

    public bool IsLastOnPage { get; }

    public List<SlotRow> Header { get; }

    public List<SlotRow> Body { get; }

    /// <summary>Gets the column paths of the header, computed once (every pair of parts compares them).</summary>
    public List<IReadOnlyList<string>> HeaderPaths => headerPaths ??= HeaderRows.Paths(Header, Table.ColumnCount);

    /// <summary>Gets whether the table's rows are separated by rulings, so that each row is whole.</summary>
    public bool Ruled { get; }

    /// <summary>Gets whether a data row's first lines come before its key line (cells centred vertically).</summary>
    public bool Centred { get; }

    public static Part Read(Table table, PageContent? page, int orderOnPage, bool isLastOnPage)
    {
        var rows = SlotRow.From(table);
        var start = 0;
        while (start < rows.Count && (rows[start].IsEmpty || IsChrome(rows[start])))
        {
            start++;
        }

        var end = rows.Count;
        while (end > start && (rows[end - 1].IsEmpty || IsChrome(rows[end - 1])))
        {
            end--;
        }

        rows = rows.GetRange(start, end - start);
        var ruled = IsRuled(table);
        if (!ruled && page is not null && RuleBands.Join(rows, table.Box, page) is { } banded)
        {
            rows = banded;
            ruled = true;
        }

        Func<SlotRow, bool>? isLabel = page is null || ruled ? null : row => IsBold(row, page);
        return new Part(table, page, orderOnPage, isLastOnPage, rows, HeaderRows.Count(rows, isLabel), ruled);
    }

    /// <summary>Gets whether the part ends with a data row (figures or a code) and, after it, only lines of text (its wrapped cells).</summary>
    public bool EndsWithDataRow
    {
        get
        {
            for (var r = Body.Count - 1; r >= 0; r--)
            {
                var row = Body[r];
                if (row.IsEmpty)
                {
                    continue;
                }

                if (HeaderRows.IsData(row))
                {
                    return true;
                }

                if (HeaderRows.IsLabelLine(row) || row.Cells.Any(c => c is { ColumnSpan: > 1 }))
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Gets whether the rows taken for a header have nothing in the first column: on a continuation page they are the
    /// last lines of a row begun on the page before, not labels.
    /// </summary>
    public bool HeaderIsKeyless => Header.Count > 0 && Header.All(IsKeyless);

    /// <summary>
    /// Gets whether this part's header continues the first part's: the same column paths, or the first part's header
    /// rows repeated and then only rows with nothing in the first column (the rest of a row cut by the page break), or,
    /// when the first part has no header, rows that hold words only in the columns where the first part's rows hold
    /// words, none over its figure columns (the rest of a row whose wrapped name and labels continue on this page).
    /// </summary>
    public bool ContinuesHeaderOf(Part first)
    {
        if (Header.Count == 0 || HeaderIsKeyless || Continuation.SamePaths(first.HeaderPaths, HeaderPaths))
        {
            return true;
        }

        if (first.Header.Count == 0 && Table.ColumnCount == first.Table.ColumnCount && Header.All(r => OnlyInWordColumns(r, first.Body)))
        {
            return true;
        }

        return RepeatsHeaderOf(first) && Header.Skip(first.Header.Count).All(IsKeyless);
    }

    /// <summary>Gets whether a row's cells hold text only in columns where most of the given rows' texts are words, not figures.</summary>
    private static bool OnlyInWordColumns(SlotRow row, List<SlotRow> rows)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (row.TextAt(c).Length == 0)
            {
                continue;
            }

            var (words, figures) = (0, 0);
            foreach (var other in rows)
            {
                var text = other.TextAt(c);
                if (text.Length > 0)
                {
                    _ = CellValues.IsNumber(CellValues.Normalize(text)) ? figures++ : words++;
                }
            }

            if (words == 0 || figures >= words)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the rows after the header this part repeats from the table's first part (all rows when it repeats none).</summary>
    public List<SlotRow> BodyAfterRepeatedHeader(Part first)
    {
        if (Header.Count > 0)
        {
            if (Continuation.SamePaths(first.HeaderPaths, HeaderPaths))
            {
                return Body;
            }

            return RepeatsHeaderOf(first) ? [.. Header.Skip(first.Header.Count), .. Body] : [.. Header, .. Body];
        }

        // A repeated header that holds no data row below it in this part is still the first part's header.
        var skip = 0;
        while (skip < Body.Count && skip < first.Header.Count && Body[skip].Text == first.Header[skip].Text && Body[skip].Text.Length > 0)
        {
            skip++;
        }

        return Body.Skip(skip).ToList();
    }

    private static bool IsKeyless(SlotRow row) => row.Cover[0] is null || row.Cover[0]!.Text.Length == 0;

    private bool RepeatsHeaderOf(Part first) =>
        first.Header.Count > 0 && Header.Count >= first.Header.Count && first.Header.Select((h, i) => h.Text == Header[i].Text).All(x => x);

    /// <summary>Gets each column's left and right edge from the cells spanning one column (NaN for a column without any).</summary>
    public (double Left, double Right)[] ColumnEdges() => EdgesOf(Table);

    /// <summary>Gets each column's left and right edge of a table from the cells spanning one column (NaN for a column without any).</summary>
    public static (double Left, double Right)[] EdgesOf(Table table)
    {
        var edges = new (double Left, double Right)[table.ColumnCount];
        Array.Fill(edges, (double.NaN, double.NaN));
        foreach (var cell in table.Cells.Where(c => c.ColumnSpan == 1 && c.Column < edges.Length))
        {
            var (left, right) = edges[cell.Column];
            edges[cell.Column] = (double.IsNaN(left) ? cell.Box.Left : Math.Min(left, cell.Box.Left), double.IsNaN(right) ? cell.Box.Right : Math.Max(right, cell.Box.Right));
        }

        return edges;
    }

    /// <summary>Gets whether a row is a browser's running head or footer: an address, a date and a title, <c>n/m</c>.</summary>
    internal static bool IsChrome(SlotRow row)
    {
        var texts = row.Texts.ToList();
        if (texts.Any(t => CellValues.IsBrowserChrome(t) && !CellValues.IsNumber(t)) && texts.Skip(1).All(t => !CellValues.IsNumber(t) || CellValues.IsBrowserChrome(t)))
        {
            return true;
        }

        return texts.Count > 0 && texts.Any(CellValues.IsUrl);
    }

    /// <summary>Gets whether each row of the table is whole: ruled cells are; text-aligned rows are single lines.</summary>
    private static bool IsRuled(Table table) => table.Mode != TableMode.Stream || table.RowCount <= 1;

    private static bool IsBold(SlotRow row, PageContent page)
    {
        var boxes = row.Cells.Where(c => c is { Text.Length: > 0 }).Select(c => c!.Box).ToList();
        var any = false;
        foreach (var word in page.Words)
        {
            var (x, y) = (word.Box.CenterX, word.Box.CenterY);
            if (boxes.Any(b => x >= b.Left && x <= b.Right && y >= b.Top && y <= b.Bottom))
            {
                if (!word.Bold)
                {
                    return false;
                }

                any = true;
            }
        }

        return any || boxes.Count == 0;
    }
}

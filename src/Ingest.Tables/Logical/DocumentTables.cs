namespace Ingest.Tables.Logical;

/// <summary>
/// Turns the tables found page by page into the tables a reader sees (<see cref="LogicalTable"/>): header rows
/// flattened into column paths, wrapped lines joined into rows, and a table continued on the next page joined
/// with its first part.
/// </summary>
public static class DocumentTables
{
    /// <summary>Builds the logical tables of a document.</summary>
    /// <remarks>
    /// <para>Header rows are the label rows above the first data row (a row whose key cell starts with a planning
    /// code, or whose cells are mostly figures; years count as labels). A header cell spanning several columns
    /// gives its text to each; the texts above a column, top to bottom, make its path.</para>
    /// <para>In a table without row rulings (stream), a row starts at a line whose key column starts a new value
    /// (a code such as <c>IND.01.AEI.01.01</c>); other lines continue the row, and a code cut at a line end
    /// (<c>AEI.01.0</c> / <c>1</c>) is rejoined. Ruled rows are taken as they are.</para>
    /// <para>The last table of a page continues on the next page when the first table there has the same number of
    /// columns at compatible positions, its header (if any) repeats the first part's, the first part does not end
    /// with a total row, and, when the pages are given, no text other than the page margins lies between them.</para>
    /// <para>When the pages are given, a text-aligned table opening the next page with fewer columns (its rows leave
    /// some columns empty) is read again on the first part's columns, and continues it when it then meets the
    /// conditions above.</para>
    /// <para>When the pages are given, the lines at the top of a page that end the last row of the page before, printed
    /// above the next section's heading in the same text-aligned block, are split off and continue that row.</para>
    /// <para>When the pages are given, header lines a page break left at the foot of a page (a ruled box without its
    /// bottom rule, which the lattice does not close into a table) are put back as the first lines of the first row of
    /// the next page's first table, when that row is the rest of the cut header row (labels only, its first cell
    /// empty).</para>
    /// <para>A line a page break sliced through, printed at the foot of one page and again at the top of the next with
    /// the glyphs the clip cut off missing from one copy (a browser's <c>4 00</c> for <c>4.00</c>), is one line: the
    /// complete copy is kept.</para>
    /// <para>Lines a browser prints at the top and bottom of a page (date, address, <c>n/m</c>) are not rows.</para>
    /// <para>A text-aligned table the block finder cut on one page (a headerless block right below it, no text between, its
    /// text on the table's columns) goes on in that block.</para>
    /// <para>A text-aligned table is split at a caption line (<c>Cuadro 2. ...</c>) below its first line: two tables
    /// printed one below the other that the text alignment read as one block.</para>
    /// </remarks>
    /// <param name="tables">The tables of the document, in page order and, on a page, in reading order.</param>
    /// <param name="pages">The content of the pages the tables are on, when available; it tells ruled from unruled
    /// rows, header labels (bold) from data, whether text separates two parts of a table, and
    /// which header lines a page break left at the foot of the page before a table.</param>
    /// <returns>The logical tables, in the order of their first part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<LogicalTable> Build(IReadOnlyList<Table> tables, IReadOnlyList<PageContent>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var byPage = new Dictionary<int, PageContent>();
        foreach (var page in pages ?? [])
        {
            byPage.TryAdd(page.PageNumber, page);
        }

        // Two text-aligned tables one below the other, read as one block, are split at the caption of the second.
        tables = tables.SelectMany(t => t.Mode == TableMode.Stream ? Captions.Split(t) : [t]).ToList();
        tables = byPage.Count == 0 ? tables : RestoreCutHeaders(tables, byPage);
        var parts = new List<Part>(tables.Count);
        var orderOnPage = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            orderOnPage = i > 0 && tables[i - 1].Page == tables[i].Page ? orderOnPage + 1 : 1;
            var isLastOnPage = i + 1 == tables.Count || tables[i + 1].Page != tables[i].Page;
            parts.Add(Part.Read(tables[i], byPage.GetValueOrDefault(tables[i].Page), orderOnPage, isLastOnPage));
        }

        var result = new List<LogicalTable>();
        var group = new List<Part>();
        foreach (var read in parts)
        {
            var part = read;
            if (group.Count > 0 && Continuation.OnSamePage(group[0], group[^1], part, byPage) is { } below)
            {
                group.Add(below);
                continue;
            }

            if (group.Count > 0 && !Continuation.Continues(group[0], group[^1], part, byPage))
            {
                if (Continuation.OnColumnsOf(group[0], group[^1], part, byPage) is { } realigned && Continuation.Continues(group[0], group[^1], realigned, byPage))
                {
                    part = realigned;
                }
                else if (PageTopLines.Split(group[0], group[^1], part, byPage) is var (lines, rest) && Continuation.Continues(group[0], group[^1], lines, byPage))
                {
                    if (rest is null)
                    {
                        group.Add(lines);
                        continue;
                    }

                    group.Add(lines);
                    part = rest;
                }
            }

            if (group.Count > 0 && !Continuation.Continues(group[0], group[^1], part, byPage))
            {
                result.Add(Assemble(group));
                group = [];
            }

            group.Add(part);
        }

        if (group.Count > 0)
        {
            result.Add(Assemble(group));
        }

        return result;
    }

    /// <summary>
    /// Puts back into the first table of each page the header lines the page break left at the foot of the page
    /// before (<see cref="CutHeaders.Restore(PageContent, IReadOnlyList{Table}, Table, out PdfRect?)"/>); only where
    /// both pages are given. A text-aligned table found in the open box is those lines, not a table of its own.
    /// </summary>
    private static List<Table> RestoreCutHeaders(IReadOnlyList<Table> tables, Dictionary<int, PageContent> pages)
    {
        var restored = new List<Table>(tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var firstOnPage = i == 0 || tables[i - 1].Page != table.Page;
            if (firstOnPage && pages.ContainsKey(table.Page) && pages.TryGetValue(table.Page - 1, out var previous))
            {
                // Only ruled tables close the box: the lines in it may have been read as a text-aligned table.
                var ruled = restored.Where(t => t.Page == previous.PageNumber && t.Mode != TableMode.Stream).ToList();
                table = CutHeaders.Restore(previous, ruled, table, out var box);
                if (box is { } cut)
                {
                    restored.RemoveAll(t => t.Page == previous.PageNumber && t.Mode == TableMode.Stream
                        && t.Box.Top >= cut.Top - 2 && t.Box.Bottom <= cut.Bottom + 2);
                }
            }

            restored.Add(table);
        }

        return restored;
    }

    private static bool IsCutByPageBreak(SlotRow row) =>
        !row.IsEmpty && (row.Cover[0] is null || row.Cover[0]!.Text.Length == 0) && !HeaderRows.IsData(row);

    /// <summary>
    /// Gets whether two rows are one line printed at the foot of a page and again at the top of the next, one copy
    /// missing glyphs the clip cut off: the same columns hold text, each cell's text is the same once the separators a
    /// clip at the baseline drops (<c>.</c> and <c>,</c>) are left out, and the copies are not identical (two identical
    /// lines may be two rows of the table).
    /// </summary>
    private static bool IsSlicedCopy(SlotRow foot, SlotRow top)
    {
        if (foot.IsEmpty || foot.Cells.Length != top.Cells.Length || foot.Text == top.Text)
        {
            return false;
        }

        for (var c = 0; c < foot.Cells.Length; c++)
        {
            var (a, b) = (foot.TextAt(c), top.TextAt(c));
            if ((a.Length == 0) != (b.Length == 0) || !string.Equals(WithoutSeparators(a), WithoutSeparators(b), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string WithoutSeparators(string text) =>
        string.Concat(text.Where(ch => ch is not ('.' or ',') && !char.IsWhiteSpace(ch)));

    private static int Characters(SlotRow row) => row.Texts.Sum(t => t.Count(ch => !char.IsWhiteSpace(ch)));

    /// <summary>Gets whether every text of a row is made of words of its own column's header path, none a figure.</summary>
    private static bool HeaderWordsOnly(SlotRow row, IReadOnlyList<IReadOnlyList<string>> paths)
    {
        var any = false;
        for (var c = 0; c < row.Cells.Length && c < paths.Count; c++)
        {
            var text = CellValues.Normalize(row.TextAt(c));
            if (text.Length == 0)
            {
                continue;
            }

            var words = paths[c].SelectMany(p => p.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
            if (CellValues.IsNumber(text) || !text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(words.Contains))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static LogicalTable Assemble(List<Part> group)
    {
        var first = group[0];
        var columns = first.Table.ColumnCount;
        var paths = first.HeaderPaths;
        var data = new List<SlotRow>();
        var ruled = new HashSet<SlotRow>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < group.Count; i++)
        {
            var part = group[i];
            var body = i == 0 ? part.Body : part.BodyAfterRepeatedHeader(first);
            if (i > 0 && part.Ruled && body.Count > 0 && data.Count > 0 && IsCutByPageBreak(body[0]))
            {
                // A ruled row the page break cut in two: its rest opens the next page with an empty first column.
                var joined = RowAnchors.Append(data[^1], body[0]);
                if (ruled.Remove(data[^1]))
                {
                    ruled.Add(joined);
                }

                data[^1] = joined;
                body = body.Skip(1).ToList();
            }

            if (i > 0 && !part.Ruled && body.Count > 0 && data.Count > 0 && !ruled.Contains(data[^1]) && IsSlicedCopy(data[^1], body[0]))
            {
                // A line the page break sliced through, printed on both pages (a browser prints a line that straddles
                // the break on each side, clipped); the copy that lost glyphs to the clip is dropped.
                if (Characters(data[^1]) < Characters(body[0]))
                {
                    data[^1] = body[0];
                }

                body = body.Skip(1).ToList();
            }

            data.AddRange(body);
            if (part.Ruled)
            {
                foreach (var row in body)
                {
                    ruled.Add(row);
                }
            }
        }

        var header = first.Header;
        if (header.Count == 0 && !first.Body.Any(HeaderRows.IsData))
        {
            // The first part held only labels (a table starting at the foot of a page, its header cut by the page
            // break): the header is found again over the joined parts.
            var count = HeaderRows.Count(data);
            header = data.Take(count).ToList();
            data = data.Skip(count).ToList();
            paths = HeaderRows.Paths(header, columns);
        }

        // A header printed again inside the table (at the top of each block of rows) is header, not data.
        var labels = header.Select(h => h.Text).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        data = data.Where(r => !labels.Contains(r.Text)).ToList();

        // Header lines printed again above each block of an unruled table stand alone (no wrapped line joins across
        // them) and are left out.
        // So are pieces of a header a page break cut (MEDICION / RESPONSABLE, the last words of labels wrapped above).
        var labelLines = data.Where(r => !ruled.Contains(r) && (HeaderRows.IsLabelLine(r) || HeaderWordsOnly(r, paths))).ToHashSet(ReferenceEqualityComparer.Instance);
        var rowsJoined = RowAnchors.Join(data, r => ruled.Contains(r) || labelLines.Contains(r), first.Centred);
        var rows = rowsJoined.Where(r => !r.IsEmpty && !labelLines.Contains(r)).Select(r => new TableRow(r.Page, r.Box, r.Cells)).ToList();
        var tableColumns = Enumerable.Range(0, columns).Select(c => new TableColumn(c, paths[c])).ToList();
        var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t{first.Table.Page}.{first.OrderOnPage}");
        return new LogicalTable(id, tableColumns, rows, group.Select(p => p.Table).ToList())
        {
            Header = header.Select(r => new TableRow(r.Page, r.Box, r.Cells)).ToList(),
        };
    }
}

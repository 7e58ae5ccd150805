namespace Ingest.Tables.Logical;

/// <summary>
/// Joins the text lines of an unruled table into rows: a row starts where its key column starts a new value (a
/// planning code such as <c>IND.01.AEI.01.01</c>, or any text when the table has no codes); lines without one
/// continue a row, and a code cut at the end of a line (<c>AEI.01.0</c> / <c>1</c>) is rejoined.
/// </summary>
internal static class RowAnchors
{
    private enum Kind
    {
        /// <summary>A row kept as it is (ruled rows are already whole).</summary>
        Whole,

        /// <summary>The line where a row starts.</summary>
        Anchor,

        /// <summary>A line continuing a row.</summary>
        Continuation,

        /// <summary>A line holding the rest of a code cut at the end of the line above.</summary>
        CodeTail,
    }

    /// <summary>Joins wrapped lines into rows.</summary>
    /// <param name="rows">The data rows of a logical table, in order.</param>
    /// <param name="ruled">Tells whether a row comes from a ruled table, whose rows are whole already.</param>
    /// <param name="centred">Whether the table prints its cells centred vertically in their row, so that a row's
    /// first lines may come before the line of its key.</param>
    /// <returns>The rows, each wrapped row joined into one.</returns>
    public static List<SlotRow> Join(IReadOnlyList<SlotRow> rows, Func<SlotRow, bool> ruled, bool centred)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var columns = rows[0].Cells.Length;
        var coded = KeyColumn(rows, columns, out var key);
        var kinds = Classify(rows, ruled, key, coded);
        var owner = Assign(rows, kinds, centred);

        var result = new List<SlotRow>();
        var byAnchor = new Dictionary<int, List<int>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var o = owner[i];
            if (o == i)
            {
                continue;
            }

            if (!byAnchor.TryGetValue(o, out var list))
            {
                byAnchor[o] = list = [];
            }

            list.Add(i);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (owner[i] != i)
            {
                continue;
            }

            if (!byAnchor.TryGetValue(i, out var parts))
            {
                result.Add(rows[i]);
                continue;
            }

            result.Add(Merge(rows, i, parts, kinds, key));
        }

        return result;
    }

    /// <summary>Gets whether the key column holds planning codes, and which column it is.</summary>
    /// <remarks>
    /// The key column is the one whose codes start rows holding figures (a column of section codes such as
    /// <c>OEI.02</c> over blocks of indicator rows is not); then the one with most codes; then the leftmost.
    /// </remarks>
    private static bool KeyColumn(IReadOnlyList<SlotRow> rows, int columns, out int key)
    {
        var codes = new int[columns];
        var withFigures = new int[columns];
        var filled = new int[columns];
        foreach (var row in rows)
        {
            var figures = row.Texts.Any(t => CellValues.IsNumber(t) && !CellValues.IsYearLike(t));
            for (var c = 0; c < columns; c++)
            {
                var text = row.TextAt(c);
                if (text.Length > 0)
                {
                    filled[c]++;
                    if (CellValues.StartsWithCode(text))
                    {
                        codes[c]++;
                        withFigures[c] += figures ? 1 : 0;
                    }
                }
            }
        }

        var best = -1;
        for (var c = 0; c < columns; c++)
        {
            if (codes[c] > 0 && (best < 0 || withFigures[c] > withFigures[best] || withFigures[c] == withFigures[best] && codes[c] > codes[best]))
            {
                best = c;
            }
        }

        if (best >= 0)
        {
            key = best;
            return true;
        }

        // Without codes, the key is the leftmost column filled in at least half the lines.
        key = 0;
        for (var c = 0; c < columns; c++)
        {
            if (filled[c] * 2 >= rows.Count)
            {
                key = c;
                break;
            }
        }

        return false;
    }

    private static Kind[] Classify(IReadOnlyList<SlotRow> rows, Func<SlotRow, bool> ruled, int key, bool coded)
    {
        var kinds = new Kind[rows.Count];
        string? lastCode = null;
        SlotRow? current = null;
        var currentAt = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (ruled(row) || row.Cells.Any(c => c is { ColumnSpan: > 1 }))
            {
                // A line running across columns in an unruled table is a section's heading: a row on its own.
                kinds[i] = Kind.Whole;
                current = null;
                lastCode = null;
                continue;
            }

            var keyText = row.TextAt(key);
            if (coded && lastCode is not null && keyText.Length > 0 && CellValues.IsCodeCut(lastCode, keyText))
            {
                kinds[i] = Kind.CodeTail;
                lastCode = null;
                continue;
            }

            // A row whose first text is a code left of the key column (a section line such as OEI.02 over its
            // indicators) stands on its own too.
            var starts = coded
                ? CellValues.StartsWithCode(keyText) || keyText.Length == 0 && row.Texts.FirstOrDefault() is { } first && CellValues.StartsWithCode(first) && FirstColumn(row) < key
                : keyText.Length > 0 && row.Cover[key] is not null && ReferenceEquals(row.Cover[key], row.Cells[key]);
            if (starts || current is null && !coded
                || current is not null && (!coded || keyText.Length > 0 && !WrapsKeyAbove(rows, kinds, i, key)) && FiguresCollide(current, row)
                || current is not null && keyText.Length == 0 && LabelsItsFigures(row) && rows.Skip(currentAt).Take(i - currentAt).Any(line => FiguresCollide(line, row)))
            {
                kinds[i] = Kind.Anchor;
                current = row;
                currentAt = i;
                lastCode = coded && CellValues.LeadingCode(keyText) is not null ? keyText : null;
                continue;
            }

            kinds[i] = Kind.Continuation;
        }

        return kinds;
    }

    /// <summary>
    /// Gets whether a line's key text goes on from a key cell that already wraps (the nearest line above with key text
    /// continues a row) at the spacing of wrapped lines (less than half a line apart): it is the rest of a name, not a
    /// new row such as a total, even where its figures fall in columns the row already holds (a second line of figures).
    /// </summary>
    private static bool WrapsKeyAbove(IReadOnlyList<SlotRow> rows, Kind[] kinds, int index, int key)
    {
        if (rows[index].Cells[key] is not { } cell)
        {
            return false;
        }

        for (var j = index - 1; j >= 0 && rows[j].Page == rows[index].Page; j--)
        {
            if (rows[j].Cells[key] is { Text.Length: > 0 } above)
            {
                var gap = cell.Box.Top - above.Box.Bottom;
                return kinds[j] == Kind.Continuation && gap >= -cell.Box.Height / 2 && gap < cell.Box.Height / 2;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets whether a line names its own figures: a label ending with a colon followed by a figure
    /// (<c>EJECUCIÓN FÍSICA POR AEI.04.06: 100.0</c>). Under an empty key, with figures in columns where a line of
    /// the row above has some, such a line is a subtotal, not a second line of figures of that row.
    /// </summary>
    private static bool LabelsItsFigures(SlotRow row)
    {
        var texts = row.Texts;
        for (var t = 0; t + 1 < texts.Count; t++)
        {
            if (texts[t].EndsWith(':') && texts[t].Any(char.IsLetter) && CellValues.IsNumber(texts[t + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstColumn(SlotRow row)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (row.TextAt(c).Length > 0)
            {
                return c;
            }
        }

        return row.Cells.Length;
    }

    /// <summary>
    /// Gets whether a line puts a figure in a column where the row above already has one: then it is a new row
    /// without a key (a total), not a continuation. In a table keyed by codes this needs text in the key column
    /// (<c>TOTAL</c>); figures under an empty key are a second line of figures of the same row (<c>PROG.</c> / <c>EJEC.</c>).
    /// </summary>
    private static bool FiguresCollide(SlotRow current, SlotRow row)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var text = row.TextAt(c);
            if (text.Length > 0 && CellValues.IsNumber(text) && !CellValues.IsYearLike(text) && current.TextAt(c).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets, for each line, the index of the line starting its row.</summary>
    private static int[] Assign(IReadOnlyList<SlotRow> rows, Kind[] kinds, bool centred)
    {
        var owner = new int[rows.Count];
        var previous = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            switch (kinds[i])
            {
                case Kind.Whole:
                    owner[i] = i;
                    previous = -1;
                    break;
                case Kind.Anchor:
                    owner[i] = i;
                    previous = i;
                    break;
                case Kind.CodeTail:
                    owner[i] = previous >= 0 ? previous : i;
                    break;
                default:
                    var next = NextAnchor(rows, kinds, i);
                    if (previous < 0)
                    {
                        owner[i] = next >= 0 ? next : i;
                    }
                    else if (centred && next >= 0 && rows[next].Page == rows[i].Page && rows[previous].Page == rows[i].Page
                        && Math.Abs(rows[next].Middle - rows[i].Middle) < Math.Abs(rows[i].Middle - rows[previous].Middle))
                    {
                        owner[i] = next;
                    }
                    else
                    {
                        owner[i] = previous;
                    }

                    break;
            }
        }

        return owner;
    }

    private static int NextAnchor(IReadOnlyList<SlotRow> rows, Kind[] kinds, int from)
    {
        for (var j = from + 1; j < rows.Count; j++)
        {
            if (kinds[j] == Kind.Anchor)
            {
                return j;
            }

            if (kinds[j] == Kind.Whole)
            {
                return -1;
            }
        }

        return -1;
    }

    private static SlotRow Merge(IReadOnlyList<SlotRow> rows, int anchor, List<int> parts, Kind[] kinds, int key)
    {
        var columns = rows[anchor].Cells.Length;
        var order = parts.Append(anchor).Order().ToList();
        var cells = new Cell?[columns];
        for (var c = 0; c < columns; c++)
        {
            Cell? merged = null;

            // The key cell starts with the row's key, even where a line printed above it spills into the key column.
            var columnOrder = c == key && key >= 0 ? order.Where(i => i == anchor).Concat(order.Where(i => i != anchor)) : order;
            foreach (var i in columnOrder)
            {
                var cell = rows[i].Cells[c];
                if (cell is null || cell.Text.Length == 0 && merged is not null)
                {
                    continue;
                }

                if (merged is null)
                {
                    merged = cell;
                    continue;
                }

                var glue = kinds[i] == Kind.CodeTail && c == key;
                var text = merged.Text.Length == 0 ? cell.Text : glue ? GlueCode(merged.Text, cell.Text) : merged.Text + "\n" + cell.Text;
                var box = rows[i].Page == rows[anchor].Page ? merged.Box.Union(cell.Box) : merged.Box;
                var span = rows[i].Page == rows[anchor].Page ? Math.Max(merged.Row + merged.RowSpan, cell.Row + cell.RowSpan) - merged.Row : merged.RowSpan;
                merged = merged with { Text = text, Box = box, RowSpan = Math.Max(1, span) };
            }

            cells[c] = merged;
        }

        var cover = (Cell?[])cells.Clone();
        return new SlotRow(rows[anchor].Page, cells, cover);
    }

    /// <summary>Appends the texts of <paramref name="rest"/> to the cells of <paramref name="row"/>, column by column.</summary>
    public static SlotRow Append(SlotRow row, SlotRow rest)
    {
        var rows = new[] { row, rest };
        var kinds = new[] { Kind.Anchor, Kind.Continuation };
        return Merge(rows, 0, [1], kinds, -1);
    }

    /// <summary>Puts the first token of <paramref name="tail"/> right after the cut code that starts <paramref name="head"/>.</summary>
    private static string GlueCode(string head, string tail)
    {
        var code = CellValues.LeadingCode(head) ?? string.Empty;
        var t = tail.TrimStart();
        var end = t.AsSpan().IndexOfAny(" \n\t");
        var token = end < 0 ? t : t[..end];
        var rest = end < 0 ? string.Empty : t[(end + 1)..].Trim();
        var start = head.IndexOf(code, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : start + code.Length + (start + code.Length < head.Length && head[start + code.Length] == '.' ? 1 : 0);
        var joined = start < 0 ? head + token : head[..stop] + token + head[stop..];
        return rest.Length == 0 ? joined : joined + "\n" + rest;
    }
}

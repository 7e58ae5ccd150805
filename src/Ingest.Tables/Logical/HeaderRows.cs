namespace Ingest.Tables.Logical;

/// <summary>Finds a table's header rows and flattens them into column paths.</summary>
internal static class HeaderRows
{
    /// <summary>More label rows than this above the first data row mean the labels are not a header (a title, a note).</summary>
    private const int MaxHeaderRows = 8;

    /// <summary>
    /// Gets whether a row holds data rather than labels: its key cell starts with a planning code, or most of its
    /// cells are figures (years and period labels such as <c>2024 - Sem1</c> count as labels).
    /// </summary>
    public static bool IsData(SlotRow row)
    {
        var texts = row.Texts.ToList();
        if (texts.Count == 0)
        {
            return false;
        }

        // A label never starts with a planning code: a row with one in any cell (after a numbering column such as 5.2) is data.
        if (texts.Any(CellValues.StartsWithCode))
        {
            return true;
        }

        var figures = texts.Count(t => CellValues.IsNumber(t) && !CellValues.IsYearLike(t));
        return figures > 0 && figures * 2 >= texts.Count;
    }

    /// <summary>
    /// Gets whether a text line inside an unruled table is a header line printed again above a block of rows: no
    /// figure, no code, and either at least three years (<c>Año Valor 2020 2021 2022</c>) or capitals only in at
    /// least three cells (<c>COD. | INDICADOR | UE</c>; a cell of signs only, such as <c>(%)</c>, is not counted).
    /// </summary>
    public static bool IsLabelLine(SlotRow row)
    {
        var texts = row.Texts.ToList();
        if (texts.Count == 0 || CellValues.StartsWithCode(texts[0]))
        {
            return false;
        }

        var tokens = texts.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (tokens.Any(t => CellValues.IsNumber(t) && !CellValues.IsYearLike(t)))
        {
            return false;
        }

        if (tokens.Count(CellValues.IsYearLike) >= 3)
        {
            return true;
        }

        // Signs printed as a label of their own ((%)) neither make nor break a line of capitals.
        var words = texts.Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        return words.Count >= 3 && words.All(t => t.Any(char.IsLetter) && !t.Any(char.IsLower));
    }

    /// <summary>Gets the number of header rows at the top of <paramref name="rows"/>: the label rows above the first data row.</summary>
    /// <param name="rows">The table's rows.</param>
    /// <param name="isLabel">Tells whether a row above the first data row is printed as a label (bold); when some are,
    /// plain rows directly above the first data row with an empty first column are the first lines of a data row whose
    /// cells are centred vertically.</param>
    public static int Count(IReadOnlyList<SlotRow> rows, Func<SlotRow, bool>? isLabel = null)
    {
        var first = -1;
        for (var r = 0; r < rows.Count && r <= MaxHeaderRows; r++)
        {
            if (IsData(rows[r]))
            {
                first = r;
                break;
            }
        }

        if (first < 0)
        {
            // No row reads as data (rows of words and a numbering, "No programada para el periodo"): the leading rows
            // without any figure or code are the header, when rows follow them.
            var labels = 0;
            while (labels < rows.Count && labels <= MaxHeaderRows && !rows[labels].IsEmpty && !rows[labels].Texts.Any(t => CellValues.IsNumber(t) && !CellValues.IsYearLike(t)))
            {
                labels++;
            }

            return labels < rows.Count ? labels : 0;
        }

        if (first == 0)
        {
            return 0;
        }

        // Only where the labels are set apart (bold) can a plain line above the first key, with nothing in the key
        // column, be told from a label: it is the first line of a row whose cells are centred vertically.
        if (isLabel is not null && rows.Take(first).Any(isLabel))
        {
            while (first > 0 && !rows[first - 1].IsEmpty && rows[first - 1].TextAt(0).Length == 0 && !isLabel(rows[first - 1]))
            {
                first--;
            }
        }
        else if (isLabel is not null && CellValues.StartsWithCode(rows[first].Texts[0]))
        {
            // Labels set like the data: above a row keyed by a planning code, the lines with nothing in the first
            // column up to the last label line (capitals in several cells, or periods) are the row's first lines.
            while (first > 0 && !rows[first - 1].IsEmpty && rows[first - 1].TextAt(0).Length == 0 && !IsLabelLine(rows[first - 1]))
            {
                first--;
            }
        }

        return first;
    }

    /// <summary>
    /// Gets each column's header path: the texts of the header cells covering the column, top to bottom, a cell
    /// spanning several columns or header rows counted once per column; in a text-aligned table, a group label counts
    /// over the columns it is printed over (<see cref="GroupLabels"/>).
    /// </summary>
    /// <remarks>
    /// A header cell stacking levels in its lines (<c>Logro / Esperado / 2022</c>, drawn without a ruling between
    /// them) is split into a label and its periods (<c>Logro Esperado</c>, <c>2022</c>); lines two neighbouring cells
    /// both start with (<c>Línea Base</c> above <c>Año</c> and <c>Valor</c>) are their shared label; and a column
    /// headed by periods alone (<c>2023</c>) right of a column with a label and one more level takes that label.
    /// </remarks>
    public static List<IReadOnlyList<string>> Paths(IReadOnlyList<SlotRow> header, int columnCount)
    {
        // A caption kept above the table (Anexo B-3: ...) heads no column.
        var cover = GroupLabels.Cover(header.Where(r => !(r.Texts.Count == 1 && Captions.IsCaption(r.Texts[0]))).ToList(), columnCount);
        var cells = new List<List<string[]>>(columnCount);
        for (var c = 0; c < columnCount; c++)
        {
            var stack = new List<string[]>();
            Cell? previous = null;
            var wraps = false;
            foreach (var row in cover)
            {
                var cell = row[c];
                if (cell is null || ReferenceEquals(cell, previous))
                {
                    continue;
                }

                previous = cell;
                var lines = cell.Text.Split('\n').Select(CellValues.Normalize).Where(l => l.Length > 0).ToArray();
                if (lines.Length == 0)
                {
                    continue;
                }

                // Lines of a text-aligned header, each over this column alone, are the lines of one label cell
                // (Sentido / Esperado); its periods still make levels of their own.
                var alone = cell.Ink is not null && (c == 0 || !ReferenceEquals(row[c - 1], cell)) && (c + 1 == columnCount || !ReferenceEquals(row[c + 1], cell));
                if (alone && wraps)
                {
                    stack[^1] = [.. stack[^1], .. lines];
                }
                else
                {
                    stack.Add(lines);
                }

                wraps = alone;
            }

            cells.Add(stack);
        }

        // Lines shared by the last cells of neighbouring columns form a label of their own.
        var shared = new int[columnCount];
        for (var c = 0; c + 1 < columnCount; c++)
        {
            if (cells[c].Count == 0 || cells[c + 1].Count == 0)
            {
                continue;
            }

            var (a, b) = (cells[c][^1], cells[c + 1][^1]);
            var k = 0;
            while (k < a.Length - 1 && k < b.Length - 1 && a[k] == b[k])
            {
                k++;
            }

            if (k > 0)
            {
                shared[c] = Math.Max(shared[c], k);
                shared[c + 1] = Math.Max(shared[c + 1], k);
            }
        }

        var paths = new List<IReadOnlyList<string>>(columnCount);
        for (var c = 0; c < columnCount; c++)
        {
            var path = new List<string>();
            for (var i = 0; i < cells[c].Count; i++)
            {
                var lines = cells[c][i];
                var split = i == cells[c].Count - 1 ? shared[c] : 0;
                if (split > 0)
                {
                    path.Add(string.Join(' ', lines.Take(split)));
                    lines = lines.Skip(split).ToArray();
                }

                path.AddRange(Levels(lines));
            }

            if (c > 0 && path.Count > 0 && CellValues.IsYearLike(path[0]))
            {
                var left = paths[c - 1];
                if (left.Count == path.Count + 1 && !CellValues.IsYearLike(left[0]) && CellValues.IsYearLike(left[1]))
                {
                    path.Insert(0, left[0]);
                }
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// Splits the lines of one header cell into levels: consecutive label lines make one level, each period line
    /// (<c>2022</c>, <c>Sem1</c>, <c>2024 -</c> / <c>Sem1</c>) a level of its own.
    /// </summary>
    private static List<string> Levels(string[] lines)
    {
        var levels = new List<string>();
        var label = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.EndsWith('-') && i + 1 < lines.Length && CellValues.IsYearLike(line + " " + lines[i + 1]))
            {
                line = line + " " + lines[++i];
            }

            if (CellValues.IsYearLike(line) && (label.Count > 0 || levels.Count > 0 || i + 1 < lines.Length || lines.Length == 1))
            {
                if (label.Count > 0)
                {
                    levels.Add(string.Join(' ', label));
                    label.Clear();
                }

                levels.Add(line);
            }
            else
            {
                label.Add(line);
            }
        }

        if (label.Count > 0)
        {
            levels.Add(string.Join(' ', label));
        }

        return levels;
    }
}

using System.Globalization;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>
/// Builds logical tables from the unruled per-OEI / per-AEI blocks of the CEPLAN web-app report (Anexo B-7 printed by a
/// browser): each block has a header whose innermost line reads <c>Año Valor Año Valor 2020 2021 ...</c> under the
/// group words (<c>LINEA BASE</c>, <c>VALOR ACTUAL</c>, <c>LOGRO ESPERADO</c>, <c>VALOR OBTENIDO</c>, <c>AVANCE (%)</c>),
/// and one indicator per line that starts with its IND code, its name wrapped above and below.
/// Kept beside the table layer's logical tables (<see cref="ReportTables"/>): on these prints the table layer finds the
/// blocks' rows but gives them no header paths (header <c>""</c> for the corpus's <c>2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf</c>),
/// so no profile table matches them; the web-app reports' coverage tests depend on this reader.
/// </summary>
/// <remarks>
/// Columns are the words of the innermost header line; group labels go to its runs (baseline words, then runs of
/// increasing years) in the left-to-right order of the group words above; a value goes to the column whose centre is
/// nearest.
/// </remarks>
internal static class WebAppBlocks
{
    /// <summary>The group words of the web-app header and the label each stands for, matched by the profile's column rules.</summary>
    private static readonly (string Word, string Label)[] GroupWords =
    [
        ("LINEA", "Línea Base"), ("ACTUAL", "Valor Actual"), ("ESPERADO", "Logro Esperado"), ("OBTENIDO", "Valor Obtenido"), ("AVANCE", "Avance (%)"),
    ];

    public static IReadOnlyList<LogicalTable> Build(IReadOnlyList<PageContent> pages)
    {
        var tables = new List<LogicalTable>();
        Header? last = null;
        IReadOnlyList<string>? groups = null;
        foreach (var page in pages)
        {
            var lines = page.Lines;
            var order = 0;

            // Rows at the top of a page, before any heading or header, continue the last block of the previous page.
            var head = 0;
            while (head < lines.Count && !IsHeading(lines[head]) && !IsLeafLine(lines[head]))
            {
                head++;
            }

            if (last is not null && head > 0)
            {
                var carried = Rows(page, lines, last, -1, head, ++order);
                if (carried is not null)
                {
                    tables.Add(carried);
                }
            }

            last = null;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!IsLeafLine(lines[i]))
                {
                    continue;
                }

                var end = i + 1;
                while (end < lines.Count && !IsHeading(lines[end]) && !IsLeafLine(lines[end]))
                {
                    end++;
                }

                var header = ReadHeader(lines, i, groups);
                groups = header?.Groups ?? groups;
                last = end == lines.Count ? header : null;
                var table = header is null ? null : Rows(page, lines, header, i, end, ++order);
                if (table is not null)
                {
                    tables.Add(table);
                }
            }
        }

        return tables;
    }

    private static bool IsLeafLine(TextLine line)
    {
        var words = line.Words.Select(w => HeaderText.Normalise(w.Text)).ToList();
        return words.Count(w => w == "ano") >= 2 && words.Count(w => w == "valor") >= 2 && words.Count(IsYear) >= 3;
    }

    private static bool IsHeading(TextLine line)
        => CeplanCode.TryRead(line.Text, out var code) && !code.IsIndicator && line.Text.TrimStart().StartsWith(code.Raw, StringComparison.Ordinal);

    private static bool IsYear(string word) => word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100;

    private static Header? ReadHeader(IReadOnlyList<TextLine> lines, int leafAt, IReadOnlyList<string>? fallback)
    {
        var leafLine = lines[leafAt];
        var leaves = leafLine.Words.Where(w => HeaderText.Normalise(w.Text) is "ano" or "valor" || IsYear(w.Text)).ToList();
        if (leaves.Count == 0)
        {
            return null;
        }

        // Group words: in the header lines just above (and on) the innermost line, left to right.
        var headerStart = leafAt;
        while (headerStart > 0 && leafAt - headerStart < 6 && !IsHeading(lines[headerStart - 1]) && !lines[headerStart - 1].Words.Any(w => CeplanCode.TryRead(w.Text, out var c) && c.IsIndicator))
        {
            headerStart--;
        }

        var headerTop = lines[headerStart].Box.Top;
        var headerWords = lines.Skip(headerStart).Take(leafAt - headerStart + 1).SelectMany(l => l.Words).ToList();
        var groups = GroupWords
            .Select(g => (g.Label, Word: headerWords.FirstOrDefault(w => HeaderText.Normalise(w.Text) == HeaderText.Normalise(g.Word))))
            .Where(g => g.Word is not null)
            .OrderBy(g => g.Word!.Box.Left)
            .Select(g => g.Label)
            .ToList();

        // Runs of the innermost words: Año/Valor pairs, then runs of increasing years.
        var runOf = new int[leaves.Count];
        var run = 0;
        for (var k = 1; k < leaves.Count; k++)
        {
            var previous = HeaderText.Normalise(leaves[k - 1].Text);
            var current = HeaderText.Normalise(leaves[k].Text);
            var breaks = current == "ano"
                || (IsYear(current) && !IsYear(previous))
                || (IsYear(current) && IsYear(previous) && string.CompareOrdinal(current, previous) <= 0);
            run += breaks ? 1 : 0;
            runOf[k] = run;
        }

        if (run + 1 != groups.Count)
        {
            // A header cut by a page break keeps its group words on the previous page: the layout's last groups stand in.
            if (fallback is null || fallback.Count != run + 1)
            {
                return null;
            }

            groups = [.. fallback];
        }

        var unitWord = headerWords.FirstOrDefault(w => HeaderText.Normalise(w.Text) is "ue");
        var columns = new List<TableColumn> { new(0, ["Código"]), new(1, ["Indicador"]) };
        for (var k = 0; k < leaves.Count; k++)
        {
            columns.Add(new TableColumn(columns.Count, [groups[runOf[k]], leaves[k].Text]));
        }

        columns.Add(new TableColumn(columns.Count, ["UE"]));
        return new Header(columns, leaves, unitWord, leafLine.Box, headerTop, groups);
    }

    private static LogicalTable? Rows(PageContent page, IReadOnlyList<TextLine> lines, Header header, int leafAt, int end, int order)
    {
        var (columns, leaves, unitWord, leafBox, headerTop, _) = header;
        var firstLeaf = leaves[0].Box;
        var lastLeaf = leaves[^1].Box;
        var half = leaves.Zip(leaves.Skip(1), (a, b) => b.Box.CenterX - a.Box.CenterX).DefaultIfEmpty(30).Min() / 2;

        // Rows: lines that start with an IND code; a row's band runs halfway to its neighbours.
        var codeLines = new List<TextLine>();
        for (var i = leafAt + 1; i < end; i++)
        {
            var first = lines[i].Words[0];
            if (CeplanCode.TryRead(first.Text, out var code) && code.IsIndicator && first.Text.StartsWith(code.Raw, StringComparison.Ordinal))
            {
                codeLines.Add(lines[i]);
            }
        }

        var rows = new List<TableRow>();
        var blockWords = lines.Skip(leafAt + 1).Take(end - leafAt - 1).SelectMany(l => l.Words).ToList();
        for (var r = 0; r < codeLines.Count; r++)
        {
            var line = codeLines[r];
            var top = r == 0 ? (leafAt >= 0 ? leafBox.Bottom : line.Box.CenterY - 60) : (codeLines[r - 1].Box.CenterY + line.Box.CenterY) / 2;
            var bottom = r + 1 < codeLines.Count ? (line.Box.CenterY + codeLines[r + 1].Box.CenterY) / 2 : line.Box.CenterY + 60;
            var code = line.Words[0];
            var cells = new Cell?[columns.Count];
            cells[0] = new Cell(r, 0, 1, 1, code.Box, code.Text);

            // The name: words of the band between the code and the first value column, left of the measuring parameter.
            var nameRight = line.Words.Skip(1).FirstOrDefault(w => w.Box.Left > code.Box.Right + 1 && PeruvianNumber.Parse(w.Text).HasValue)?.Box.Left ?? firstLeaf.Left;
            var parameter = line.Words.Skip(1).LastOrDefault(w => w.Box.Right < nameRight - 1 && w.Box.Left > code.Box.Right + 1);
            var nameLimit = parameter?.Box.Left ?? nameRight;
            var nameWords = blockWords.Where(w => w.Box.CenterY > top && w.Box.CenterY < bottom && w.Box.Left > code.Box.Right + 1 && w.Box.Right < nameLimit - 1).ToList();
            if (nameWords.Count > 0)
            {
                cells[1] = new Cell(r, 1, 1, 1, nameWords.Select(w => w.Box).Aggregate((a, b) => a.Union(b)), JoinLines(nameWords));
            }

            foreach (var word in line.Words.Skip(1))
            {
                if (word.Box.CenterX < firstLeaf.Left - half || word.Box.CenterX > lastLeaf.Right + half)
                {
                    continue;
                }

                var nearest = 0;
                for (var k = 1; k < leaves.Count; k++)
                {
                    if (Math.Abs(leaves[k].Box.CenterX - word.Box.CenterX) < Math.Abs(leaves[nearest].Box.CenterX - word.Box.CenterX))
                    {
                        nearest = k;
                    }
                }

                var column = nearest + 2;
                cells[column] = cells[column] is { } taken
                    ? taken with { Text = taken.Text + " " + word.Text, Box = taken.Box.Union(word.Box) }
                    : new Cell(r, column, 1, 1, word.Box, word.Text);
            }

            if (unitWord is not null)
            {
                var ueWords = blockWords.Where(w => w.Box.CenterY > top && w.Box.CenterY < bottom && Math.Abs(w.Box.CenterX - unitWord.Box.CenterX) < 30).ToList();
                if (ueWords.Count > 0)
                {
                    cells[^1] = new Cell(r, columns.Count - 1, 1, 1, ueWords.Select(w => w.Box).Aggregate((a, b) => a.Union(b)), JoinLines(ueWords));
                }
            }

            var box = cells.Where(c => c is not null).Select(c => c!.Box).Aggregate((a, b) => a.Union(b));
            rows.Add(new TableRow(page.PageNumber, box, cells));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var area = new PdfRect(Math.Min(leafBox.Left, rows.Min(r => r.Box.Left)), leafAt >= 0 ? headerTop : rows.Min(r => r.Box.Top), Math.Max(leafBox.Right, rows.Max(r => r.Box.Right)), rows.Max(r => r.Box.Bottom));
        var part = new Table(page.PageNumber, area, [], 0, 0);
        return new LogicalTable(string.Create(CultureInfo.InvariantCulture, $"b{page.PageNumber}.{order}"), columns, rows, [part]);
    }

    /// <summary>A block header: the table columns, the innermost header words that place the value columns, and the UE header word.</summary>
    private sealed record Header(List<TableColumn> Columns, List<Word> Leaves, Word? UnitWord, PdfRect LeafBox, double HeaderTop, IReadOnlyList<string> Groups);

    private static string JoinLines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderBy(w => w.Box.Top).ThenBy(w => w.Box.Left))
        {
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].Box.CenterY - word.Box.CenterY) < 3);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return string.Join('\n', lines.OrderBy(l => l[0].Box.Top).Select(l => string.Join(' ', l.OrderBy(w => w.Box.Left).Select(w => w.Text))));
    }
}

namespace Ingest.Tables.Logical;

/// <summary>
/// Reads the rows of a text-aligned table drawn with horizontal rules only (as word processors' table styles and many
/// browser prints draw them): the lines between two rules that run across the table are one row, whatever the number
/// of lines its cells wrap to.
/// </summary>
internal static class RuleBands
{
    /// <summary>A rule runs across the table when it covers this share of the table's width.</summary>
    private const double Across = 0.9;

    /// <summary>Joins the lines of each band between rules into one row.</summary>
    /// <param name="lines">The table's text lines, top to bottom.</param>
    /// <param name="box">The table's outline.</param>
    /// <param name="page">The page the table is on.</param>
    /// <returns>The rows, or <see langword="null"/> when rules do not cut the lines into bands of one row each: fewer
    /// than two rules across the table, a line outside them (but header lines above the first), no band of several lines, a band holding several data rows
    /// (rules under the header and at the end only, as a booktabs style draws, leave the body to the line reader), or a
    /// band that is not a row (words only, or the figures of the band above).</returns>
    public static List<SlotRow>? Join(List<SlotRow> lines, PdfRect box, PageContent page)
    {
        if (lines.Count < 2)
        {
            return null;
        }

        var rules = Rules(page, box, lines);
        if (rules.Count < 2)
        {
            return null;
        }

        var bands = new List<List<SlotRow>>();
        var last = -1;
        foreach (var line in lines)
        {
            if (line.IsEmpty)
            {
                continue;
            }

            // A line below the last rule, or above the first (the end of a row begun on the page before) is not in a
            // band; header lines above the first rule (a style that draws no rule over the table) are.
            var band = rules.Count(y => y < line.Middle);
            if ((band == 0 && HeaderRows.IsData(line)) || band == rules.Count)
            {
                return null;
            }

            if (band != last)
            {
                bands.Add([]);
                last = band;
            }

            bands[^1].Add(line);
        }

        // Lines above the first rule are header lines only when each heads several columns: lines with nothing in the
        // first column are the end of a row begun on the page before, a line of one cell a caption or a title.
        if (last >= 0 && rules.Count(y => y < bands[0][0].Middle) == 0 && (bands[0].All(l => l.TextAt(0).Length == 0) || bands[0].Any(l => l.Texts.Count < 2)))
        {
            return null;
        }

        if (bands.Count == lines.Count(l => !l.IsEmpty))
        {
            return null; // one line a band: nothing to join
        }

        var rows = new List<SlotRow>(bands.Count);
        var header = 0;
        foreach (var band in bands)
        {
            // The header's band keeps its lines: each level of labels is a header row of its own, and where the words of a
            // label lie tells the columns it heads.
            if (rows.Count == header && !band.Any(HeaderRows.IsData))
            {
                rows.AddRange(band);
                header = rows.Count;
                continue;
            }

            var joined = RowAnchors.Join(band, _ => false, centred: true);
            if (joined.Count(HeaderRows.IsData) > 1)
            {
                return null;
            }

            var row = joined.Skip(1).Aggregate(joined[0], RowAnchors.Append);
            if (rows.Count > header && (FiguresOf(rows[^1], row) || WordsOnly(row)))
            {
                return null;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Gets whether a band is the figures of the band above rather than a row: no code, and figures only in
    /// columns the band above leaves empty (a rule drawn under a row's title line, its figures on the line below).</summary>
    private static bool FiguresOf(SlotRow above, SlotRow band)
    {
        if (band.Texts.Any(CellValues.StartsWithCode))
        {
            return false;
        }

        var figures = 0;
        for (var c = 0; c < band.Cells.Length; c++)
        {
            var text = CellValues.Normalize(band.TextAt(c));
            if (text.Length > 0 && CellValues.IsNumber(text) && !CellValues.IsYearLike(text))
            {
                if (above.TextAt(c).Length > 0)
                {
                    return false;
                }

                figures++;
            }
        }

        return figures > 0;
    }

    /// <summary>Gets whether a band below the first holds words only, no code and no figure: a piece of a wrapped cell cut
    /// off by a rule that does not separate rows (every row of a table drawn with row rules has its key or its figures).</summary>
    private static bool WordsOnly(SlotRow band) => !HeaderRows.IsData(band) && !band.Texts.Any(t => CellValues.IsNumber(t) || CellValues.StartsWithCode(t));

    /// <summary>Gets the heights of the horizontal rules across the table, from just above its first line to just below
    /// its last, top to bottom, close ones counted once.</summary>
    private static List<double> Rules(PageContent page, PdfRect box, List<SlotRow> lines)
    {
        var top = lines.Where(l => !l.IsEmpty).Min(l => l.Box.Top) - 30;
        var bottom = lines.Where(l => !l.IsEmpty).Max(l => l.Box.Bottom) + 30;
        var width = box.Right - box.Left;
        var heights = page.Rulings
            .Where(r => r.Orientation == RulingOrientation.Horizontal)
            .Where(r => Math.Min(r.X1, box.Right) - Math.Max(r.X0, box.Left) >= Across * width)
            .Select(r => (r.Y0 + r.Y1) / 2)
            .Where(y => y >= top && y <= bottom)
            .Order()
            .ToList();
        var distinct = new List<double>();
        foreach (var y in heights)
        {
            if (distinct.Count == 0 || y - distinct[^1] > 1.5)
            {
                distinct.Add(y);
            }
        }

        return distinct;
    }
}

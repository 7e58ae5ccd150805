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
    /// than two rules across the table, no band of several lines, or a band holding several data rows (rules under the
    /// header and at the end only, as a booktabs style draws, leave the body to the line reader).</returns>
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

            // A line above the first rule or below the last (a caption the text block took in) stays a row of its own.
            var band = rules.Count(y => y < line.Middle);
            if (band == 0 || band == rules.Count || band != last)
            {
                bands.Add([]);
                last = band;
            }

            bands[^1].Add(line);
        }

        if (bands.Count == lines.Count(l => !l.IsEmpty))
        {
            return null; // one line a band: nothing to join
        }

        var rows = new List<SlotRow>(bands.Count);
        foreach (var band in bands)
        {
            var joined = RowAnchors.Join(band, _ => false, centred: true);
            if (joined.Count(HeaderRows.IsData) > 1)
            {
                return null;
            }

            rows.Add(joined.Skip(1).Aggregate(joined[0], RowAnchors.Append));
        }

        return rows;
    }

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

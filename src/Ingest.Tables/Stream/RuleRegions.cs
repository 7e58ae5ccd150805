namespace Ingest.Tables.Stream;

/// <summary>
/// Finds the tables a page draws with horizontal rules only (a rule above the header and under each row, as word
/// processors' table styles and many browser prints draw them): at least three rules of the same extent stacked one
/// above the other, none far from the next, and no paragraph between two of them. Their text is one table, whatever gaps
/// its wrapped rows leave, so that a table of two-line rows is not cut into blocks and dropped.
/// </summary>
internal static class RuleRegions
{
    /// <summary>Rules this close at both ends have the same extent, in points.</summary>
    private const double SameEdge = 2;

    /// <summary>Rules farther apart than this start another table, in points (a few lines of a wrapped row).</summary>
    private const double MaxGap = 80;

    /// <summary>Finds the areas of such tables, top to bottom.</summary>
    /// <param name="page">The page.</param>
    /// <param name="area">The caller's area, when given: only rules inside it count.</param>
    /// <param name="ruled">The ruled tables already found: a region overlapping one is part of it, not another table.</param>
    /// <returns>The areas, each from its first rule to its last, as wide as the rules.</returns>
    public static List<PdfRect> Find(PageContent page, PdfRect? area, IReadOnlyList<Table> ruled)
    {
        var rules = page.Rulings
            .Where(r => r.Orientation == RulingOrientation.Horizontal && !r.Color.IsNearWhite && r.Length > 50)
            .Select(r => (Left: Math.Min(r.X0, r.X1), Right: Math.Max(r.X0, r.X1), Y: (r.Y0 + r.Y1) / 2))
            .Where(r => area is not { } a || (r.Y >= a.Top && r.Y <= a.Bottom && r.Left >= a.Left - SameEdge && r.Right <= a.Right + SameEdge))
            .OrderBy(r => r.Y)
            .ToList();
        // The words by height, sorted once: the text between two rules is looked up for each pair of rules.
        Word[]? byHeight = null;
        double[]? heights = null;
        var regions = new List<PdfRect>();
        var used = new bool[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var stack = new List<int> { i };
            for (var j = i + 1; j < rules.Count; j++)
            {
                var last = rules[stack[^1]];
                if (used[j] || Math.Abs(rules[j].Left - rules[i].Left) > SameEdge || Math.Abs(rules[j].Right - rules[i].Right) > SameEdge)
                {
                    continue;
                }

                if (rules[j].Y - last.Y > MaxGap || IsProse(byHeight ??= page.Words.OrderBy(w => w.Box.CenterY).ToArray(), heights ??= byHeight.Select(w => w.Box.CenterY).ToArray(), rules[i].Left, rules[i].Right, last.Y, rules[j].Y))
                {
                    break;
                }

                if (rules[j].Y - last.Y > 1)
                {
                    stack.Add(j);
                }
            }

            foreach (var k in stack)
            {
                used[k] = true;
            }

            if (stack.Count < 3)
            {
                continue;
            }

            var region = new PdfRect(rules[i].Left - SameEdge, rules[stack[0]].Y, rules[i].Right + SameEdge, rules[stack[^1]].Y);
            if (!ruled.Any(t => t.Box.Overlaps(region)))
            {
                regions.Add(region);
            }
        }

        return regions;
    }

    /// <summary>
    /// Gets whether the text between two rules is not a row of a table: two lines or more, none of them parted into
    /// chunks, all starting at one margin (a paragraph and the headings of the next table, printed between two tables
    /// drawn alike; the lines of a row whose cells wrap start in their columns).
    /// </summary>
    private static bool IsProse(Word[] byHeight, double[] heights, double left, double right, double top, double bottom)
    {
        var first = Array.BinarySearch(heights, top);
        first = first < 0 ? ~first : first;
        var words = new List<Word>();
        for (var k = first; k < byHeight.Length && heights[k] < bottom; k++)
        {
            var word = byHeight[k];
            if (word.Box.CenterY > top && word.Box.CenterX > left && word.Box.CenterX < right)
            {
                words.Add(word);
            }
        }

        if (words.Count == 0)
        {
            return false;
        }

        var lines = TextRows.Build(words, [], TextRows.SpaceGap);
        return lines.Count >= 2 && lines.All(l => l.Chunks.Count == 1) && lines.Max(l => l.Box.Left) - lines.Min(l => l.Box.Left) <= SameEdge;
    }
}

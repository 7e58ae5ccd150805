namespace Ingest.Tables.Stream;

/// <summary>
/// Finds the tables a page draws with horizontal rules only (a rule above the header and under each row, as word
/// processors' table styles and many browser prints draw them): at least three rules of the same extent stacked one
/// above the other, none far from the next. Their text is one table, whatever gaps its wrapped rows leave, so that a
/// table of two-line rows is not cut into blocks and dropped.
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

                if (rules[j].Y - last.Y > MaxGap)
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
}

namespace Ingest.Tables.Logical;

/// <summary>Decides whether a table continues the logical table whose last part is on the page before.</summary>
internal static class Continuation
{
    /// <summary>How far a column may move between pages and still be the same column, in points.</summary>
    private const double ColumnTolerance = 6;

    /// <summary>The share of the page height at its top and bottom where running heads, footers and page numbers are.</summary>
    private const double Margin = 0.1;

    public static bool Continues(Part first, Part last, Part next, IReadOnlyDictionary<int, PageContent> pages)
    {
        if (next.Table.Page != last.Table.Page + 1 || !last.IsLastOnPage || next.OrderOnPage != 1 || next.Table.ColumnCount != first.Table.ColumnCount)
        {
            return false;
        }

        if (!SameColumns(first.ColumnEdges(), next.ColumnEdges()) || EndsWithTotal(last))
        {
            return false;
        }

        if (!next.ContinuesHeaderOf(first))
        {
            return false;
        }

        if (pages.TryGetValue(last.Table.Page, out var lastPage) && HasText(lastPage, below: last.Table.Box.Bottom))
        {
            return false;
        }

        return !pages.TryGetValue(next.Table.Page, out var nextPage) || !HasText(nextPage, above: next.Table.Box.Top);
    }

    private static bool SameColumns((double Left, double Right)[] a, (double Left, double Right)[] b)
    {
        for (var c = 0; c < a.Length; c++)
        {
            if (double.IsNaN(a[c].Left) || double.IsNaN(b[c].Left))
            {
                continue;
            }

            var centreA = (a[c].Left + a[c].Right) / 2;
            var centreB = (b[c].Left + b[c].Right) / 2;
            if (centreA < b[c].Left - ColumnTolerance || centreA > b[c].Right + ColumnTolerance || centreB < a[c].Left - ColumnTolerance || centreB > a[c].Right + ColumnTolerance)
            {
                return false;
            }
        }

        return true;
    }

    public static bool SamePaths(List<IReadOnlyList<string>> a, List<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second, StringComparer.Ordinal));

    private static bool EndsWithTotal(Part part)
    {
        var last = part.Body.LastOrDefault(r => !r.IsEmpty);
        var key = last?.Texts.FirstOrDefault();
        return key is not null && key.StartsWith("total", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets whether the page has a line of text, other than margins and browser chrome, below or above a position.</summary>
    private static bool HasText(PageContent page, double below = double.NaN, double above = double.NaN)
    {
        var top = page.Height * Margin;
        var bottom = page.Height * (1 - Margin);
        foreach (var line in page.Lines)
        {
            var y = line.Box.CenterY;
            if (y < top || y > bottom)
            {
                continue;
            }

            if (((!double.IsNaN(below) && line.Box.Top > below + 1) || (!double.IsNaN(above) && line.Box.Bottom < above - 1)) && !CellValues.IsBrowserChrome(line.Text))
            {
                return true;
            }
        }

        return false;
    }
}

namespace Ingest.Tables.Lattice;

/// <summary>Builds ruled tables from a page's rulings and words.</summary>
internal static class LatticeDetector
{
    /// <summary>Coordinates closer than this (points) are taken as the same grid line; also the slack allowed where lines meet.</summary>
    internal const double Tolerance = 2.0;

    /// <summary>Rulings shorter than this (points) are dots or ticks, not table lines.</summary>
    private const double MinimumLength = 1.0;

    public static IReadOnlyList<Table> Detect(PageContent page, PdfRect? area)
    {
        var (horizontals, verticals) = CollectSegments(page.Rulings, area);
        if (horizontals.Count < 2 || verticals.Count < 2)
        {
            return [];
        }

        var words = area is { } clip
            ? page.Words.Where(w => Contains(clip, w.Box.CenterX, w.Box.CenterY)).ToList()
            : page.Words;

        var tables = new List<Table>();
        foreach (var region in Regions(horizontals, verticals))
        {
            var table = GridBuilder.Build(page.PageNumber, region.Horizontals, region.Verticals, words, area is null ? new PdfRect(0, 0, page.Width, page.Height) : null);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables.OrderBy(t => Math.Round(t.Box.Top, 1)).ThenBy(t => t.Box.Left).ToList();
    }

    internal static bool Contains(PdfRect rect, double x, double y) => x >= rect.Left && x <= rect.Right && y >= rect.Top && y <= rect.Bottom;

    /// <summary>Turns visible rulings into snapped, merged horizontal and vertical segments.</summary>
    private static (List<Segment> Horizontals, List<Segment> Verticals) CollectSegments(IReadOnlyList<Ruling> rulings, PdfRect? area)
    {
        var horizontals = new List<Segment>();
        var verticals = new List<Segment>();
        foreach (var ruling in rulings)
        {
            if (ruling.Color.IsNearWhite)
            {
                continue;
            }

            var horizontal = ruling.Orientation == RulingOrientation.Horizontal;
            var segment = horizontal
                ? new Segment((ruling.Y0 + ruling.Y1) / 2, ruling.X0, ruling.X1)
                : new Segment((ruling.X0 + ruling.X1) / 2, ruling.Y0, ruling.Y1);
            if (area is { } clip)
            {
                var (lowAcross, highAcross, lowAlong, highAlong) = horizontal
                    ? (clip.Top, clip.Bottom, clip.Left, clip.Right)
                    : (clip.Left, clip.Right, clip.Top, clip.Bottom);
                if (segment.Position < lowAcross - Tolerance || segment.Position > highAcross + Tolerance)
                {
                    continue;
                }

                segment = segment with { Start = Math.Max(segment.Start, lowAlong), End = Math.Min(segment.End, highAlong) };
            }

            if (segment.End - segment.Start < MinimumLength)
            {
                continue;
            }

            (horizontal ? horizontals : verticals).Add(segment);
        }

        return (Merge(Snap(horizontals)), Merge(Snap(verticals)));
    }

    /// <summary>Moves positions that lie within <see cref="Tolerance"/> of each other onto their mean.</summary>
    private static List<Segment> Snap(List<Segment> segments)
    {
        var lines = SnapValues(segments.Select(s => s.Position));
        return segments.Select(s => s with { Position = Nearest(lines, s.Position) }).ToList();
    }

    /// <summary>Clusters values (sorted, each within <see cref="Tolerance"/> of its cluster's running mean) and returns the cluster means, ascending.</summary>
    internal static List<double> SnapValues(IEnumerable<double> values)
    {
        var result = new List<double>();
        double sum = 0;
        var count = 0;
        foreach (var value in values.Order())
        {
            if (count > 0 && value - (sum / count) > Tolerance)
            {
                result.Add(sum / count);
                sum = 0;
                count = 0;
            }

            sum += value;
            count++;
        }

        if (count > 0)
        {
            result.Add(sum / count);
        }

        return result;
    }

    internal static double Nearest(List<double> sortedLines, double value)
    {
        var index = sortedLines.BinarySearch(value);
        if (index >= 0)
        {
            return sortedLines[index];
        }

        index = ~index;
        if (index == 0)
        {
            return sortedLines[0];
        }

        if (index == sortedLines.Count)
        {
            return sortedLines[^1];
        }

        return value - sortedLines[index - 1] <= sortedLines[index] - value ? sortedLines[index - 1] : sortedLines[index];
    }

    /// <summary>Joins segments on the same line that overlap or nearly touch.</summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var line in segments.GroupBy(s => s.Position).OrderBy(g => g.Key))
        {
            Segment? current = null;
            foreach (var segment in line.OrderBy(s => s.Start))
            {
                if (current is { } open && segment.Start <= open.End + Tolerance)
                {
                    current = open with { End = Math.Max(open.End, segment.End) };
                }
                else
                {
                    if (current is { } done)
                    {
                        merged.Add(done);
                    }

                    current = segment;
                }
            }

            if (current is { } last)
            {
                merged.Add(last);
            }
        }

        return merged;
    }

    /// <summary>Splits the segments into groups connected by crossings or touching ends.</summary>
    private static IEnumerable<(List<Segment> Horizontals, List<Segment> Verticals)> Regions(List<Segment> horizontals, List<Segment> verticals)
    {
        var parent = Enumerable.Range(0, horizontals.Count + verticals.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var h = 0; h < horizontals.Count; h++)
        {
            for (var v = 0; v < verticals.Count; v++)
            {
                if (Intersects(horizontals[h], verticals[v]))
                {
                    parent[Find(h)] = Find(horizontals.Count + v);
                }
            }
        }

        var groups = new Dictionary<int, (List<Segment> Horizontals, List<Segment> Verticals)>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups[root] = group;
            }

            if (i < horizontals.Count)
            {
                group.Horizontals.Add(horizontals[i]);
            }
            else
            {
                group.Verticals.Add(verticals[i - horizontals.Count]);
            }
        }

        return groups.Values.Where(g => g.Horizontals.Count >= 2 && g.Verticals.Count >= 2);
    }

    private static bool Intersects(Segment horizontal, Segment vertical) =>
        vertical.Position >= horizontal.Start - Tolerance && vertical.Position <= horizontal.End + Tolerance
        && horizontal.Position >= vertical.Start - Tolerance && horizontal.Position <= vertical.End + Tolerance;
}

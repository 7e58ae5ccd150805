namespace Ingest.Pdf.Graphics;

/// <summary>Finds horizontal and vertical rulings (candidate cell borders) and shaded areas among a page's painted paths.</summary>
/// <remarks>
/// <para>Stroked paths give one ruling per straight axis-aligned segment (the closing segment of a closed subpath
/// included); diagonals are ignored. Filled axis-aligned rectangles give a ruling when one side is thin (how
/// browsers draw borders) and a shaded area when both sides are large; other filled shapes are ignored. A fill of
/// exactly two nested rectangles with thin margins is read as a frame (outer minus inner) and gives four rulings.
/// Near-white fills are never shading (they are invisible on a white page, e.g. a page background), and strokes
/// wider than <see cref="RulingExtractorOptions.MaxStrokeThickness"/> are shading rather than lines.</para>
/// <para>Subpaths that contain curves are ignored as a whole: the interpreter reduces a curve to the straight
/// segment between its end points, so a half-circle or a wavy underline could otherwise pass for a straight
/// line. The cost is that the straight sides of rounded boxes are lost.</para>
/// <para>Parallel pieces whose centre lines nearly coincide and that overlap or nearly touch merge into one ruling
/// when their colours are alike (see <see cref="RulingExtractorOptions"/>);
/// rulings in white are kept, with their colour, for the table layer to judge.</para>
/// </remarks>
internal static class RulingExtractor
{
    /// <summary>Extracts the rulings and shaded areas of one page with the default tolerances.</summary>
    /// <param name="paths">The painted paths in page display space.</param>
    /// <param name="pageWidth">The displayed page width in points.</param>
    /// <param name="pageHeight">The displayed page height in points.</param>
    /// <returns>The merged rulings and the shaded areas, in a deterministic order.</returns>
    public static RulingSet Extract(IEnumerable<PaintedPath> paths, double pageWidth, double pageHeight) =>
        Extract(paths, pageWidth, pageHeight, RulingExtractorOptions.Default);

    /// <summary>Extracts the rulings and shaded areas of one page.</summary>
    /// <param name="paths">The painted paths in page display space.</param>
    /// <param name="pageWidth">The displayed page width in points.</param>
    /// <param name="pageHeight">The displayed page height in points.</param>
    /// <param name="options">The tolerances.</param>
    /// <returns>The merged rulings and the shaded areas, in a deterministic order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not a positive finite number.</exception>
    public static RulingSet Extract(IEnumerable<PaintedPath> paths, double pageWidth, double pageHeight, RulingExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(pageWidth) || pageWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageWidth), pageWidth, "The page width must be a positive finite number of points.");
        }

        if (!double.IsFinite(pageHeight) || pageHeight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageHeight), pageHeight, "The page height must be a positive finite number of points.");
        }

        var collector = new Collector(pageWidth, pageHeight, options);
        foreach (var path in paths)
        {
            if (path.Stroked)
            {
                collector.AddStroke(path);
            }

            if (path.Filled)
            {
                collector.AddFill(path);
            }
        }

        var rulings = new List<Ruling>();
        rulings.AddRange(Merge(collector.Horizontals, RulingOrientation.Horizontal, options));
        rulings.AddRange(Merge(collector.Verticals, RulingOrientation.Vertical, options));

        var shaded = collector.Shaded.Distinct().ToList();
        shaded.Sort(static (a, b) =>
        {
            var c = a.Top.CompareTo(b.Top);
            if (c == 0) c = a.Left.CompareTo(b.Left);
            if (c == 0) c = a.Bottom.CompareTo(b.Bottom);
            if (c == 0) c = a.Right.CompareTo(b.Right);
            return c;
        });

        return new RulingSet(rulings, shaded);
    }

    /// <summary>Merges parallel pieces into rulings and returns them sorted by (centre, start).</summary>
    /// <remarks>Sweeps the pieces in order along the line direction. Each piece joins the open group (a ruling being
    /// built) whose centre line is nearest within the offset tolerance, whose end it reaches within the gap tolerance
    /// and whose colour is alike; otherwise it opens a new group. Open groups are bucketed by centre, so the work per
    /// piece stays small however many pieces a page holds, and comparing with a group's mean line (rather than
    /// chaining piece to piece) keeps a ruling from drifting sideways across many slightly offset pieces.</remarks>
    private static List<Ruling> Merge(List<Piece> pieces, RulingOrientation orientation, RulingExtractorOptions options)
    {
        // Sorting on every field makes the result independent of the input order, floating-point sums included.
        pieces.Sort(ComparePieces);
        var bucketWidth = Math.Max(options.MergeOffsetTolerance, 1e-3);
        var open = new Dictionary<long, List<Group>>();
        var groups = new List<Group>();
        foreach (var piece in pieces)
        {
            var key = BucketOf(piece.Centre, bucketWidth);
            Group? best = null;
            var bestDistance = double.PositiveInfinity;
            for (var k = key - 1; k <= key + 1; k++)
            {
                if (!open.TryGetValue(k, out var bucket))
                {
                    continue;
                }

                // Pieces arrive by start, so a group ending before this piece's reach can never grow again.
                bucket.RemoveAll(g => piece.Start - g.End > options.MergeGapTolerance);
                foreach (var group in bucket)
                {
                    var distance = Math.Abs(group.Centre - piece.Centre);
                    if (distance <= options.MergeOffsetTolerance
                        && ColorsAlike(group.Longest.Color, piece.Color, options.MaxMergeColorDifference)
                        && (best is null || distance < bestDistance || (distance == bestDistance && group.Index < best.Index)))
                    {
                        best = group;
                        bestDistance = distance;
                    }
                }
            }

            if (best is null)
            {
                var created = new Group(groups.Count, piece) { BucketKey = key };
                groups.Add(created);
                Bucket(open, key).Add(created);
                continue;
            }

            best.Add(piece);

            // The bucket a group sits in is remembered, not recomputed: a mean of equal centres can differ from
            // them in the last bit, which moves a centre lying on a bucket boundary to the neighbouring bucket.
            var newKey = BucketOf(best.Centre, bucketWidth);
            if (newKey != best.BucketKey)
            {
                open[best.BucketKey].Remove(best);
                Bucket(open, newKey).Add(best);
                best.BucketKey = newKey;
            }
        }

        var result = new List<Ruling>(groups.Count);
        foreach (var group in groups)
        {
            var length = group.End - group.Start;
            if (length <= 0 || length < options.MinLength)
            {
                continue;
            }

            var centre = group.Centre;
            result.Add(orientation == RulingOrientation.Horizontal
                ? new Ruling(group.Start, centre, group.End, centre, group.Thickness, group.Longest.Color, group.Longest.Source)
                : new Ruling(centre, group.Start, centre, group.End, group.Thickness, group.Longest.Color, group.Longest.Source));
        }

        result.Sort(orientation == RulingOrientation.Horizontal ? CompareHorizontals : CompareVerticals);
        return result;

        static long BucketOf(double centre, double width) => (long)Math.Floor(centre / width);

        static List<Group> Bucket(Dictionary<long, List<Group>> open, long key)
        {
            if (!open.TryGetValue(key, out var bucket))
            {
                bucket = [];
                open.Add(key, bucket);
            }

            return bucket;
        }
    }

    private static bool ColorsAlike(PdfColor a, PdfColor b, double maxDifference) =>
        a.IsNearWhite == b.IsNearWhite
        && Math.Abs(a.R - b.R) <= maxDifference
        && Math.Abs(a.G - b.G) <= maxDifference
        && Math.Abs(a.B - b.B) <= maxDifference;

    private static int ComparePieces(Piece a, Piece b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c == 0) c = a.Centre.CompareTo(b.Centre);
        if (c == 0) c = a.End.CompareTo(b.End);
        if (c == 0) c = a.Thickness.CompareTo(b.Thickness);
        if (c == 0) c = CompareColors(a.Color, b.Color);
        if (c == 0) c = a.Source.CompareTo(b.Source);
        return c;
    }

    private static int CompareHorizontals(Ruling a, Ruling b)
    {
        var c = a.Y0.CompareTo(b.Y0);
        if (c == 0) c = a.X0.CompareTo(b.X0);
        if (c == 0) c = a.X1.CompareTo(b.X1);
        return c == 0 ? CompareStyle(a, b) : c;
    }

    private static int CompareVerticals(Ruling a, Ruling b)
    {
        var c = a.X0.CompareTo(b.X0);
        if (c == 0) c = a.Y0.CompareTo(b.Y0);
        if (c == 0) c = a.Y1.CompareTo(b.Y1);
        return c == 0 ? CompareStyle(a, b) : c;
    }

    private static int CompareStyle(Ruling a, Ruling b)
    {
        var c = a.Thickness.CompareTo(b.Thickness);
        if (c == 0) c = CompareColors(a.Color, b.Color);
        if (c == 0) c = a.Source.CompareTo(b.Source);
        return c;
    }

    private static int CompareColors(PdfColor a, PdfColor b)
    {
        var c = a.R.CompareTo(b.R);
        if (c == 0) c = a.G.CompareTo(b.G);
        if (c == 0) c = a.B.CompareTo(b.B);
        return c;
    }

    /// <summary>A ruling before merging, in orientation-neutral terms.</summary>
    /// <param name="Centre">The y of a horizontal piece's centre line, the x of a vertical one's.</param>
    /// <param name="Start">The smaller coordinate along the piece.</param>
    /// <param name="End">The larger coordinate along the piece.</param>
    /// <param name="Thickness">The drawn thickness.</param>
    /// <param name="Color">The colour.</param>
    /// <param name="Source">How the piece was drawn.</param>
    private readonly record struct Piece(double Centre, double Start, double End, double Thickness, PdfColor Color, RulingSource Source)
    {
        public double Length => End - Start;
    }

    /// <summary>A ruling being built from merged pieces.</summary>
    private sealed class Group
    {
        private double weightedCentre;
        private double totalLength;
        private double centreSum;
        private int count;

        public Group(int index, Piece first)
        {
            Index = index;
            Start = first.Start;
            End = first.End;
            Longest = first;
            Add(first);
        }

        /// <summary>Gets the creation order, which breaks ties deterministically.</summary>
        public int Index { get; }

        /// <summary>Gets or sets the key of the bucket of open groups that holds this group.</summary>
        public long BucketKey { get; set; }

        public double Start { get; private set; }

        public double End { get; private set; }

        public double Thickness { get; private set; }

        /// <summary>Gets the longest piece, whose colour and source the ruling takes.</summary>
        public Piece Longest { get; private set; }

        /// <summary>Gets the length-weighted mean of the pieces' centre lines.</summary>
        public double Centre => totalLength > 0 ? weightedCentre / totalLength : centreSum / count;

        public void Add(Piece piece)
        {
            Start = Math.Min(Start, piece.Start);
            End = Math.Max(End, piece.End);
            Thickness = Math.Max(Thickness, piece.Thickness);
            weightedCentre += piece.Centre * piece.Length;
            totalLength += piece.Length;
            centreSum += piece.Centre;
            count++;
            if (piece.Length > Longest.Length)
            {
                Longest = piece;
            }
        }
    }

    /// <summary>Turns paths into clipped pieces and shaded areas.</summary>
    private sealed class Collector(double pageWidth, double pageHeight, RulingExtractorOptions options)
    {
        public List<Piece> Horizontals { get; } = [];

        public List<Piece> Verticals { get; } = [];

        public List<PdfRect> Shaded { get; } = [];

        public void AddStroke(PaintedPath path)
        {
            if (!double.IsFinite(path.LineWidth))
            {
                return;
            }

            var thickness = Math.Max(Math.Abs(path.LineWidth), options.MinThickness);
            foreach (var subpath in path.Subpaths)
            {
                if (subpath.HasCurves || !AllFinite(subpath.Points))
                {
                    continue;
                }

                var points = subpath.Points;
                for (var i = 0; i + 1 < points.Count; i++)
                {
                    AddStrokedSegment(points[i], points[i + 1], thickness, path.StrokeColor);
                }

                if (subpath.Closed && points.Count > 2)
                {
                    AddStrokedSegment(points[^1], points[0], thickness, path.StrokeColor);
                }
            }
        }

        public void AddFill(PaintedPath path)
        {
            var rects = new List<PdfRect>();
            foreach (var subpath in path.Subpaths)
            {
                if (subpath.HasCurves || !AllFinite(subpath.Points))
                {
                    continue;
                }

                if (TryGetRectangle(subpath.Points, options.AxisTolerance, out var rect))
                {
                    rects.Add(rect);
                }
            }

            // A border is sometimes filled as a frame: an outer rectangle with an inner one cut out (even-odd rule).
            if (path.Subpaths.Count == 2 && rects.Count == 2 && TryGetFrameSides(rects[0], rects[1], out var sides))
            {
                rects = sides;
            }

            foreach (var rect in rects)
            {
                AddFilledRectangle(rect, path.FillColor);
            }
        }

        private static bool AllFinite(IReadOnlyList<PathPoint> points)
        {
            foreach (var p in points)
            {
                if (!double.IsFinite(p.X) || !double.IsFinite(p.Y))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Recognises an axis-aligned rectangle given as 4 corners, optionally repeating the first at the end.</summary>
        private static bool TryGetRectangle(IReadOnlyList<PathPoint> points, double tolerance, out PdfRect rect)
        {
            rect = default;
            var corners = new List<PathPoint>(5);
            foreach (var p in points)
            {
                if (corners.Count == 0 || !Near(corners[^1], p))
                {
                    corners.Add(p);
                }
            }

            if (corners.Count > 1 && Near(corners[0], corners[^1]))
            {
                corners.RemoveAt(corners.Count - 1);
            }

            if (corners.Count != 4)
            {
                return false;
            }

            // Sides must alternate between horizontal and vertical, starting with either. The first side's direction is
            // the axis it runs furthest along: a bar thinner than the tolerance drawn from a short side (as rotated pages
            // do) would otherwise be read as starting with a horizontal side and rejected.
            var firstHorizontal = Math.Abs(corners[1].Y - corners[0].Y) <= Math.Abs(corners[1].X - corners[0].X);
            for (var i = 0; i < 4; i++)
            {
                var a = corners[i];
                var b = corners[(i + 1) % 4];
                var horizontal = (i % 2 == 0) == firstHorizontal;
                var across = horizontal ? Math.Abs(b.Y - a.Y) : Math.Abs(b.X - a.X);
                if (across > tolerance)
                {
                    return false;
                }
            }

            rect = new PdfRect(
                corners.Min(static p => p.X),
                corners.Min(static p => p.Y),
                corners.Max(static p => p.X),
                corners.Max(static p => p.Y));
            return true;

            static bool Near(PathPoint a, PathPoint b) => Math.Abs(a.X - b.X) < 1e-6 && Math.Abs(a.Y - b.Y) < 1e-6;
        }

        /// <summary>Splits a frame (one rectangle inside another with thin margins) into its four sides.</summary>
        private bool TryGetFrameSides(PdfRect a, PdfRect b, out List<PdfRect> sides)
        {
            sides = [];
            var (outer, inner) = a.Width * a.Height >= b.Width * b.Height ? (a, b) : (b, a);
            var margins = new[] { inner.Left - outer.Left, inner.Top - outer.Top, outer.Right - inner.Right, outer.Bottom - inner.Bottom };
            if (margins.Any(m => m <= 0 || m > options.MaxThinFillThickness))
            {
                return false;
            }

            sides.Add(new PdfRect(outer.Left, outer.Top, outer.Right, inner.Top));
            sides.Add(new PdfRect(outer.Left, inner.Bottom, outer.Right, outer.Bottom));
            sides.Add(new PdfRect(outer.Left, outer.Top, inner.Left, outer.Bottom));
            sides.Add(new PdfRect(inner.Right, outer.Top, outer.Right, outer.Bottom));
            return true;
        }

        private void AddStrokedSegment(PathPoint a, PathPoint b, double thickness, PdfColor color)
        {
            var dx = Math.Abs(b.X - a.X);
            var dy = Math.Abs(b.Y - a.Y);
            if (dx == 0 && dy == 0)
            {
                // A zero-length segment paints at most a cap-shaped dot.
                return;
            }

            var horizontal = dy <= options.AxisTolerance && dx >= dy;
            var vertical = dx <= options.AxisTolerance && dy > dx;
            if (!horizontal && !vertical)
            {
                return;
            }

            if (thickness > options.MaxStrokeThickness)
            {
                // A very wide stroke paints a band: treat it like a filled rectangle.
                var half = thickness / 2;
                var band = horizontal
                    ? new PdfRect(Math.Min(a.X, b.X), ((a.Y + b.Y) / 2) - half, Math.Max(a.X, b.X), ((a.Y + b.Y) / 2) + half)
                    : new PdfRect(((a.X + b.X) / 2) - half, Math.Min(a.Y, b.Y), ((a.X + b.X) / 2) + half, Math.Max(a.Y, b.Y));
                AddShade(band, color);
                return;
            }

            if (horizontal)
            {
                AddPiece(RulingOrientation.Horizontal, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X), thickness, color, RulingSource.Stroke);
            }
            else
            {
                AddPiece(RulingOrientation.Vertical, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y), thickness, color, RulingSource.Stroke);
            }
        }

        private void AddFilledRectangle(PdfRect rect, PdfColor color)
        {
            var shortSide = Math.Min(rect.Width, rect.Height);
            var longSide = Math.Max(rect.Width, rect.Height);
            if (shortSide > options.MaxThinFillThickness)
            {
                AddShade(rect, color);
                return;
            }

            var isDot = longSide <= options.MaxThinFillThickness && longSide < options.MinSegmentAspect * shortSide;
            if (isDot)
            {
                return;
            }

            var thickness = Math.Max(shortSide, options.MinThickness);
            if (rect.Width >= rect.Height)
            {
                AddPiece(RulingOrientation.Horizontal, rect.CenterY, rect.Left, rect.Right, thickness, color, RulingSource.ThinFill);
            }
            else
            {
                AddPiece(RulingOrientation.Vertical, rect.CenterX, rect.Top, rect.Bottom, thickness, color, RulingSource.ThinFill);
            }
        }

        /// <summary>Clips a piece to the page and stores it; a piece whose centre line lies off the page is dropped.</summary>
        private void AddPiece(RulingOrientation orientation, double centre, double start, double end, double thickness, PdfColor color, RulingSource source)
        {
            var (across, along) = orientation == RulingOrientation.Horizontal ? (pageHeight, pageWidth) : (pageWidth, pageHeight);
            if (centre < 0 || centre > across)
            {
                return;
            }

            start = Math.Max(start, 0);
            end = Math.Min(end, along);
            if (end < start)
            {
                return;
            }

            var piece = new Piece(centre, start, end, thickness, color, source);
            (orientation == RulingOrientation.Horizontal ? Horizontals : Verticals).Add(piece);
        }

        /// <summary>Clips a shaded rectangle to the page and stores it; near-white fills are not shading on a white page.</summary>
        private void AddShade(PdfRect rect, PdfColor color)
        {
            if (color.IsNearWhite)
            {
                return;
            }

            var clipped = new PdfRect(Math.Max(rect.Left, 0), Math.Max(rect.Top, 0), Math.Min(rect.Right, pageWidth), Math.Min(rect.Bottom, pageHeight));
            if (clipped.Width > 0 && clipped.Height > 0)
            {
                Shaded.Add(clipped);
            }
        }
    }
}

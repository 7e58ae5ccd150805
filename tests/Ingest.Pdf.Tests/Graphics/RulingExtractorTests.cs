using Ingest.Pdf.Graphics;

namespace Ingest.Pdf.Tests.Graphics;

public class RulingExtractorTests
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Precision = 6;

    private static readonly PdfColor Grey = new(0.8, 0.8, 0.8);

    // A 3 x 3 table: columns at x = 50, 150, 250, 350; rows at y = 100, 120, 140, 160.
    private static readonly double[] ColumnXs = [50, 150, 250, 350];
    private static readonly double[] RowYs = [100, 120, 140, 160];

    [Fact]
    public void Extract_StrokedLatticeDrawnPerCell_FourHorizontalsAndFourVerticals()
    {
        var paths = new List<PaintedPath>();
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // Every cell strokes its own box, so shared borders are drawn twice and in pieces.
                paths.Add(StrokeRect(ColumnXs[c], RowYs[r], ColumnXs[c + 1], RowYs[r + 1], 0.5, PdfColor.Black));
            }
        }

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var horizontals = Horizontals(result);
        var verticals = Verticals(result);
        Assert.Equal(4, horizontals.Count);
        Assert.Equal(4, verticals.Count);
        for (var i = 0; i < 4; i++)
        {
            AssertRuling(horizontals[i], 50, RowYs[i], 350, RowYs[i]);
            AssertRuling(verticals[i], ColumnXs[i], 100, ColumnXs[i], 160);
            Assert.Equal(0.5, horizontals[i].Thickness, Precision);
            Assert.Equal(RulingSource.Stroke, verticals[i].Source);
        }

        Assert.Empty(result.ShadedAreas);
    }

    [Fact]
    public void Extract_ChromiumStyleThinFilledRectsPerCellSide_FourHorizontalsAndFourVerticals()
    {
        const double w = 0.75;
        var paths = new List<PaintedPath>();
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                double left = ColumnXs[c], top = RowYs[r], right = ColumnXs[c + 1], bottom = RowYs[r + 1];
                paths.Add(FillRect(left, top, right + w, top + w, PdfColor.Black));
                paths.Add(FillRect(left, bottom, right + w, bottom + w, PdfColor.Black));
                paths.Add(FillRect(left, top, left + w, bottom + w, PdfColor.Black));
                paths.Add(FillRect(right, top, right + w, bottom + w, PdfColor.Black));
            }
        }

        // The corner squares a browser may add are dots, not lines.
        paths.Add(FillRect(350, 160, 350 + w, 160 + w, PdfColor.Black));

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var horizontals = Horizontals(result);
        var verticals = Verticals(result);
        Assert.Equal(4, horizontals.Count);
        Assert.Equal(4, verticals.Count);
        for (var i = 0; i < 4; i++)
        {
            AssertRuling(horizontals[i], 50, RowYs[i] + (w / 2), 350 + w, RowYs[i] + (w / 2));
            AssertRuling(verticals[i], ColumnXs[i] + (w / 2), 100, ColumnXs[i] + (w / 2), 160 + w);
            Assert.Equal(w, horizontals[i].Thickness, Precision);
            Assert.Equal(RulingSource.ThinFill, verticals[i].Source);
        }

        Assert.Empty(result.ShadedAreas);
    }

    [Fact]
    public void Extract_ExcelStyleShortCollinearSegments_MergeIntoOne()
    {
        var paths = new List<PaintedPath>();
        for (var x = 100.0; x < 400; x += 10)
        {
            // 9.6-pt pieces with 0.4-pt gaps, each a fraction of a point off the line.
            paths.Add(Line(x, 200 + ((x % 20) == 0 ? 0.1 : -0.1), x + 9.6, 200 + ((x % 20) == 0 ? 0.1 : -0.1), 0.25, PdfColor.Black));
        }

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal(RulingOrientation.Horizontal, ruling.Orientation);
        AssertRuling(ruling, 100, 200, 399.6, 200, tolerance: 0.01);
    }

    [Fact]
    public void Extract_HundredThousandJitteredPiecesOnOneLine_MergeIntoOne()
    {
        // Guards the merge against quadratic work: all pieces share one 1-pt band.
        var paths = new List<PaintedPath>();
        for (var i = 0; i < 100_000; i++)
        {
            var x = 10 + (i * 0.005);
            var y = 300 + (((i * 7919) % 61) / 100.0) - 0.3;
            paths.Add(Line(x, y, x + 0.005, y, 0.5, PdfColor.Black));
        }

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal(10, ruling.X0, Precision);
        Assert.Equal(510, ruling.X1, 0.01);
        Assert.Equal(300, ruling.Y0, 0.05);
    }

    [Fact]
    public void Extract_StaircaseOfSlightlyOffsetPieces_DoesNotDriftIntoOneRuling()
    {
        // Each piece is 0.6 pt below the one before: neighbours are within tolerance, the ends are 5.4 pt apart.
        var paths = Enumerable.Range(0, 10).Select(i => Line(100 + (i * 10), 200 + (i * 0.6), 110 + (i * 10), 200 + (i * 0.6))).ToList();

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.True(result.Rulings.Count >= 3, $"Expected the staircase to stay in several rulings, got {result.Rulings.Count}.");
        Assert.All(result.Rulings, r => Assert.True(r.Length <= 40));
    }

    [Fact]
    public void Extract_CollinearSegmentsWithWideGap_StaySeparate()
    {
        var paths = new[] { Line(100, 200, 200, 200), Line(205, 200, 300, 200) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(2, result.Rulings.Count);
        AssertRuling(result.Rulings[0], 100, 200, 200, 200);
        AssertRuling(result.Rulings[1], 205, 200, 300, 200);
    }

    [Fact]
    public void Extract_ParallelLinesTwoPointsApart_StaySeparate()
    {
        var paths = new[] { Line(100, 200, 300, 200), Line(100, 202, 300, 202) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(2, result.Rulings.Count);
    }

    [Fact]
    public void Extract_MergedPieces_KeepMaxThicknessAndColourOfLongest()
    {
        var darkGrey = new PdfColor(0.1, 0.1, 0.1);
        var paths = new[]
        {
            Line(100, 200, 120, 200, 2, PdfColor.Black),
            Line(120, 200, 300, 200, 0.5, darkGrey),
        };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var ruling = Assert.Single(result.Rulings);
        AssertRuling(ruling, 100, 200, 300, 200);
        Assert.Equal(2, ruling.Thickness, Precision);
        Assert.Equal(darkGrey, ruling.Color);
    }

    [Fact]
    public void Extract_LargeGreyFilledRect_IsShadedAreaWithoutRulings()
    {
        var paths = new[] { FillRect(50, 100, 350, 120, Grey) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
        Assert.Equal(new PdfRect(50, 100, 350, 120), Assert.Single(result.ShadedAreas));
    }

    [Fact]
    public void Extract_FilledClosedFivePointPolygon_IsRecognisedAsRectangle()
    {
        var subpath = new Subpath([new(50, 100), new(350, 100), new(350, 120), new(50, 120), new(50, 100)], Closed: false, HasCurves: false);
        var paths = new[] { new PaintedPath([subpath], Stroked: false, Filled: true, 1, PdfColor.Black, Grey) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(new PdfRect(50, 100, 350, 120), Assert.Single(result.ShadedAreas));
    }

    [Fact]
    public void Extract_HairlineBarFilledFromItsShortSide_IsHorizontalRuling()
    {
        // Rotated pages draw a 0.3 pt tall bar starting with its short (vertical) side.
        var subpath = new Subpath([new(50, 100), new(50, 100.3), new(350, 100.3), new(350, 100)], Closed: true, HasCurves: false);
        var paths = new[] { new PaintedPath([subpath], Stroked: false, Filled: true, 1, PdfColor.Black, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var ruling = Assert.Single(result.Rulings);
        Assert.Equal(RulingOrientation.Horizontal, ruling.Orientation);
        AssertRuling(ruling, 50, 100.15, 350, 100.15);
    }

    [Fact]
    public void Extract_RectFilledWhiteAndStrokedBlack_FourBlackRulingsAndNoShading()
    {
        var rect = RectSubpath(50, 100, 350, 160);
        var paths = new[] { new PaintedPath([rect], Stroked: true, Filled: true, 1, PdfColor.Black, PdfColor.White) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(4, result.Rulings.Count);
        Assert.All(result.Rulings, r => Assert.Equal(PdfColor.Black, r.Color));
        AssertRuling(result.Rulings[0], 50, 100, 350, 100);
        AssertRuling(result.Rulings[1], 50, 160, 350, 160);
        AssertRuling(result.Rulings[2], 50, 100, 50, 160);
        AssertRuling(result.Rulings[3], 350, 100, 350, 160);
        Assert.Empty(result.ShadedAreas);
    }

    [Fact]
    public void Extract_RectFilledGreyAndStrokedBlack_FourRulingsAndOneShadedArea()
    {
        var rect = RectSubpath(50, 100, 350, 160);
        var paths = new[] { new PaintedPath([rect], Stroked: true, Filled: true, 1, PdfColor.Black, Grey) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(4, result.Rulings.Count);
        Assert.Equal(new PdfRect(50, 100, 350, 160), Assert.Single(result.ShadedAreas));
    }

    [Fact]
    public void Extract_OpenStrokedPolyline_NoClosingSegment()
    {
        var subpath = new Subpath([new(50, 100), new(350, 100), new(350, 160), new(50, 160)], Closed: false, HasCurves: false);
        var paths = new[] { new PaintedPath([subpath], Stroked: true, Filled: false, 1, PdfColor.Black, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(3, result.Rulings.Count);
        Assert.DoesNotContain(result.Rulings, r => r.Orientation == RulingOrientation.Vertical && r.X0 == 50);
    }

    [Fact]
    public void Extract_DiagonalLine_Ignored()
    {
        var paths = new[] { Line(100, 100, 300, 300), Line(100, 100, 300, 101) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Extract_SlightlySkewedLineWithinTolerance_BecomesRuling()
    {
        var paths = new[] { Line(100, 100, 300, 100.4) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        AssertRuling(Assert.Single(result.Rulings), 100, 100.2, 300, 100.2);
    }

    [Fact]
    public void Extract_CurvedSubpath_Ignored()
    {
        // A half-circle reduced to its end points would look like a horizontal line.
        var arc = new Subpath([new(100, 200), new(300, 200)], Closed: false, HasCurves: true);
        var roundedBox = new Subpath([new(100, 300), new(300, 300), new(300, 320), new(100, 320)], Closed: true, HasCurves: true);
        var paths = new[]
        {
            new PaintedPath([arc], Stroked: true, Filled: false, 1, PdfColor.Black, PdfColor.Black),
            new PaintedPath([roundedBox], Stroked: false, Filled: true, 1, PdfColor.Black, Grey),
        };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
        Assert.Empty(result.ShadedAreas);
    }

    [Fact]
    public void Extract_FilledNonRectangularPolygon_Ignored()
    {
        var triangle = new Subpath([new(100, 100), new(300, 100), new(200, 101)], Closed: true, HasCurves: false);
        var lShape = new Subpath([new(0, 0), new(100, 0), new(100, 1), new(1, 1), new(1, 100), new(0, 100)], Closed: true, HasCurves: false);
        var paths = new[] { new PaintedPath([triangle, lShape], Stroked: false, Filled: true, 1, PdfColor.Black, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
        Assert.Empty(result.ShadedAreas);
    }

    [Fact]
    public void Extract_LineCrossingPageEdge_IsClipped()
    {
        var paths = new[] { Line(-50, 100, 700, 100), Line(300, 700, 300, 900) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(2, result.Rulings.Count);
        AssertRuling(result.Rulings[0], 0, 100, PageWidth, 100);
        AssertRuling(result.Rulings[1], 300, 700, 300, PageHeight);
    }

    [Fact]
    public void Extract_LinesWhollyOutsidePage_Dropped()
    {
        var paths = new[] { Line(100, -5, 300, -5), Line(700, 100, 800, 100), Line(650, 100, 650, 300), Line(100, 800, 100, 900) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Extract_ShadingCrossingPageEdge_IsClipped()
    {
        var paths = new[] { FillRect(-10, 700, 100, 900, Grey), FillRect(700, 10, 800, 50, Grey) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(new PdfRect(0, 700, 100, PageHeight), Assert.Single(result.ShadedAreas));
    }

    [Fact]
    public void Extract_WhiteAndBlackCollinearLines_NotMergedAndWhiteKeptWithItsColour()
    {
        var paths = new[]
        {
            Line(100, 200, 200, 200, 1, PdfColor.Black),
            Line(150, 200, 300, 200, 1, PdfColor.White),
        };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(2, result.Rulings.Count);
        var black = Assert.Single(result.Rulings, r => r.Color == PdfColor.Black);
        var white = Assert.Single(result.Rulings, r => r.Color.IsNearWhite);
        AssertRuling(black, 100, 200, 200, 200);
        AssertRuling(white, 150, 200, 300, 200);
    }

    [Fact]
    public void Extract_TinyFilledSquare_IgnoredButShortThinDashKept()
    {
        var paths = new[] { FillRect(100, 100, 101.5, 101.5, PdfColor.Black), FillRect(200, 100, 201.8, 100.5, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        var dash = Assert.Single(result.Rulings);
        AssertRuling(dash, 200, 100.25, 201.8, 100.25);
        Assert.Equal(0.5, dash.Thickness, Precision);
    }

    [Fact]
    public void Extract_RulingShorterThanMinimum_Dropped()
    {
        var paths = new[] { Line(100, 100, 100.6, 100) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
    }

    [Fact]
    public void Extract_ZeroLineWidth_GetsMinimumThickness()
    {
        var paths = new[] { Line(100, 100, 300, 100, 0, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(RulingExtractorOptions.Default.MinThickness, Assert.Single(result.Rulings).Thickness, Precision);
    }

    [Fact]
    public void Extract_VeryWideStroke_IsShadingNotRuling()
    {
        var paths = new[] { Line(50, 110, 350, 110, 20, Grey) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.Rulings);
        Assert.Equal(new PdfRect(50, 100, 350, 120), Assert.Single(result.ShadedAreas));
    }

    [Fact]
    public void Extract_FilledFrameOfTwoNestedRects_FourRulingsNoShading()
    {
        var outer = RectSubpath(50, 100, 350, 160);
        var inner = RectSubpath(51, 101, 349, 159);
        var paths = new[] { new PaintedPath([outer, inner], Stroked: false, Filled: true, 1, PdfColor.Black, PdfColor.Black) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Empty(result.ShadedAreas);
        Assert.Equal(4, result.Rulings.Count);
        AssertRuling(result.Rulings[0], 50, 100.5, 350, 100.5);
        AssertRuling(result.Rulings[1], 50, 159.5, 350, 159.5);
        AssertRuling(result.Rulings[2], 50.5, 100, 50.5, 160);
        AssertRuling(result.Rulings[3], 349.5, 100, 349.5, 160);
    }

    [Fact]
    public void Extract_NonFiniteCoordinates_Ignored()
    {
        var paths = new[] { Line(double.NaN, 100, 300, 100), Line(100, 200, double.PositiveInfinity, 200), Line(100, 300, 200, 300) };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        AssertRuling(Assert.Single(result.Rulings), 100, 300, 200, 300);
    }

    [Fact]
    public void Extract_InvalidPageSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RulingExtractor.Extract([], 0, PageHeight));
        Assert.Throws<ArgumentOutOfRangeException>(() => RulingExtractor.Extract([], PageWidth, double.NaN));
    }

    [Fact]
    public void Extract_Output_HorizontalsByYThenXThenVerticalsByXThenY()
    {
        var paths = new[]
        {
            Line(300, 50, 300, 80),
            Line(200, 300, 250, 300),
            Line(100, 10, 100, 40),
            Line(20, 300, 80, 300),
            Line(300, 10, 300, 40),
            Line(20, 100, 80, 100),
        };

        var result = RulingExtractor.Extract(paths, PageWidth, PageHeight);

        Assert.Equal(
            new (double X, double Y)[] { (20, 100), (20, 300), (200, 300), (100, 10), (300, 10), (300, 50) },
            result.Rulings.Select(r => (r.X0, r.Y0)).ToArray());
    }

    [Fact]
    public void Extract_ShuffledInput_SameOutput()
    {
        var paths = new List<PaintedPath>();
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                paths.Add(StrokeRect(ColumnXs[c], RowYs[r] + (0.1 * c), ColumnXs[c + 1], RowYs[r + 1] - (0.1 * r), 0.5 + (0.1 * c), PdfColor.Black));
                paths.Add(FillRect(ColumnXs[c], RowYs[r] + 0.3, ColumnXs[c + 1] + 0.3, RowYs[r] + 1.05, new PdfColor(0.05, 0.05, 0.05)));
            }
        }

        paths.Add(FillRect(50, 100, 350, 120, Grey));
        paths.Add(FillRect(50, 140, 350, 160, Grey));
        paths.Add(Line(60, 130, 340, 130, 1, PdfColor.White));
        paths.Add(Line(60, 130.2, 340, 130.2, 1, PdfColor.Black));

        var expected = RulingExtractor.Extract(paths, PageWidth, PageHeight);
        Assert.NotEmpty(expected.Rulings);

        var random = new Random(12345);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var shuffled = paths.OrderBy(_ => random.Next()).ToList();
            var actual = RulingExtractor.Extract(shuffled, PageWidth, PageHeight);
            Assert.Equal(expected.Rulings, actual.Rulings);
            Assert.Equal(expected.ShadedAreas, actual.ShadedAreas);
        }
    }

    private static List<Ruling> Horizontals(RulingSet set) => set.Rulings.Where(r => r.Orientation == RulingOrientation.Horizontal).ToList();

    private static List<Ruling> Verticals(RulingSet set) => set.Rulings.Where(r => r.Orientation == RulingOrientation.Vertical).ToList();

    private static void AssertRuling(Ruling ruling, double x0, double y0, double x1, double y1, double tolerance = 1e-6)
    {
        Assert.Equal(x0, ruling.X0, tolerance);
        Assert.Equal(y0, ruling.Y0, tolerance);
        Assert.Equal(x1, ruling.X1, tolerance);
        Assert.Equal(y1, ruling.Y1, tolerance);
    }

    private static PaintedPath Line(double x0, double y0, double x1, double y1, double width = 1) => Line(x0, y0, x1, y1, width, PdfColor.Black);

    private static PaintedPath Line(double x0, double y0, double x1, double y1, double width, PdfColor color) =>
        new([new Subpath([new(x0, y0), new(x1, y1)], Closed: false, HasCurves: false)], Stroked: true, Filled: false, width, color, PdfColor.Black);

    private static Subpath RectSubpath(double left, double top, double right, double bottom) =>
        new([new(left, top), new(right, top), new(right, bottom), new(left, bottom)], Closed: true, HasCurves: false);

    private static PaintedPath StrokeRect(double left, double top, double right, double bottom, double width, PdfColor color) =>
        new([RectSubpath(left, top, right, bottom)], Stroked: true, Filled: false, width, color, PdfColor.Black);

    private static PaintedPath FillRect(double left, double top, double right, double bottom, PdfColor color) =>
        new([RectSubpath(left, top, right, bottom)], Stroked: false, Filled: true, 1, PdfColor.Black, color);
}

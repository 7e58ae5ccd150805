using Ingest.Pdf;
using static Ingest.Tables.Tests.Lattice.PageBuilder;

namespace Ingest.Tables.Tests.Lattice;

public class TableExtractorTests
{
    [Fact]
    public void Lattice_TwoByTwoGrid_ReturnsFourCells()
    {
        var page = Page(
            Grid([100, 200, 300], [100, 130, 160]),
            [Word("a", 110, 110), Word("b", 210, 110), Word("c", 110, 140), Word("d", 210, 140)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal(2, table.RowCount);
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(4, table.Cells.Count);
        Assert.Equal(new PdfRect(100, 100, 300, 160), table.Box);
        Assert.Equal([["a", "b"], ["c", "d"]], table.ToGrid());
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void Lattice_MissingInternalVerticalRuling_MergesCellsIntoSpan()
    {
        // The middle vertical line is drawn only through the second row, so the first row is one wide cell.
        var rulings = new List<Ruling>
        {
            Horizontal(100, 100, 300), Horizontal(130, 100, 300), Horizontal(160, 100, 300),
            Vertical(100, 100, 160), Vertical(300, 100, 160), Vertical(200, 130, 160),
        };
        var page = Page(rulings, [Word("Header", 180, 110), Word("x", 110, 140), Word("y", 210, 140)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        var header = table.Cells[0];
        Assert.Equal((0, 0, 1, 2), (header.Row, header.Column, header.RowSpan, header.ColumnSpan));
        Assert.Equal("Header", header.Text);
        Assert.Equal(new PdfRect(100, 100, 300, 130), header.Box);
        Assert.Equal([["Header", ""], ["x", "y"]], table.ToGrid());
    }

    [Fact]
    public void Lattice_TwoSeparateGrids_ReturnsTwoTablesTopFirst()
    {
        var rulings = Grid([100, 200], [400, 430]).Concat(Grid([100, 200, 300], [100, 130])).ToList();
        var page = Page(rulings, [Word("lower", 110, 410), Word("p", 110, 110), Word("q", 210, 110)]);

        var tables = TableExtractor.Lattice(page);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["p", "q"]], tables[0].ToGrid());
        Assert.Equal([["lower"]], tables[1].ToGrid());
    }

    [Fact]
    public void Lattice_WordOutsideEveryCell_IsIgnored()
    {
        var page = Page(Grid([100, 200, 300], [100, 130]), [Word("in", 110, 110), Word("out", 400, 110), Word("above", 110, 50)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["in", ""]], table.ToGrid());
    }

    [Fact]
    public void Lattice_WordsOnTwoBaselines_JoinsLinesWithNewline()
    {
        var page = Page(Grid([100, 300], [100, 160]), [Word("two", 140, 125), Word("one", 110, 110), Word("more", 110, 125)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal("one\nmore two", table.Cells[0].Text);
    }

    [Fact]
    public void Lattice_GridWithoutWords_IsDropped()
    {
        var page = Page(Grid([100, 200, 300], [100, 130, 160]), [Word("elsewhere", 400, 400)]);

        Assert.Empty(TableExtractor.Lattice(page));
    }

    [Fact]
    public void Lattice_NearlyEqualCoordinates_SnapToOneGridLine()
    {
        var rulings = new List<Ruling>
        {
            Horizontal(100, 100, 300), Horizontal(101.2, 150, 300), Horizontal(130, 100, 300),
            Vertical(100, 100, 130), Vertical(200.8, 99, 130), Vertical(300, 100, 131),
        };
        var page = Page(rulings, [Word("a", 110, 110), Word("b", 210, 110)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["a", "b"]], table.ToGrid());
    }

    [Fact]
    public void Lattice_Area_KeepsOnlyRulingsAndWordsInside()
    {
        var rulings = Grid([100, 200], [400, 430]).Concat(Grid([100, 200, 300], [100, 130])).ToList();
        var page = Page(rulings, [Word("lower", 110, 410), Word("p", 110, 110), Word("q", 210, 110)]);

        var table = Assert.Single(TableExtractor.Lattice(page, new PdfRect(50, 350, 400, 500)));

        Assert.Equal([["lower"]], table.ToGrid());
    }

    [Fact]
    public void Lattice_AreaWithColumnsOutsideTheOuterVerticals_KeepsOnlyColumnsBetweenDrawnVerticals()
    {
        // Rows are ruled from x = 50 to 350 but verticals are drawn only at 100, 200 and 300: within an area, the bands
        // 50-100 and 300-350 have no vertical on one side and are no columns.
        var rulings = new List<Ruling>
        {
            Horizontal(100, 50, 350), Horizontal(130, 50, 350),
            Vertical(100, 100, 130), Vertical(200, 100, 130), Vertical(300, 100, 130),
        };
        var page = Page(rulings, [Word("label", 55, 110), Word("a", 110, 110), Word("b", 210, 110), Word("tail", 305, 110)]);

        var withArea = Assert.Single(TableExtractor.Lattice(page, new PdfRect(40, 90, 360, 140)));
        var withoutArea = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["a", "b"]], withArea.ToGrid());
        Assert.Equal([["label", "a", "b", "tail"]], withoutArea.ToGrid());
    }

    [Fact]
    public void Lattice_WordsTouchingOnTheLine_JoinWithoutSpace()
    {
        // "23" ends where the superscript "rd" starts; "July" follows after a gap.
        var words = new List<Word>
        {
            new("23", new PdfRect(110, 110, 120, 120), "Helvetica", 10, false, false, 0) { Baseline = 118 },
            new("rd", new PdfRect(120, 110, 125, 116), "Helvetica", 6, false, false, 0) { Baseline = 116 },
            new("July", new PdfRect(128, 110, 148, 120), "Helvetica", 10, false, false, 0) { Baseline = 118 },
        };
        var page = Page(Grid([100, 300], [100, 130]), words);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal("23rd July", table.Cells[0].Text);
    }

    [Fact]
    public void Lattice_NearWhiteRulings_AreIgnored()
    {
        var white = new PdfColor(1, 1, 1);
        var rulings = Grid([100, 200, 300], [100, 130]).Select(r => r with { Color = white }).ToList();
        var page = Page(rulings, [Word("a", 110, 110)]);

        Assert.Empty(TableExtractor.Lattice(page));
    }

    [Fact]
    public void Lattice_LinesOvershootingTheLastColumn_AddNoEmptyColumn()
    {
        // The horizontal lines run 4 points past the last vertical line: no sliver column.
        var rulings = new List<Ruling>
        {
            Horizontal(100, 96, 304), Horizontal(130, 96, 304), Horizontal(160, 96, 304),
            Vertical(100, 100, 160), Vertical(200, 100, 160), Vertical(300, 100, 160),
        };
        var page = Page(rulings, [Word("a", 110, 110), Word("b", 210, 110), Word("c", 110, 140), Word("d", 210, 140)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["a", "b"], ["c", "d"]], table.ToGrid());
    }

    [Fact]
    public void Lattice_GuideLinesToThePageEdge_DoNotBoundTheTable()
    {
        // Vertical guides run over the whole page height; only the rows between drawn horizontal lines are the table.
        var rulings = new List<Ruling>
        {
            Horizontal(100, 100, 300), Horizontal(130, 100, 300),
            Vertical(100, 0, 792), Vertical(200, 0, 792), Vertical(300, 0, 792),
        };
        var page = Page(rulings, [Word("head", 110, 60), Word("a", 110, 110), Word("b", 210, 110)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["a", "b"]], table.ToGrid());
    }

    [Fact]
    public void Lattice_TableOnQuarterTurnedText_IsReadUpright()
    {
        // Text reads bottom to top (three quarter turns): the first row of the table is the leftmost band of the page.
        Word Up(string text, double x, double bottom) =>
            new(text, new PdfRect(x, bottom - (5 * text.Length), x + 10, bottom), "Helvetica", 10, false, false, 3) { Baseline = x + 8 };
        var page = Page(Grid([100, 130, 160], [100, 300, 500]), [Up("a", 110, 480), Up("b", 110, 280), Up("c", 140, 480), Up("d", 140, 280)]);

        var table = Assert.Single(TableExtractor.Lattice(page));

        Assert.Equal([["a", "b"], ["c", "d"]], table.ToGrid());
        Assert.Equal(new PdfRect(100, 100, 160, 500), table.Box);
    }

    [Fact]
    public void Table_ConstructedWithoutMode_IsLattice()
    {
        var table = new Table(1, new PdfRect(0, 0, 1, 1), [], 0, 0);

        Assert.Equal(TableMode.Lattice, table.Mode);
    }
}


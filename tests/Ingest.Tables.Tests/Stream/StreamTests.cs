using Ingest.Pdf;
using static Ingest.Tables.Tests.Lattice.PageBuilder;

namespace Ingest.Tables.Tests.Stream;

public class StreamTests
{
    [Fact]
    public void Stream_TwoColumnsSeparatedByGap_ReturnsTwoColumns()
    {
        var words = Line(100, ("Lima", 100), ("12", 300))
            .Concat(Line(115, ("Cusco", 100), ("7", 300)))
            .Concat(Line(130, ("Puno", 100), ("40", 300)))
            .ToList();

        var table = Assert.Single(TableExtractor.Stream(Page([], words)));

        Assert.Equal(TableMode.Stream, table.Mode);
        Assert.Equal([["Lima", "12"], ["Cusco", "7"], ["Puno", "40"]], table.ToGrid());
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void Stream_RightAlignedNumbers_StayInOneColumn()
    {
        // Numbers of different widths share their right edge at x = 420.
        var words = new[] { "1", "22", "333", "4,444" }
            .Select((n, i) => Line(100 + (15 * i), ("Row" + i, 100), (n, 420 - (5 * n.Length))))
            .SelectMany(l => l)
            .ToList();

        var table = Assert.Single(TableExtractor.Stream(Page([], words)));

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["1", "22", "333", "4,444"], table.ToGrid().Select(r => r[1]));
    }

    [Fact]
    public void Stream_WordsASpaceApart_StayInOneCell()
    {
        var words = Prose(100, 100, "Gobierno Regional").Concat(Line(100, ("45.00", 300)))
            .Concat(Prose(115, 100, "Gobierno Local")).Concat(Line(115, ("12.00", 300)))
            .ToList();

        var table = Assert.Single(TableExtractor.Stream(Page([], words)));

        Assert.Equal([["Gobierno Regional", "45.00"], ["Gobierno Local", "12.00"]], table.ToGrid());
    }

    [Fact]
    public void Extract_AutoOnParagraph_FindsNoTable()
    {
        var words = Prose(100, 72, "El presente reporte muestra el avance de los indicadores")
            .Concat(Prose(113, 72, "de objetivos estrategicos y de las acciones estrategicas"))
            .Concat(Prose(126, 72, "institucionales del plan estrategico de la entidad."))
            .ToList();

        Assert.Empty(TableExtractor.Extract(Page([], words)));
        Assert.Empty(TableExtractor.Stream(Page([], words)));
    }

    [Fact]
    public void Extract_AutoWithProseAboveTable_KeepsOnlyTheTable()
    {
        var words = Prose(60, 72, "El cuadro siguiente resume los logros alcanzados en el periodo por cada region.")
            .Concat(Line(100, ("Lima", 100), ("12", 300)))
            .Concat(Line(115, ("Cusco", 100), ("7", 300)))
            .ToList();

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        Assert.Equal([["Lima", "12"], ["Cusco", "7"]], table.ToGrid());
    }

    [Fact]
    public void Stream_BlocksFarApart_AreSeparateTables()
    {
        var words = Line(100, ("a", 100), ("1", 300)).Concat(Line(115, ("b", 100), ("2", 300)))
            .Concat(Line(400, ("x", 150), ("y", 250), ("z", 350))).Concat(Line(415, ("u", 150), ("v", 250), ("w", 350)))
            .ToList();

        var tables = TableExtractor.Stream(Page([], words));

        Assert.Equal(2, tables.Count);
        Assert.Equal([["a", "1"], ["b", "2"]], tables[0].ToGrid());
        Assert.Equal([["x", "y", "z"], ["u", "v", "w"]], tables[1].ToGrid());
    }

    [Fact]
    public void Stream_Area_UsesOnlyWordsInside()
    {
        var words = Line(100, ("a", 100), ("1", 300)).Concat(Line(115, ("b", 100), ("2", 300))).Concat(Line(115, ("outside", 500))).ToList();

        var table = Assert.Single(TableExtractor.Stream(Page([], words), new PdfRect(90, 90, 400, 140)));

        Assert.Equal([["a", "1"], ["b", "2"]], table.ToGrid());
        Assert.Equal(new PdfRect(90, 90, 400, 140), table.Box);
    }

    [Fact]
    public void Stream_EmptyArea_ReturnsTableWithoutRows()
    {
        var page = Page([], [.. Line(100, ("a", 100), ("1", 300))]);

        var table = Assert.Single(TableExtractor.Stream(page, new PdfRect(0, 0, 50, 50)));

        Assert.Equal((0, 0), (table.RowCount, table.ColumnCount));
        Assert.Empty(table.Cells);
    }

    [Fact]
    public void Stream_AreaCuttingAWord_KeepsOnlyTheCharactersInside()
    {
        // "Presentation" is 60 points wide (5 per letter); the area ends after its first four letters.
        var page = Page([], [.. Line(100, ("Presentation", 100))]);

        var table = Assert.Single(TableExtractor.Stream(page, new PdfRect(90, 90, 120, 120)));

        Assert.Equal([["Pres"]], table.ToGrid());
    }

    [Fact]
    public void Stream_ExplicitColumns_SplitWhereGiven()
    {
        // Without separators "Total anual" is one chunk; the separator at 126.5, in the space, parts it.
        var words = Prose(100, 100, "Total anual").Concat(Line(100, ("9", 300))).ToList();
        var options = new StreamOptions { ColumnSeparators = [126.5, 200] };

        var table = Assert.Single(TableExtractor.Stream(Page([], words), options: options));

        Assert.Equal([["Total", "anual", "9"]], table.ToGrid());
    }

    [Fact]
    public void Stream_VerticalRulingsAsColumns_SplitAtRulings()
    {
        var words = Prose(100, 100, "Total anual").Concat(Prose(115, 100, "Metas fisica")).ToList();
        // A ruling drawn twice, 0.3 points apart, is one separator.
        var page = Page([Vertical(126.3, 90, 130), Vertical(126.6, 90, 130)], words);

        var table = Assert.Single(TableExtractor.Stream(page, options: new StreamOptions { UseVerticalRulings = true }));

        Assert.Equal([["Total", "anual"], ["Metas", "fisica"]], table.ToGrid());
    }

    [Fact]
    public void Extract_AutoWithGridAndTextTable_ReturnsBothTopFirst()
    {
        var words = Line(110, ("a", 110), ("b", 210)).Concat(Line(300, ("x", 100), ("1", 300))).Concat(Line(315, ("y", 100), ("2", 300))).ToList();
        var page = Page(Grid([100, 200, 300], [100, 130]), words);

        var tables = TableExtractor.Extract(page);

        Assert.Equal([TableMode.Lattice, TableMode.Stream], tables.Select(t => t.Mode));
        Assert.Equal([["a", "b"]], tables[0].ToGrid());
        Assert.Equal([["x", "1"], ["y", "2"]], tables[1].ToGrid());
    }

    [Fact]
    public void Extract_LatticeMode_IgnoresTextTables()
    {
        var page = Page([], [.. Line(100, ("a", 100), ("1", 300)), .. Line(115, ("b", 100), ("2", 300))]);

        Assert.Empty(TableExtractor.Extract(page, TableMode.Lattice));
    }

    [Fact]
    public void Stream_TextReadingTopToBottom_IsTurnedUpright()
    {
        // The page is turned a quarter clockwise: each "row" is a column of the page, read top to bottom, the first at the right.
        Word Down(string text, double x, double top) =>
            new(text, new PdfRect(x, top, x + 10, top + (5 * text.Length)), "Helvetica", 10, false, false, 1) { Baseline = x + 2 };
        var words = new List<Word> { Down("Lima", 300, 100), Down("12", 300, 300), Down("Cusco", 285, 100), Down("7", 285, 300) };

        var table = Assert.Single(TableExtractor.Stream(Page([], words)));

        Assert.Equal([["Lima", "12"], ["Cusco", "7"]], table.ToGrid());
        var lima = table.Cells[0].Box;
        Assert.True(lima.Left <= 300 && lima.Right >= 310 && lima.Top <= 100 && lima.Bottom >= 120, $"The cell box {lima} does not hold its word.");
    }

    /// <summary>
    /// The top of a browser-printed page: the end of a label begun on the page before, then a row whose code line sits
    /// half a line above its first line of figures, its name below; optionally a total line running across the columns
    /// further down, and a second row.
    /// </summary>
    private static List<Word> PageTopWithCodeAboveFigures(bool totalLine)
    {
        var words = Line(20, ("HUANCAVELICA", 10)).Concat(Line(32, ("JUNIN", 10)))
            .Concat(Line(46, ("AOI00008400592", 10), ("-", 82)))
            .Concat(Line(50, ("PROG.", 200), ("1.00", 300), ("2.00", 360)))
            .Concat(Line(58, ("OPERATIVIDAD", 10)))
            .Concat(Line(66, ("EJEC.", 200), ("1.00", 300), ("2.00", 360)));
        if (totalLine)
        {
            words = words.Concat(Prose(80, 150, "EJECUCION FISICA POR ACTIVIDAD OPERATIVA TOTAL"));
        }

        return words.Concat(Line(95, ("AOI00008400593", 10), ("-", 82), ("PROG.", 200), ("3.00", 300), ("4.00", 360)))
            .Concat(Line(110, ("EJEC.", 200), ("3.00", 300), ("4.00", 360)))
            .ToList();
    }

    [Fact]
    public void Extract_CodeAboveFirstRowOfRunCutByTotalLine_StaysInTheTable()
    {
        var tables = TableExtractor.Extract(Page([], PageTopWithCodeAboveFigures(totalLine: true)));

        Assert.Equal("AOI00008400592 -", tables[0].ToGrid()[0][0]);
    }

    [Fact]
    public void Extract_LabelEndAboveACode_IsNotStackedOnTheCode()
    {
        var table = Assert.Single(TableExtractor.Extract(Page([], PageTopWithCodeAboveFigures(totalLine: false))));

        Assert.Equal("AOI00008400592 -", table.ToGrid()[0][0]);
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("JUNIN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LoneRowBelowAHeadingAtTheEndOfThePage_IsARowOnTheColumnsAbove()
    {
        var words = Line(100, ("AOI00008400306", 10), ("PROG.", 200), ("1.00", 300), ("2.00", 360))
            .Concat(Line(115, ("AOI00008400307", 10), ("PROG.", 200), ("3.00", 300), ("4.00", 360)))
            .Concat(Prose(130, 40, "AEI.02.03 SERVICIOS INFORMATIVOS PERMANENTES PARA LAS ENTIDADES"))
            .Concat(Line(145, ("AOI00008400316", 10), ("PROG.", 200), ("5.00", 300), ("6.00", 360)))
            .ToList();

        var tables = TableExtractor.Extract(Page([], words));

        Assert.Equal([["AOI00008400316", "PROG.", "5.00", "6.00"]], tables[^1].ToGrid());
    }

    [Fact]
    public void Extract_LoneLineOfWordsBelowAHeading_IsNotATable()
    {
        // A line of prose cut off by a heading spreads its words over the columns too; without figures it is not a row.
        var words = Line(100, ("AOI00008400306", 10), ("PROG.", 200), ("1.00", 300), ("2.00", 360))
            .Concat(Line(115, ("AOI00008400307", 10), ("PROG.", 200), ("3.00", 300), ("4.00", 360)))
            .Concat(Prose(130, 40, "AEI.02.03 SERVICIOS INFORMATIVOS PERMANENTES PARA LAS ENTIDADES"))
            .Concat(Line(145, ("values", 10), ("for", 200), ("the", 300), ("servers", 360)))
            .ToList();

        var tables = TableExtractor.Extract(Page([], words));

        Assert.DoesNotContain(tables, t => t.ToGrid().Any(row => row.Contains("servers")));
    }

    [Fact]
    public void Extract_SectionWithTheSameHeaderLabelsDriftingRight_KeepsItsColumnsInOrder()
    {
        // A browser lays each section's table out with widths of its own: the third section's columns drift right of the
        // others', so far that by position alone its 2021 column would be dropped and 2023 would share 2022's.
        // Each section opens with a heading running across the columns (its section code, then one long word).
        static IEnumerable<Word> Section(double top, string heading, string code, params double[] x) =>
            Line(top, (heading[..6], 10), (heading[7..].Replace(' ', '-'), 50))
                .Concat(Line(top + 15, ("COD.", x[0]), ("2020", x[1]), ("2021", x[2]), ("2022", x[3]), ("2023", x[4])))
                .Concat(Line(top + 30, (code, x[0]), ("1.00", x[1]), ("2.00", x[2]), ("3.00", x[3]), ("4.00", x[4])))
                .Concat(Line(top + 45, (code + "2", x[0]), ("5.00", x[1]), ("6.00", x[2]), ("7.00", x[3]), ("8.00", x[4])));
        var words = Section(100, "OEI.01 PRIMER OBJETIVO DE LA ENTIDAD CON SUS INDICADORES", "IND.01.OEI.01", 10, 100, 160, 220, 280)
            .Concat(Section(160, "OEI.02 SEGUNDO OBJETIVO DE LA ENTIDAD CON SUS INDICADORES", "IND.01.OEI.02", 10, 100, 160, 220, 280))
            .Concat(Section(220, "OEI.03 TERCER OBJETIVO DE LA ENTIDAD CON SUS INDICADORES", "IND.01.OEI.03", 10, 100, 200, 270, 340))
            .ToList();

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        var grid = table.ToGrid();
        Assert.Contains(["IND.01.OEI.03", "1.00", "2.00", "3.00", "4.00"], grid);
        Assert.Equal(["COD.", "2020", "2021", "2022", "2023"], grid[9]);
    }

    [Fact]
    public void Extract_HeaderLabelCentredInAWideCellOfRightAlignedFigures_HeadsTheirColumn()
    {
        // "Meta física" and "Avance" are centred in cells wider than their figures, which are set to the right: the labels
        // overlap no column of figures, and the type column (PROG. / EJEC.) has no label.
        var words = Bold(Prose(100, 10, "Actividad operativa")).Concat(Bold(Prose(100, 294, "Meta física"))).Concat(Bold(Line(100, ("Avance", 445))))
            .Concat(Line(115, ("AOI00008400586", 10), ("-", 82), ("PROG.", 200), EndingAt("1,000.00", 400), EndingAt("90.00", 520)))
            .Concat(Line(127, ("EJEC.", 200), EndingAt("900.00", 400), EndingAt("81.00", 520)))
            .Concat(Line(142, ("AOI00008400587", 10), ("-", 82), ("PROG.", 200), EndingAt("2,000.00", 400), EndingAt("50.00", 520)))
            .Concat(Line(154, ("EJEC.", 200), EndingAt("1,000.00", 400), EndingAt("25.00", 520)))
            .ToList();

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        Assert.Equal(
            [
                ["Actividad operativa", "", "Meta física", "Avance"],
                ["AOI00008400586 -", "PROG.", "1,000.00", "90.00"],
                ["", "EJEC.", "900.00", "81.00"],
                ["AOI00008400587 -", "PROG.", "2,000.00", "50.00"],
                ["", "EJEC.", "1,000.00", "25.00"],
            ],
            table.ToGrid());
    }

    [Fact]
    public void Extract_RowLabelBetweenRowsOfValues_KeepsAColumnOfItsOwn()
    {
        // PROG. lies left of the figures and overlaps no column, like a header label centred in a wide cell; but it is
        // printed between rows of values, so it labels its row and is not a header of the figures.
        var words = Line(100, ("AOI00008400586", 10)).Concat(Prose(100, 100, "Agua potable")).Concat(Line(100, EndingAt("1,000.00", 400), EndingAt("90.00", 520)))
            .Concat(Line(112, ("PROG.", 300), EndingAt("3.00", 400), EndingAt("4.00", 520)))
            .Concat(Line(124, ("AOI00008400587", 10)).Concat(Prose(124, 100, "Luz eléctrica")).Concat(Line(124, EndingAt("2,000.00", 400), EndingAt("50.00", 520))))
            .Concat(Line(136, ("PROG.", 300), EndingAt("5.00", 400), EndingAt("6.00", 520)))
            .ToList();

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        Assert.Equal(
            [
                ["AOI00008400586", "Agua potable", "", "1,000.00", "90.00"],
                ["", "", "PROG.", "3.00", "4.00"],
                ["AOI00008400587", "Luz eléctrica", "", "2,000.00", "50.00"],
                ["", "", "PROG.", "5.00", "6.00"],
            ],
            table.ToGrid());
    }

    [Fact]
    public void Extract_SectionsSharingTheirColumnsMostLackingOne_LaidOutOnTheirUnion()
    {
        // Five sections, each opened by a heading running across the columns (its code, then its name); only the first
        // and the last print a figure in the Logro column. The sections lacking it are the most common, but the table
        // keeps one column per column printed: Logro's figures are not run into Meta's.
        static IEnumerable<Word> Section(double top, string code, string heading, int n, bool logro)
        {
            var words = Line(top, (code, 10)).Concat(Prose(top, 70, heading));
            for (var i = 1; i <= 2; i++)
            {
                var y = top + (15 * i);
                words = words.Concat(Line(y, ($"IND.0{i}.{code}", 10), ($"Indicador{n}{i}", 110), EndingAt($"{n}1.00", 260), EndingAt($"{n}2.00", 380)))
                    .Concat(logro ? Line(y, EndingAt($"{n}0.00", 320)) : []);
            }

            return words;
        }

        var words = Bold(Line(85, ("Código", 10), ("Indicador", 110), ("Meta", 240), ("Logro", 295), ("Avance", 350)))
            .Concat(Section(100, "AEI.01.01", "POBLACION CON SERVICIOS DE SALUD DE CALIDAD", 1, logro: true))
            .Concat(Section(145, "AEI.01.02", "HOGARES CON ACCESO A AGUA POTABLE SEGURA", 2, logro: false))
            .Concat(Section(190, "AEI.01.03", "ESCUELAS CON MOBILIARIO ESCOLAR ADECUADO", 3, logro: false))
            .Concat(Section(235, "AEI.01.04", "VIAS VECINALES EN BUEN ESTADO DE CONSERVACION", 4, logro: false))
            .Concat(Section(280, "AEI.01.05", "MERCADOS CON LICENCIA DE FUNCIONAMIENTO", 5, logro: true))
            .ToList();

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        Assert.Equal(
            [
                ["Código", "Indicador", "Meta", "Logro", "Avance"],
                ["AEI.01.01 POBLACION CON SERVICIOS DE SALUD DE CALIDAD", "", "", "", ""],
                ["IND.01.AEI.01.01", "Indicador11", "11.00", "10.00", "12.00"],
                ["IND.02.AEI.01.01", "Indicador12", "11.00", "10.00", "12.00"],
                ["AEI.01.02 HOGARES CON ACCESO A AGUA POTABLE SEGURA", "", "", "", ""],
                ["IND.01.AEI.01.02", "Indicador21", "21.00", "", "22.00"],
                ["IND.02.AEI.01.02", "Indicador22", "21.00", "", "22.00"],
                ["AEI.01.03 ESCUELAS CON MOBILIARIO ESCOLAR ADECUADO", "", "", "", ""],
                ["IND.01.AEI.01.03", "Indicador31", "31.00", "", "32.00"],
                ["IND.02.AEI.01.03", "Indicador32", "31.00", "", "32.00"],
                ["AEI.01.04 VIAS VECINALES EN BUEN ESTADO DE CONSERVACION", "", "", "", ""],
                ["IND.01.AEI.01.04", "Indicador41", "41.00", "", "42.00"],
                ["IND.02.AEI.01.04", "Indicador42", "41.00", "", "42.00"],
                ["AEI.01.05 MERCADOS CON LICENCIA DE FUNCIONAMIENTO", "", "", "", ""],
                ["IND.01.AEI.01.05", "Indicador51", "51.00", "50.00", "52.00"],
                ["IND.02.AEI.01.05", "Indicador52", "51.00", "50.00", "52.00"],
            ],
            table.ToGrid());
    }

    /// <summary>A table of regions above, a caption line, and the given rows below, with the lines <paramref name="pitch"/> points apart.</summary>
    private static List<Word> RegionsThenCaption(double top, double pitch, params IEnumerable<Word>[] below)
    {
        var words = Line(top, ("Región", 20), ("Meta", 200), ("Avance", 300))
            .Concat(Line(top + pitch, ("Lima", 20), EndingAt("10.00", 220), EndingAt("20.00", 330)))
            .Concat(Line(top + (2 * pitch), ("Cusco", 20), EndingAt("30.00", 220), EndingAt("40.00", 330)))
            .Concat(Prose(top + (3 * pitch), 20, "Cuadro 2. Metas"));
        return words.Concat(below.SelectMany(w => w)).ToList();
    }

    [Fact]
    public void Extract_CaptionBetweenTwoTextAlignedTables_TwoTablesOnColumnsOfTheirOwn()
    {
        // The caption line is short: it runs across no column gap, and nothing but what it says parts the tables.
        var words = RegionsThenCaption(100, 13,
            Line(154, ("Código", 20), ("Indicador", 110), ("2023", 250), ("2024", 380)),
            Line(167, ("OEI.01", 20), ("Agua", 110), EndingAt("1.00", 270), EndingAt("2.00", 400)),
            Line(180, ("OEI.02", 20), ("Luz", 110), EndingAt("3.00", 270), EndingAt("4.00", 400)));

        var tables = TableExtractor.Extract(Page([], words));

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"]], tables[0].ToGrid());
        Assert.Equal([["Código", "Indicador", "2023", "2024"], ["OEI.01", "Agua", "1.00", "2.00"], ["OEI.02", "Luz", "3.00", "4.00"]], tables[1].ToGrid());
    }

    [Fact]
    public void Extract_CaptionAboveASingleRowOfColumns_DoesNotSplitTheTable()
    {
        var words = RegionsThenCaption(100, 13, Line(154, ("Total", 20), EndingAt("40.00", 220), EndingAt("60.00", 330)));

        var table = Assert.Single(TableExtractor.Extract(Page([], words)));

        Assert.Equal(
            [["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"], ["Cuadro 2. Metas", "", ""], ["Total", "40.00", "60.00"]],
            table.ToGrid());
    }

    [Fact]
    public void Extract_CaptionBetweenTwoTablesInsideHorizontalRules_TwoTables()
    {
        // A rule under every line, the lines padded so far apart that the block finder keeps none of them: the text
        // between the rules is read whole, and the caption starts another table.
        var words = RegionsThenCaption(115, 40,
            Line(275, ("Código", 20), ("Indicador", 110), ("2023", 250), ("2024", 380)),
            Line(315, ("OEI.01", 20), ("Agua", 110), EndingAt("1.00", 270), EndingAt("2.00", 400)),
            Line(355, ("OEI.02", 20), ("Luz", 110), EndingAt("3.00", 270), EndingAt("4.00", 400)));
        var page = Page(Rules(15, 410, 100, 140, 180, 220, 260, 300, 340, 380), words);

        var tables = TableExtractor.Extract(page);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"]], tables[0].ToGrid());
        Assert.Equal([["Código", "Indicador", "2023", "2024"], ["OEI.01", "Agua", "1.00", "2.00"], ["OEI.02", "Luz", "3.00", "4.00"]], tables[1].ToGrid());
    }

    [Fact]
    public void Extract_SingleRowAfterACaptionInsideHorizontalRules_KeptAsATable()
    {
        var words = RegionsThenCaption(115, 40, Line(275, ("Total", 20), ("Agua", 110), EndingAt("1.00", 270), EndingAt("2.00", 400)));
        var page = Page(Rules(15, 410, 100, 140, 180, 220, 260, 300), words);

        var tables = TableExtractor.Extract(page);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"]], tables[0].ToGrid());
        Assert.Equal([["Total", "Agua", "1.00", "2.00"]], tables[1].ToGrid());
    }

    [Fact]
    public void Extract_SectionHeadingBetweenTwoTextAlignedTables_TwoTablesOnColumnsOfTheirOwn()
    {
        // A numbered section heading parts two tables as a caption does.
        var words = Line(100, ("Región", 20), ("Meta", 200), ("Avance", 300))
            .Concat(Line(113, ("Lima", 20), EndingAt("10.00", 220), EndingAt("20.00", 330)))
            .Concat(Line(126, ("Cusco", 20), EndingAt("30.00", 220), EndingAt("40.00", 330)))
            .Concat(Prose(139, 20, "3.1. Metas del plan"))
            .Concat(Line(154, ("Código", 20), ("Indicador", 110), ("2023", 250), ("2024", 380)))
            .Concat(Line(167, ("OEI.01", 20), ("Agua", 110), EndingAt("1.00", 270), EndingAt("2.00", 400)))
            .Concat(Line(180, ("OEI.02", 20), ("Luz", 110), EndingAt("3.00", 270), EndingAt("4.00", 400)))
            .ToList();

        var tables = TableExtractor.Extract(Page([], words));

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"]], tables[0].ToGrid());
        Assert.Equal([["Código", "Indicador", "2023", "2024"], ["OEI.01", "Agua", "1.00", "2.00"], ["OEI.02", "Luz", "3.00", "4.00"]], tables[1].ToGrid());
    }

    [Fact]
    public void Extract_ParagraphBetweenTwoTablesDrawnWithRules_TwoTablesWithoutTheParagraph()
    {
        // Two tables drawn alike, a rule under every line, close enough to stack into one set of rules; a paragraph and a
        // heading between them, at one margin, part them. Lines are padded so far apart that the block finder keeps none.
        var words = Line(115, ("Región", 20), ("Meta", 200), ("Avance", 300))
            .Concat(Line(155, ("Lima", 20), EndingAt("10.00", 220), EndingAt("20.00", 330)))
            .Concat(Line(195, ("Cusco", 20), EndingAt("30.00", 220), EndingAt("40.00", 330)))
            .Concat(Prose(226, 20, "Para el logro de esta acción han contribuido dos unidades orgánicas del pliego"))
            .Concat(Prose(239, 20, "con una ejecución del 76%."))
            .Concat(Prose(252, 20, "AEI.02.01 Servicio administrativo eficiente"))
            .Concat(Line(285, ("Región", 20), ("Meta", 200), ("Avance", 300)))
            .Concat(Line(325, ("Piura", 20), EndingAt("50.00", 220), EndingAt("60.00", 330)))
            .Concat(Line(365, ("Tacna", 20), EndingAt("70.00", 220), EndingAt("80.00", 330)))
            .ToList();
        var page = Page(Rules(15, 410, 100, 140, 180, 220, 270, 310, 350, 390), words);

        var tables = TableExtractor.Extract(page);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Región", "Meta", "Avance"], ["Lima", "10.00", "20.00"], ["Cusco", "30.00", "40.00"]], tables[0].ToGrid());
        Assert.Equal([["Región", "Meta", "Avance"], ["Piura", "50.00", "60.00"], ["Tacna", "70.00", "80.00"]], tables[1].ToGrid());
    }
}

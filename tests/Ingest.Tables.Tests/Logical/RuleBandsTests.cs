using Ingest.Pdf;
using Ingest.Tables.Logical;
using static Ingest.Tables.Tests.Lattice.PageBuilder;

namespace Ingest.Tables.Tests.Logical;

/// <summary>
/// Text-aligned tables drawn with horizontal rules only: the page is read in auto mode and its tables made logical,
/// the lines between two rules one row.
/// </summary>
public sealed class RuleBandsTests
{
    private static string[] Names(LogicalTable table) => table.Columns.Select(c => c.Name).ToArray();

    private static string[][] Texts(LogicalTable table) =>
        table.Rows.Select(r => table.Columns.Select(c => r.TextAt(c.Index)).ToArray()).ToArray();

    /// <summary>
    /// Two rows whose region and indicator wrap to a second line, a rule under each, below a header of two lines with no
    /// rule above it (<c>Meta</c> over <c>2024</c>, <c>Avance</c> over <c>(%)</c>); <paramref name="title"/>, when given,
    /// is a line of one cell right above the header.
    /// </summary>
    private static PageContent RuledUnderEachRow(string? title)
    {
        var words = (title is null ? [] : Prose(88, 150, title))
            .Concat(Bold(Line(100, ("Región", 20), ("Indicador", 150), ("Meta", 300), ("Avance", 350))))
            .Concat(Bold(Line(112, ("2024", 300), ("(%)", 365))))
            .Concat(Line(127, ("Gobierno", 20)).Concat(Prose(127, 150, "Porcentaje de")).Concat(Line(127, EndingAt("10.00", 320), EndingAt("50.00", 380))))
            .Concat(Line(139, ("Regional", 20), ("hogares", 150)))
            .Concat(Line(155, ("Gobierno", 20)).Concat(Prose(155, 150, "Tasa de")).Concat(Line(155, EndingAt("20.00", 320), EndingAt("75.00", 380))))
            .Concat(Line(167, ("Local", 20), ("empleo", 150)))
            .ToList();
        return Page(Rules(15, 390, 124, 152, 180), words);
    }

    [Fact]
    public void Build_HeaderLinesAboveTheFirstRule_HeaderRowsEachAndBandsJoinedIntoRows()
    {
        var page = RuledUnderEachRow(title: null);

        var logical = Assert.Single(DocumentTables.Build(TableExtractor.Extract(page), [page]));

        Assert.Equal(["Región", "Indicador", "Meta / 2024", "Avance (%)"], Names(logical));
        Assert.Equal(2, logical.Header.Count);
        Assert.Equal(
            [["Gobierno\nRegional", "Porcentaje de\nhogares", "10.00", "50.00"], ["Gobierno\nLocal", "Tasa de\nempleo", "20.00", "75.00"]],
            Texts(logical));
    }

    [Fact]
    public void Join_TitleLineOfOneCellAboveTheFirstRule_ReturnsNull()
    {
        // Above the first rule, a line of one cell is a title or a caption: the lines above the rule are not sure to be
        // the header, and the bands are not read.
        var page = RuledUnderEachRow(title: "Metas por región");
        var table = Assert.Single(TableExtractor.Extract(page));
        Assert.Equal("Metas por región", table.ToGrid()[0][1]);

        Assert.Null(RuleBands.Join(SlotRow.From(table), table.Box, page));
    }

    [Fact]
    public void Build_CodeCutAfterItsPointInARuleBand_RejoinedIntoOneCode()
    {
        // Each code is printed up to its last point on one line (IND.01.AER.01.) and ends on the next (01), inside the
        // band between two rules; a code printed with a point after it (OER.02.) keys a row too.
        var words = Bold(Line(100, ("Código", 20), ("Indicador", 150), ("Valor", 300)))
            .Concat(Line(115, ("IND.01.AER.01.", 20)).Concat(Prose(115, 150, "Porcentaje de")).Concat(Line(115, EndingAt("10.00", 325))))
            .Concat(Line(127, ("01", 20), ("documentos", 150)))
            .Concat(Line(143, ("OER.02.", 20)).Concat(Prose(143, 150, "Tasa de")).Concat(Line(143, EndingAt("30.00", 325))))
            .Concat(Line(155, ("atención", 150)))
            .Concat(Line(171, ("IND.01.AER.01.", 20)).Concat(Prose(171, 150, "Número de")).Concat(Line(171, EndingAt("20.00", 325))))
            .Concat(Line(183, ("02", 20), ("expedientes", 150)))
            .ToList();
        var page = Page(Rules(15, 330, 112, 140, 168, 196), words);

        var logical = Assert.Single(DocumentTables.Build(TableExtractor.Extract(page), [page]));

        Assert.Equal(["Código", "Indicador", "Valor"], Names(logical));
        Assert.Equal(
            [["IND.01.AER.01.01", "Porcentaje de\ndocumentos", "10.00"], ["OER.02.", "Tasa de\natención", "30.00"], ["IND.01.AER.01.02", "Número de\nexpedientes", "20.00"]],
            Texts(logical));
    }
}

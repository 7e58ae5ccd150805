using Ingest.Tables.Logical;
using static Ingest.Tables.Tests.Lattice.PageBuilder;

namespace Ingest.Tables.Tests.Logical;

/// <summary>
/// Group labels in the header of a text-aligned table (no rulings): the page is read in auto mode and its tables
/// made logical, so where a label's words lie is all that tells which columns it heads.
/// </summary>
public sealed class GroupLabelsTests
{
    private static string[] Names(LogicalTable table) => table.Columns.Select(c => c.Name).ToArray();

    private static LogicalTable Read(IReadOnlyList<Pdf.Word> words)
    {
        var page = Page([], words);
        return Assert.Single(DocumentTables.Build(TableExtractor.Extract(page), [page]));
    }

    [Fact]
    public void Build_GroupLabelCentredOverYearColumnsButOverTheSecond_HeadsEveryYear()
    {
        // "Meta" is centred over the years 2024 … 2027 (their words span 200 to 420), which puts it over 2025: the 2024
        // column is wide, for its figures are. The figures are right-aligned with their years.
        var words = Line(100, ("Código", 20), ("Línea", 80), ("base", 108), ("Meta", 300), ("Avance", 460))
            .Concat(Line(112, ("2024", 200), ("2025", 300), ("2026", 350), ("2027", 400)))
            .Concat(Line(127, ("OEI.01", 20), EndingAt("10.00", 128), EndingAt("1,234,567.00", 220), EndingAt("20.00", 320), EndingAt("30.00", 370), EndingAt("40.00", 420), EndingAt("50.00", 490)))
            .Concat(Line(142, ("OEI.02", 20), EndingAt("11.00", 128), EndingAt("7,654,321.00", 220), EndingAt("21.00", 320), EndingAt("31.00", 370), EndingAt("41.00", 420), EndingAt("51.00", 490)))
            .ToList();

        var logical = Read(words);

        Assert.Equal(["Código", "Línea base", "Meta / 2024", "Meta / 2025", "Meta / 2026", "Meta / 2027", "Avance"], Names(logical));
        Assert.Equal(["Meta", "2024"], logical.Columns[2].Path);
        Assert.Equal(["OEI.01", "10.00", "1,234,567.00", "20.00", "30.00", "40.00", "50.00"], logical.Columns.Select(c => logical.Rows[0].TextAt(c.Index)));
    }

    [Fact]
    public void Build_LabelRightAlignedWithItsOnlyChild_HeadsItsOwnColumnOnly()
    {
        // "1°" ends where "Semestre" below it ends; the column left of it has a label below only. Ending where the two
        // columns' labels end, "1°" is not centred over them: it heads its own column.
        var words = Bold(Line(100, ("Código", 20), ("Indicador", 100), EndingAt("1°", 330)))
            .Concat(Bold(Line(112, ("Meta", 220), ("anual", 243), ("Semestre", 290))))
            .Concat(Line(127, ("OEI.01", 20), ("Agua", 100), EndingAt("10.00", 270), EndingAt("5.00", 330)))
            .Concat(Line(142, ("OEI.02", 20), ("Luz", 100), EndingAt("12.00", 270), EndingAt("6.00", 330)))
            .ToList();

        var logical = Read(words);

        Assert.Equal(["Código", "Indicador", "Meta anual", "1° Semestre"], Names(logical));
        Assert.Equal(2, logical.Rows.Count);
    }

    [Fact]
    public void Build_TitleCentredOverTheWholeTable_HeadsNoOtherColumn()
    {
        // A title line of one cell right above the header, centred over all the columns' labels (20 to 380), is kept as
        // the table's first row: it lies in the Indicador column and goes with that column's label, but it is no group
        // label over every column.
        var words = Prose(100, 167, "Metas del plan")
            .Concat(Bold(Line(112, ("N°", 20), ("Código", 60), ("Indicador", 150), ("2024", 300), ("2025", 360))))
            .Concat(Line(127, ("1", 20), ("OEI.01", 60)).Concat(Prose(127, 150, "Porcentaje de hogares")).Concat(Line(127, EndingAt("10.00", 320), EndingAt("20.00", 380))))
            .Concat(Line(142, ("2", 20), ("OEI.02", 60)).Concat(Prose(142, 150, "Tasa de empleo")).Concat(Line(142, EndingAt("11.00", 320), EndingAt("21.00", 380))))
            .ToList();

        var logical = Read(words);

        Assert.Equal(["N°", "Código", "Metas del plan Indicador", "2024", "2025"], Names(logical));
        Assert.Equal(["OEI.01", "OEI.02"], logical.Rows.Select(r => r.TextAt(1)));
    }

    [Fact]
    public void Build_CaptionKeptAboveTheTable_HeadsNoColumn()
    {
        var words = Prose(100, 162, "Anexo B-3: Metas")
            .Concat(Bold(Line(112, ("N°", 20), ("Código", 60), ("Indicador", 150), ("2024", 300), ("2025", 360))))
            .Concat(Line(127, ("1", 20), ("OEI.01", 60)).Concat(Prose(127, 150, "Porcentaje de hogares")).Concat(Line(127, EndingAt("10.00", 320), EndingAt("20.00", 380))))
            .Concat(Line(142, ("2", 20), ("OEI.02", 60)).Concat(Prose(142, 150, "Tasa de empleo")).Concat(Line(142, EndingAt("11.00", 320), EndingAt("21.00", 380))))
            .ToList();

        var logical = Read(words);

        Assert.Equal("Anexo B-3: Metas", logical.Header[0].TextAt(2));
        Assert.Equal(["N°", "Código", "Indicador", "2024", "2025"], Names(logical));
    }
}

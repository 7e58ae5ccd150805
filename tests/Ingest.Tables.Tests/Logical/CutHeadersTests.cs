using Ingest.Pdf;
using Ingest.Tables.Logical;
using static Ingest.Tables.Tests.Logical.TableBuilder;

namespace Ingest.Tables.Tests.Logical;

/// <summary>
/// A table's header cut by a page break: the first header lines end the page in a ruled box with no bottom rule (no
/// table to the lattice), the next page's table starts with the rest of the header (seed 000, OEI.09's POI table).
/// </summary>
public class CutHeadersTests
{
    /// <summary>Where the open box of cut header lines starts on the page before, in points.</summary>
    private const double BoxTop = 760;

    [Fact]
    public void Build_HeaderCutByPageBreakInOpenRuledBox_FirstHeaderLinesRestored()
    {
        var table = Ruled(2, ["", "", "Operativas"], ["", "Descripción", "1/"], ["OEI.09", "Fortalecer la Gestión", "3"]);
        var before = PageEndingWithOpenBox(1, ["Código"], ["Acción Estratégica", "Institucional (AEI)"], ["Número de", "Actividades"]);

        var logical = Assert.Single(DocumentTables.Build([table], [before, PageOf(table, _ => false)]));

        Assert.Equal(2, logical.Header.Count);
        Assert.Equal(["Código", "Acción Estratégica Institucional (AEI) / Descripción", "Número de Actividades Operativas / 1/"], logical.Columns.Select(c => c.Name));
        Assert.Equal(["OEI.09"], logical.Rows.Select(r => r.TextAt(0)));
    }

    [Fact]
    public void Build_CutHeaderLinesReadAsTextAlignedTable_OneTableWithTheHeader()
    {
        // The extractor read the lines in the open box as a text-aligned table: they are the next table's header.
        var table = Ruled(2, ["", "", "Operativas"], ["", "Descripción", "1/"], ["OEI.09", "Fortalecer la Gestión", "3"]);
        var before = PageEndingWithOpenBox(1, ["Código"], ["Acción Estratégica", "Institucional (AEI)"], ["Número de", "Actividades"]);
        var lines = Grid(1, ["Código", "Acción Estratégica", "Número de"], ["", "Institucional (AEI)", "Actividades"])
            with { Box = new PdfRect(Left, BoxTop + 2, Left + 300, BoxTop + 25) };

        var logical = Assert.Single(DocumentTables.Build([lines, table], [before, PageOf(table, _ => false)]));

        Assert.Equal(["Código", "Acción Estratégica Institucional (AEI) / Descripción", "Número de Actividades Operativas / 1/"], logical.Columns.Select(c => c.Name));
        Assert.Equal([2], logical.Parts.Select(p => p.Page));
    }

    [Fact]
    public void Build_HeaderCutByPageBreakWithoutPages_NotRestored()
    {
        var table = Ruled(2, ["", "Descripción", "1/"], ["OEI.09", "Fortalecer la Gestión", "3"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["", "Descripción", "1/"], logical.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Restore_DataRowCutByPageBreak_TableUnchanged()
    {
        // A code and figures in the open box are the first lines of a data row, not header lines.
        var table = Ruled(2, ["", "Descripción", "1/"], ["OEI.09", "Fortalecer la Gestión", "3"]);
        var before = PageEndingWithOpenBox(1, ["AEI.09.01"], ["ATENCIÓN", "INSTITUCIONAL"], ["10"]);

        Assert.Same(table, CutHeaders.Restore(before, [], table));
    }

    [Fact]
    public void Restore_NextTableStartsWithData_TableUnchanged()
    {
        var table = Ruled(2, ["OEI.09", "Fortalecer la Gestión", "3"], ["AEI.09.01", "Atención", "10"]);
        var before = PageEndingWithOpenBox(1, ["Código"], ["Acción Estratégica"], ["Número de"]);

        Assert.Same(table, CutHeaders.Restore(before, [], table));
    }

    [Fact]
    public void Restore_BoxAboveATableOfThePage_TableUnchanged()
    {
        // The open box lies above a table found on the page before: it is not at the foot of the page.
        var table = Ruled(2, ["", "Descripción", "1/"], ["OEI.09", "Fortalecer la Gestión", "3"]);
        var before = PageEndingWithOpenBox(1, ["Código"], ["Acción Estratégica"], ["Número de"]);
        var below = Ruled(1, ["x"]) with { Box = new PdfRect(Left, BoxTop + 40, Left + 300, BoxTop + 60) };

        Assert.Same(table, CutHeaders.Restore(before, [below], table));
    }

    /// <summary>
    /// A page ending with an open ruled box over the hand-made grid's columns: a top rule across them and column rules
    /// down to the page's last line, the given lines stacked in each column.
    /// </summary>
    private static PageContent PageEndingWithOpenBox(int page, params string[][] columns)
    {
        var right = Left + (columns.Length * ColumnWidth);
        var depth = (columns.Max(c => c.Length) * RowHeight) + 4;
        var black = new PdfColor(0, 0, 0);
        var rulings = new List<Ruling> { new(Left, BoxTop, right, BoxTop, 0.5, black, RulingSource.Stroke) };
        for (var c = 0; c <= columns.Length; c++)
        {
            var x = Left + (c * ColumnWidth);
            rulings.Add(new Ruling(x, BoxTop, x, BoxTop + depth, 0.5, black, RulingSource.Stroke));
        }

        var lines = new List<TextLine>();
        var depthOf = columns.Max(c => c.Length);
        for (var l = 0; l < depthOf; l++)
        {
            var top = BoxTop + 2 + (l * RowHeight);
            var words = columns.Select((texts, c) => (texts, c)).Where(x => l < x.texts.Length)
                .Select(x => new Word(x.texts[l], new PdfRect(Left + (x.c * ColumnWidth) + 4, top, Left + (x.c * ColumnWidth) + 90, top + 9), "Helvetica", 9, true, false, 0))
                .ToList();
            lines.Add(new TextLine(words, words.Select(w => w.Box).Aggregate((a, b) => a.Union(b))));
        }

        var all = lines.SelectMany(l => l.Words).ToList();
        return new PageContent(page, 595, 842, all, lines, rulings, [], 0, []);
    }
}

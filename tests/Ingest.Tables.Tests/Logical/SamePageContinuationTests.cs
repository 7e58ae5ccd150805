using Ingest.Pdf;
using Ingest.Tables.Logical;

namespace Ingest.Tables.Tests.Logical;

public sealed class SamePageContinuationTests
{
    [Fact]
    public void Build_HeaderlessBlockRightBelowOnItsColumns_ContinuesTheTable()
    {
        var (top, bottom, page) = CutTable();

        var table = Assert.Single(DocumentTables.Build([top, bottom], [page]));

        Assert.Equal(["IND.01.AEI.01.01", "IND.02.AEI.01.01", "IND.01.AEI.02.01", "IND.02.AEI.02.01"], table.Rows.Select(r => r.TextAt(0)));
        Assert.Equal("Código", table.Columns[0].Name);
    }

    [Fact]
    public void Build_TextBetweenTheBlocks_TwoTables()
    {
        // A paragraph between them: the lower block is another table, read (or reported) on its own.
        var (top, bottom, page) = CutTable(paragraphAt: 141);

        Assert.Equal(2, DocumentTables.Build([top, bottom], [page]).Count);
    }

    /// <summary>A text-aligned table with a header and four rows, cut by the block finder after its second row, the rest
    /// 20 points lower (a shaded row's padding).</summary>
    private static (Table Top, Table Bottom, PageContent Page) CutTable(double? paragraphAt = null)
    {
        var top = TableBuilder.Grid(
            1,
            ["Código", "Indicador", "Logro Esperado", "Valor Obtenido"],
            ["IND.01.AEI.01.01", "Porcentaje de personas", "10.00", "8.00"],
            ["IND.02.AEI.01.01", "Número de familias", "400.00", "160.00"]);
        var lower = TableBuilder.Grid(
            1,
            ["IND.01.AEI.02.01", "Número de simulacros", "4.00", "1.00"],
            ["IND.02.AEI.02.01", "Número de talleres", "6.00", "6.00"]);
        var shift = top.Box.Bottom + 20 - lower.Box.Top;
        var bottom = lower with
        {
            Box = Moved(lower.Box, shift),
            Cells = [.. lower.Cells.Select(c => c with { Box = Moved(c.Box, shift) })],
        };
        var a = TableBuilder.PageOf(top, _ => false);
        var b = paragraphAt is { } y ? TableBuilder.PageOf(bottom, _ => false, y) : TableBuilder.PageOf(bottom, _ => false);
        var page = a with { Words = [.. a.Words, .. b.Words], Lines = [.. a.Lines, .. b.Lines] };
        return (top, bottom, page);
    }

    private static PdfRect Moved(PdfRect box, double down) => new(box.Left, box.Top + down, box.Right, box.Bottom + down);
}

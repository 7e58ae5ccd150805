using Ingest.Tables.Logical;

namespace Ingest.Tables.Tests.Logical;

public sealed class CaptionsTests
{
    [Fact]
    public void Build_TwoTextAlignedTablesReadAsOneBlock_SplitAtTheSecondCaption()
    {
        // A semáforo count table and, below it, the caption and rows of the indicator table, read by the alignment as one
        // block: the indicator rows are not rows of the count table.
        var block = TableBuilder.Grid(
            2,
            ["", "[0-75>", "[75-95>", "ND", "Total"],
            ["Objetivos estratégicos", "1", "3", "0", "7"],
            ["Cuadro 2. OER y AER con avance, 2022-2023", "", "", "", ""],
            ["Código", "Indicador", "Línea Base", "Logro Esperado", "Valor Obtenido"],
            ["IND.01.OER.01", "Porcentaje de expedientes", "74.38%", "72.07%", "69.91%"],
            ["IND.01.AER.01.01", "Porcentaje de documentos", "77.22%", "72.82%", "71.44%"]);

        var tables = DocumentTables.Build([block]);

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Objetivos estratégicos"], tables[0].Rows.Select(r => r.TextAt(0)));
        Assert.Equal(["IND.01.OER.01", "IND.01.AER.01.01"], tables[1].Rows.Select(r => r.TextAt(0)));
        Assert.Equal("Código", tables[1].Columns[0].Name);
    }

    [Fact]
    public void Build_CaptionWordsInsideARow_NoSplit()
    {
        // "Cuadro" opening a cell of a row that has other cells is data, not a caption.
        var table = TableBuilder.Grid(
            1,
            ["Código", "Fuente", "Valor"],
            ["IND.01.OER.01", "Cuadro 5 del INEI", "12.00"],
            ["IND.02.OER.01", "Encuesta", "13.00"]);

        var tables = DocumentTables.Build([table]);

        Assert.Equal(["IND.01.OER.01", "IND.02.OER.01"], Assert.Single(tables).Rows.Select(r => r.TextAt(0)));
    }
}

using Ingest.Pdf;
using Ingest.Tables.Logical;
using static Ingest.Tables.Tests.Logical.TableBuilder;

namespace Ingest.Tables.Tests.Logical;

public class DocumentTablesTests
{
    private static string[] Names(LogicalTable table) => table.Columns.Select(c => c.Name).ToArray();

    private static string[][] Texts(LogicalTable table) =>
        table.Rows.Select(r => table.Columns.Select(c => r.TextAt(c.Index)).ToArray()).ToArray();

    [Fact]
    public void Build_LabelRowAboveCodeRows_LabelsBecomeColumnNames()
    {
        var table = Grid(1, ["Código", "Indicador", "Valor"], ["OEI.01", "Agua", "1.00"], ["OEI.02", "Luz", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["Código", "Indicador", "Valor"], Names(logical));
        Assert.Equal([["OEI.01", "Agua", "1.00"], ["OEI.02", "Luz", "2.00"]], Texts(logical));
        Assert.Equal("t1.1", logical.Id);
    }

    [Fact]
    public void Build_MultiLevelHeaderWithSpans_FlattensIntoPaths()
    {
        // Código spans both header rows; "Línea Base" and "Logro Esperado" span two columns each; "Valores Obtenidos"
        // has a third level (2024 / Sem1, Anual).
        var table = Spans(
            1, 4, 7,
            (0, 0, 3, 1, "Código"),
            (0, 1, 2, 2, "Línea Base"), (2, 1, 1, 1, "Año"), (2, 2, 1, 1, "Valor"),
            (0, 3, 2, 2, "Logro Esperado"), (2, 3, 1, 1, "2024"), (2, 4, 1, 1, "2025"),
            (0, 5, 1, 2, "Valores Obtenidos"), (1, 5, 1, 2, "2024"), (2, 5, 1, 1, "Sem1"), (2, 6, 1, 1, "Anual"),
            (3, 0, 1, 1, "IND.01.AEI.01.01"), (3, 1, 1, 1, "2020"), (3, 2, 1, 1, "3.00"), (3, 3, 1, 1, "10.00"), (3, 4, 1, 1, "20.00"), (3, 5, 1, 1, "ND"), (3, 6, 1, 1, "ND"));

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(
            ["Código", "Línea Base / Año", "Línea Base / Valor", "Logro Esperado / 2024", "Logro Esperado / 2025", "Valores Obtenidos / 2024 / Sem1", "Valores Obtenidos / 2024 / Anual"],
            Names(logical));
        Assert.Equal(["Valores Obtenidos", "2024", "Sem1"], logical.Columns[5].Path);
        var row = Assert.Single(logical.Rows);
        Assert.Equal("IND.01.AEI.01.01", row.TextAt(0));
    }

    [Fact]
    public void Build_YearRowAboveFigures_YearsAreHeaderLabels()
    {
        var table = Grid(1, ["Año", "2023", "2024"], ["Meta", "10.5", "20.5"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["Año", "2023", "2024"], Names(logical));
        Assert.Single(logical.Rows);
    }

    [Fact]
    public void Build_FirstRowIsData_NoHeader()
    {
        var table = Grid(1, ["1. Resumen Ejecutivo", "3"], ["2. Marco normativo", "7"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.All(logical.Columns, c => Assert.Empty(c.Path));
        Assert.Equal(2, logical.Rows.Count);
    }

    [Fact]
    public void Build_NoDataRowAtAll_EveryRowIsData()
    {
        var table = Grid(1, ["Nombre", "Descripción"], ["Agua", "Servicio de agua"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.All(logical.Columns, c => Assert.Empty(c.Path));
        Assert.Equal(2, logical.Rows.Count);
    }

    [Fact]
    public void Build_UnruledLinesWithoutCode_JoinedIntoRowAbove()
    {
        var table = Grid(
            1,
            ["Código", "Indicador", "Valor"],
            ["IND.01.AEI.01.01", "Porcentaje de personas", "10.00"],
            ["", "expuestas a peligros", ""],
            ["", "en la provincia", ""],
            ["IND.01.AEI.01.02", "Número de familias", "5.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(
            [["IND.01.AEI.01.01", "Porcentaje de personas\nexpuestas a peligros\nen la provincia", "10.00"], ["IND.01.AEI.01.02", "Número de familias", "5.00"]],
            Texts(logical));
        var first = logical.Rows[0].Cells[1]!;
        Assert.Equal(3, first.RowSpan);
        Assert.Equal(Top + RowHeight, first.Box.Top);
        Assert.Equal(Top + (4 * RowHeight), first.Box.Bottom);
    }

    [Fact]
    public void Build_CodeCutAtLineEnd_Rejoined()
    {
        var table = Grid(
            1,
            ["Código", "Denominación", "Avance"],
            ["AEI.01.0", "POBLACIÓN CON PRÁCTICAS", "10.00"],
            ["1", "SEGURAS", ""],
            ["AEI.01.02", "CAPACIDAD INSTALADA", "40.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["AEI.01.01", "AEI.01.02"], logical.Rows.Select(r => r.TextAt(0)));
        Assert.Equal("POBLACIÓN CON PRÁCTICAS\nSEGURAS", logical.Rows[0].TextAt(1));
    }

    [Fact]
    public void Build_CompleteCodeAboveNumberLine_NotGlued()
    {
        var table = Grid(1, ["Código", "Nombre", "Valor"], ["AEI.01.01", "Agua", "1.00"], ["2", "potable", ""]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        // A figure under a cell that has one starts a row of its own rather than completing the code.
        Assert.Equal(["AEI.01.01", "2"], logical.Rows.Select(r => r.TextAt(0)));
    }

    [Fact]
    public void Build_UnanchoredLineWithFigureWhereRowHasOne_StartsNewRow()
    {
        var table = Grid(1, ["Código", "Nombre", "Valor"], ["AEI.01.01", "Agua", "1.00"], ["TOTAL", "", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["AEI.01.01", "Agua", "1.00"], ["TOTAL", "", "2.00"]], Texts(logical));
    }

    [Fact]
    public void Build_RuledRowsWithoutKey_StayRows()
    {
        // Ruled cells are whole: nothing is joined.
        var table = Ruled(1, ["Código", "Indicador"], ["OEI.01", "Porcentaje de\npoblación"], ["", "Porcentaje de hogares"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(2, logical.Rows.Count);
        Assert.Equal("Porcentaje de hogares", logical.Rows[1].TextAt(1));
    }

    [Fact]
    public void Build_CentredCellsLineAboveKey_JoinedIntoItsRow()
    {
        var table = Grid(
            1,
            ["COD.", "INDICADOR", "VALOR"],
            ["", "numero de", ""],
            ["IND.01.OEI.01", "investigaciones", "23.00"],
            ["", "en el campo", ""],
            ["", "", ""],
            ["", "numero de", ""],
            ["IND.02.OEI.01", "proyectos", "4.00"],
            ["", "del instituto", ""]);
        var page = PageOf(table, c => c.Row == 0);

        var logical = Assert.Single(DocumentTables.Build([table], [page]));

        Assert.Equal(["COD.", "INDICADOR", "VALOR"], Names(logical));
        Assert.Equal(
            [["IND.01.OEI.01", "numero de\ninvestigaciones\nen el campo", "23.00"], ["IND.02.OEI.01", "numero de\nproyectos\ndel instituto", "4.00"]],
            Texts(logical));
    }

    [Fact]
    public void Build_TableContinuesWithRepeatedHeader_OneTableRowsKeepPages()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"], ["OEI.02", "2.00"]);
        var second = Grid(2, ["Código", "Valor"], ["OEI.03", "3.00"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal(["OEI.01", "OEI.02", "OEI.03"], logical.Rows.Select(r => r.TextAt(0)));
        Assert.Equal([1, 1, 2], logical.Rows.Select(r => r.Page));
        Assert.Equal(2, logical.Parts.Count);
        Assert.Equal(Top + RowHeight, logical.Rows[2].Box.Top);
    }

    [Fact]
    public void Build_TableContinuesWithoutHeader_RowsAppended()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);
        var second = Grid(2, ["OEI.02", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal([1, 2], logical.Rows.Select(r => r.Page));
    }

    [Fact]
    public void Build_RepeatedHeaderOnlyOnContinuationPage_NotData()
    {
        var first = Grid(1, ["Código", "Nombre"], ["OEI.01", "Agua"]);
        var second = Grid(2, ["Código", "Nombre"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Single(logical.Rows);
    }

    [Fact]
    public void Build_WrappedRowContinuesOnNextPage_JoinedIntoLastRow()
    {
        var first = Grid(1, ["Código", "Indicador", "Valor"], ["IND.01.OEI.01", "numero de", "1.00"]);
        var second = Grid(2, ["", "investigaciones", ""], ["IND.02.OEI.01", "otro", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal([["IND.01.OEI.01", "numero de\ninvestigaciones", "1.00"], ["IND.02.OEI.01", "otro", "2.00"]], Texts(logical));
        Assert.Equal([1, 2], logical.Rows.Select(r => r.Page));
    }

    [Fact]
    public void Build_LineSlicedByPageBreakPrintedOnBothPages_CompleteCopyKeptOnce()
    {
        // A browser prints the line the page break cuts on both pages; the foot copy lost its '.' and ',' to the clip.
        var first = Grid(1, ["Código", "Prog.", "Monto"], ["AOI00008400276", "4.00", "9,554.62"], ["", "4 00", "9 554 62"]);
        var second = Grid(2, ["", "4.00", "9,554.62"], ["AOI00008400320", "1.00", "2,727.31"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal([["AOI00008400276", "4.00\n4.00", "9,554.62\n9,554.62"], ["AOI00008400320", "1.00", "2,727.31"]], Texts(logical));
    }

    [Fact]
    public void Build_SameLineAtFootAndTopOfNextPage_BothKept()
    {
        // Two identical lines, or lines that differ by more than the separators, are two lines of the table.
        var identical = DocumentTables.Build([
            Grid(1, ["Código", "Valor"], ["OEI.01", "0.00"], ["", "1.00"]),
            Grid(2, ["", "1.00"], ["OEI.02", "2.00"])]);
        var otherDigits = DocumentTables.Build([
            Grid(1, ["Código", "Valor"], ["OEI.01", "0.00"], ["", "1 00"]),
            Grid(2, ["", "1.01"], ["OEI.02", "2.00"])]);

        Assert.Equal("0.00\n1.00\n1.00", Assert.Single(identical).Rows[0].TextAt(1));
        Assert.Equal("0.00\n1 00\n1.01", Assert.Single(otherDigits).Rows[0].TextAt(1));
    }

    [Fact]
    public void Build_RowEndsOnNextPageWhereFewerColumnsHoldText_ReadOnTheFirstPartsColumns()
    {
        // Page 2 holds the rest of the last row: its name, its EJEC. label and figures, so its own columns are three.
        var first = Grid(1, ["AOI00008400356 -", "PROG.", "1.00", "5.00"], ["DIRECCIÓN", "", "", ""]);
        var second = Slots(2, [(0, "SUPERVISIÓN Y")], [(0, "GESTIÓN"), (1, "EJEC."), (3, "2.00")]);
        var pages = new[] { PageOf(first, _ => false), PageOf(second, _ => false) };

        var logical = Assert.Single(DocumentTables.Build([first, second], pages));

        Assert.Equal([["AOI00008400356 -\nDIRECCIÓN\nSUPERVISIÓN Y\nGESTIÓN", "PROG.\nEJEC.", "1.00", "5.00\n2.00"]], Texts(logical));
        Assert.Equal(2, DocumentTables.Build([first, second]).Count);
    }

    [Fact]
    public void Build_LinesAtPageTopAboveTheNextHeader_EndTheLastRowOfThePageBefore()
    {
        // The rest of the last name opens page 2 in the same text block as the next section's header and rows.
        var first = Grid(1, ["IND.01.OEI.01", "numero de", "1.00"], ["", "investigaciones", ""]);
        var second = Grid(2, ["", "y astronomia", ""], ["COD.", "INDICADOR", "VALOR"], ["IND.02.OEI.01", "otro", "2.00"]);
        var pages = new[] { PageOf(first, _ => false), PageOf(second, _ => false) };

        var tables = DocumentTables.Build([first, second], pages);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["IND.01.OEI.01", "numero de\ninvestigaciones\ny astronomia", "1.00"]], Texts(tables[0]));
        Assert.Equal([1], tables[0].Rows.Select(r => r.Page));
        Assert.Equal([["IND.02.OEI.01", "otro", "2.00"]], Texts(tables[1]));
        Assert.Equal(["COD."], tables[1].Columns[0].Path);
    }

    [Fact]
    public void Build_LinesAtPageTopAfterAPageEndingWithoutData_StayWithTheirTable()
    {
        // The page before ends with a label line, not a data row: nothing to continue.
        var first = Grid(1, ["IND.01.OEI.01", "numero de", "1.00"], ["NOTA", "FUENTE", "AÑO"]);
        var second = Grid(2, ["", "y astronomia", ""], ["COD.", "INDICADOR", "VALOR"], ["IND.02.OEI.01", "otro", "2.00"]);
        var pages = new[] { PageOf(first, _ => false), PageOf(second, _ => false) };

        var tables = DocumentTables.Build([first, second], pages);

        Assert.DoesNotContain(tables[0].Rows, r => r.TextAt(1).Contains("astronomia", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NextPageOpensWithLabelsOverFigureColumns_TwoTables()
    {
        // Labels over the columns where the first part holds figures are a new table's header, not the rest of a row.
        var first = Grid(1, ["AOI00008400356 -", "PROG.", "1.00", "5.00"], ["AOI00008400273 -", "PROG.", "3.00", "4.00"]);
        var second = Slots(2, [(0, "Código"), (1, "Tipo"), (3, "Meta")], [(0, "OEI.01"), (1, "A"), (3, "7.00")]);
        var pages = new[] { PageOf(first, _ => false), PageOf(second, _ => false) };

        Assert.Equal(2, DocumentTables.Build([first, second], pages).Count);
    }

    [Fact]
    public void Build_LineLabellingItsOwnFiguresUnderEmptyKey_SubtotalRowOfItsOwn()
    {
        var table = Grid(1,
            ["AOI00008400356 -", "PROG.", "1.00", ""],
            ["", "EJEC.", "2.00", ""],
            ["", "EJECUCIÓN FÍSICA POR AEI.01.01:", "75.0", ""],
            ["AOI00008400273 -", "PROG.", "3.00", ""],
            ["", "Meta anual:", "", "9.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(
            [["AOI00008400356 -", "PROG.\nEJEC.", "1.00\n2.00", ""], ["", "EJECUCIÓN FÍSICA POR AEI.01.01:", "75.0", ""], ["AOI00008400273 -", "PROG.\nMeta anual:", "3.00", "9.00"]],
            Texts(logical));
    }

    [Fact]
    public void Build_PieceOfTheHeaderBetweenRows_NotData()
    {
        // A page break cut a section's header: the end of one wrapped label stands alone between the rows.
        var table = Grid(1, ["COD.", "PARAMETRO DE", "UNIDAD"], ["", "MEDICION", "RESPONSABLE"], ["IND.01.OEI.01", "Número", "UE"], ["", "", "RESPONSABLE"], ["IND.01.OEI.02", "Tasa", "UE"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["IND.01.OEI.01", "Número", "UE"], ["IND.01.OEI.02", "Tasa", "UE"]], Texts(logical));
    }

    [Fact]
    public void Build_WordOfAnotherColumnsHeader_StaysData()
    {
        var table = Grid(1, ["COD.", "PARAMETRO DE", "UNIDAD"], ["", "MEDICION", "RESPONSABLE"], ["IND.01.OEI.01", "Número", "UE"], ["", "RESPONSABLE", ""]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal("Número\nRESPONSABLE", logical.Rows[0].TextAt(1));
    }

    [Fact]
    public void Build_NextPageTableWithOtherColumnCount_TwoTables()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);
        var second = Grid(2, ["OEI.02", "2.00", "x"]);

        Assert.Equal(["t1.1", "t2.1"], DocumentTables.Build([first, second]).Select(t => t.Id));
    }

    [Fact]
    public void Build_NextPageColumnsElsewhere_TwoTables()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);
        var second = Grid(2, 150, ["OEI.02", "2.00"]);

        Assert.Equal(2, DocumentTables.Build([first, second]).Count);
    }

    [Fact]
    public void Build_SamePageOrPageSkipped_TwoTables()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);

        Assert.Equal(["t1.1", "t1.2"], DocumentTables.Build([first, Grid(1, ["OEI.02", "2.00"])]).Select(t => t.Id));
        Assert.Equal(["t1.1", "t3.1"], DocumentTables.Build([first, Grid(3, ["OEI.02", "2.00"])]).Select(t => t.Id));
    }

    [Fact]
    public void Build_FirstPartEndsWithTotal_TwoTables()
    {
        var first = Grid(1, ["N°", "Área", "Programadas"], ["1", "Oficina", "10"], ["TOTAL", "", "10"]);
        var second = Grid(2, ["N°", "Área", "Programadas"], ["1", "Gerencia", "22"], ["TOTAL", "", "22"]);

        Assert.Equal(2, DocumentTables.Build([first, second]).Count);
    }

    [Fact]
    public void Build_NextPageHeaderDiffers_TwoTables()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);
        var second = Grid(2, ["Código", "Meta"], ["OEI.02", "2.00"]);

        Assert.Equal(2, DocumentTables.Build([first, second]).Count);
    }

    [Fact]
    public void Build_TextBetweenTheParts_TwoTables()
    {
        var first = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"]);
        var second = Grid(2, ["OEI.02", "2.00"]);
        var pages = new[] { PageOf(first, _ => false, 400), PageOf(second, _ => false) };

        Assert.Equal(2, DocumentTables.Build([first, second], pages).Count);
        Assert.Single(DocumentTables.Build([first, second], [PageOf(first, _ => false), PageOf(second, _ => false)]));
    }

    [Fact]
    public void Build_BrowserHeaderAndFooterLines_NotRows()
    {
        var table = Grid(
            1,
            ["31/3/2021 10:15", "PEI Indicadores", ""],
            ["Código", "Indicador", "Valor"],
            ["IND.01.OEI.01", "numero", "23.00"],
            ["app.ceplan.gob.pe/POI2020/Reportes/PEI/Indicador.aspx", "", "1/5"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["Código", "Indicador", "Valor"], Names(logical));
        Assert.Equal([["IND.01.OEI.01", "numero", "23.00"]], Texts(logical));
    }

    [Fact]
    public void Build_DateInsideTheTable_KeptAsData()
    {
        var table = Grid(1, ["Fecha", "Monto"], ["12/03/2024", "10.00"], ["15/04/2024", "20.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal(["12/03/2024", "15/04/2024"], logical.Rows.Select(r => r.TextAt(0)));
    }

    [Fact]
    public void Build_RuledRowCutByPageBreak_JoinedIntoOneRow()
    {
        var first = Ruled(1, ["Código", "Descripción", "Avance"], ["AEI.02.02", "ÁREAS VERDES\nMANTENIDAS Y", "100.00"]);
        var second = Ruled(2, ["", "CONSERVADAS EN\nEL DISTRITO", ""], ["AEI.02.03", "SUPERVISIÓN\nDE OBRAS", "90.00"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal([["AEI.02.02", "ÁREAS VERDES\nMANTENIDAS Y\nCONSERVADAS EN\nEL DISTRITO", "100.00"], ["AEI.02.03", "SUPERVISIÓN\nDE OBRAS", "90.00"]], Texts(logical));
        Assert.Equal([1, 2], logical.Rows.Select(r => r.Page));
    }

    [Fact]
    public void Build_HeaderAloneAtFootOfPage_HeaderOfTheRowsOnTheNextPage()
    {
        var first = Ruled(1, ["Código", "Número de\nActividades", "Avance"]);
        var second = Ruled(2, ["", "Operativas\n/ Inversiones", ""], ["", "1/", "2/"], ["OEI.09", "3", "100"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal(["Código", "Número de Actividades Operativas / Inversiones / 1/", "Avance / 2/"], Names(logical));
        Assert.Equal([["OEI.09", "3", "100"]], Texts(logical));
        Assert.Equal(2, logical.Header.Count);
    }

    [Fact]
    public void Build_HeaderRepeatedInsideTheTable_NotData()
    {
        var table = Grid(1, ["Código", "Valor"], ["OEI.01", "1.00"], ["Código", "Valor"], ["OEI.02", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["OEI.01", "1.00"], ["OEI.02", "2.00"]], Texts(logical));
    }

    [Fact]
    public void Build_RowEqualToHeaderTextOfAnotherColumn_KeptAsData()
    {
        var table = Grid(1, ["Nombre", "Valor"], ["Valor", "1.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["Valor", "1.00"]], Texts(logical));
    }

    [Fact]
    public void Build_PlainHeaderWithPages_StaysHeader()
    {
        var table = Grid(1, ["", "Descripción", "Valor"], ["Código", "del indicador", "2024"], ["OEI.01", "Agua", "1.00"]);

        var logical = Assert.Single(DocumentTables.Build([table], [PageOf(table, _ => false)]));

        Assert.Equal(["Código", "Descripción / del indicador", "Valor / 2024"], Names(logical));
        Assert.Single(logical.Rows);
    }

    [Fact]
    public void Build_RepeatedHeaderThenRestOfCutRow_OneTableRowJoined()
    {
        var first = Ruled(1, ["Código", "Nombre", "Valor"], ["IND.01.AEI.07.02", "Número de\nniños menores", "88.24"]);
        var second = Ruled(2, ["Código", "Nombre", "Valor"], ["", "de 5 años\nasegurados", ""], ["IND.01.AEI.08.01", "Porcentaje", "50.00"]);

        var logical = Assert.Single(DocumentTables.Build([first, second]));

        Assert.Equal(["Código", "Nombre", "Valor"], Names(logical));
        Assert.Equal([["IND.01.AEI.07.02", "Número de\nniños menores\nde 5 años\nasegurados", "88.24"], ["IND.01.AEI.08.01", "Porcentaje", "50.00"]], Texts(logical));
    }

    [Fact]
    public void Build_LineAboveKeySpillsIntoKeyColumn_KeyCellStartsWithTheCode()
    {
        var table = Grid(
            1,
            ["Código", "Indicador", "Valor"],
            ["", "Número de", ""],
            ["IND.01.OEI.01", "personas", "1.00"],
            ["", "", ""],
            ["Porcentaje de", "", ""],
            ["IND.02.OEI.01", "hogares", "2.00"]);
        var page = PageOf(table, c => c.Row == 0);

        var logical = Assert.Single(DocumentTables.Build([table], [page]));

        Assert.Equal(["IND.01.OEI.01", "IND.02.OEI.01\nPorcentaje de"], logical.Rows.Select(r => r.TextAt(0)));
        Assert.Equal("Número de\npersonas", logical.Rows[0].TextAt(1));
    }

    [Fact]
    public void Build_GroupLabelLineWithASignOfItsOwn_LeftOut()
    {
        // LINEA BASE | LOGRO ESPERADO | AVANCE | (%) printed again above a block: the (%) cell is no lower-case word.
        var table = Grid(
            1,
            ["COD.", "BASE", "META", "VALOR", ""],
            ["IND.01.OEI.01", "1.00", "2.00", "1.00", "50.00"],
            ["", "LINEA BASE", "LOGRO ESPERADO", "AVANCE", "(%)"],
            ["IND.01.OEI.02", "3.00", "4.00", "3.00", "75.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["IND.01.OEI.01", "1.00", "2.00", "1.00", "50.00"], ["IND.01.OEI.02", "3.00", "4.00", "3.00", "75.00"]], Texts(logical));
    }

    [Fact]
    public void Build_HeaderLinesPrintedAboveEachBlock_LeftOutAndNotJoined()
    {
        var table = Grid(
            1,
            ["COD.", "INDICADOR", "VALOR"],
            ["IND.01.OEI.01", "Agua", "1.00"],
            ["", "potable", ""],
            ["COD.", "INDICADOR", "VALOR"],
            ["", "Año Valor 2020 2021", "2022"],
            ["IND.01.OEI.02", "Luz", "2.00"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["IND.01.OEI.01", "Agua\npotable", "1.00"], ["IND.01.OEI.02", "Luz", "2.00"]], Texts(logical));
    }

    [Fact]
    public void Build_SecondLineOfFiguresUnderEmptyKey_SameRow()
    {
        var table = Grid(
            1,
            ["Código", "Nombre", "Tipo", "Meta"],
            ["AOI00008400586", "MODELADO", "PROG.", "2,398.00"],
            ["", "NUMÉRICO", "EJEC.", "2,386.30"],
            ["AOI00008400587", "EVALUACIÓN", "PROG.", "5,826.02"]);

        var logical = Assert.Single(DocumentTables.Build([table]));

        Assert.Equal([["AOI00008400586", "MODELADO\nNUMÉRICO", "PROG.\nEJEC.", "2,398.00\n2,386.30"], ["AOI00008400587", "EVALUACIÓN", "PROG.", "5,826.02"]], Texts(logical));
    }
    /// <summary>A text-aligned table whose cells sit in the given slots of the grid (other slots hold no cell), one array per row.</summary>
    private static Table Slots(int page, params (int Column, string Text)[][] rows)
    {
        var used = rows.SelectMany(r => r.Select(c => c.Column)).Distinct().Order().ToList();
        var cells = new List<Cell>();
        for (var r = 0; r < rows.Length; r++)
        {
            foreach (var (column, text) in rows[r])
            {
                var left = Left + (column * ColumnWidth);
                cells.Add(new Cell(r, used.IndexOf(column), 1, 1, new PdfRect(left, Top + (r * RowHeight), left + ColumnWidth, Top + ((r + 1) * RowHeight)), text));
            }
        }

        var right = Left + ((used[^1] + 1) * ColumnWidth);
        return new Table(page, new PdfRect(Left, Top, right, Top + (rows.Length * RowHeight)), cells, rows.Length, used.Count) { Mode = TableMode.Stream };
    }
}

using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Parsing;

/// <summary>The POI seguimiento report of the CEPLAN web app (corpus/peru, 19 pages): every actividad operativa is read with
/// its monthly PROG. / EJEC. figures; the expected values below were typed from the rendered pages.</summary>
public sealed partial class PoiSeguimientoReaderTests
{
    private const string File = "2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf";

    private static readonly Lazy<(CeplanReport Report, HashSet<string> PrintedCodes)> Read = new(() =>
    {
        using var document = PdfDocument.Open(CeplanCorpus.Pdf(Path.Combine("peru", File)));
        var pages = Enumerable.Range(1, document.PageCount).Select(n => document.GetPage(n).ReadContent()).ToList();
        var printed = pages.SelectMany(p => p.Words).Select(w => AoCode().Match(w.Text)).Where(m => m.Success).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return (ReportReader.Read(pages, File, "0"), printed);
    });

    private static FigureTable Table => Assert.Single(Read.Value.Report.FigureTables);

    [Fact]
    public void Read_PoiSeguimientoReport_OneRowPerActividadUnderItsHeadings()
    {
        var report = Read.Value.Report;
        Assert.Equal(ReportKind.PoiSeguimiento, report.Document.Classification.Kind);
        Assert.Equal("000084", report.Document.Entity?.Code);
        Assert.DoesNotContain(report.Problems, p => p.StartsWith("poi", StringComparison.Ordinal));

        var table = Table;
        Assert.Equal(FigureTableKind.PoiExecution, table.Kind);
        Assert.Contains("CC: Todos", table.Title, StringComparison.Ordinal);
        Assert.Equal("OBJETIVO ESTRATEGICO / ACCION ESTRATÉGICA / ACTIVIDAD OPERATIVA", table.Columns[0].Name);
        var items = table.Rows.Where(r => r.Role == RowRole.Item).ToList();
        Assert.Equal(145, items.Count);
        Assert.Equal(Read.Value.PrintedCodes.Order(StringComparer.Ordinal), items.Select(r => r.Code!).Order(StringComparer.Ordinal));
        Assert.Equal(19, table.Rows.Count(r => r.Role == RowRole.Group));
        Assert.Equal(15, table.Rows.Count(r => r.Role == RowRole.Subtotal));
        Assert.Single(table.Rows, r => r.Role == RowRole.Total);
        Assert.Equal(["OEI.01", "OEI.02", "OEI.03", "OEI.04"], report.Objectives.Select(o => o.Code));
        Assert.Equal(15, report.Actions.Count);
        Assert.Equal("FORTALECER LA GESTION INSTITUCIONAL.", report.Objectives[3].Name);

        // Every subtotal follows the actividades of the AEI it names.
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].Role == RowRole.Subtotal)
            {
                var heading = table.Rows.Take(i).Last(r => r.Role == RowRole.Group);
                Assert.Equal(heading.Code, table.Rows[i].Code);
            }
        }

        // An actividad has both rows of figures, or its avance is S.P. (sin programación): 80 print a percentage.
        Assert.All(items, r => Assert.True(At(r, "FISICO / EJEC. / AVANCE ACUMULADO.") is not null, r.Code));
        Assert.Equal(80, items.Count(r => At(r, "FISICO / AVANCE % ACUMULADO") is { HasValue: true }));
        Assert.Equal(new Period(2022, 1), Column("FISICO / AVANCE % ACUMULADO").Period);
        Assert.Equal(100m, Column("FISICO / AVANCE % ACUMULADO").Cap);
        Assert.Equal(ColumnRole.Devengado, Column("FINANCIERO / EJEC. / AVANCE ACUMULADO").Role);

        var counts = report.StatedFigures.Where(f => f.Kind == StatedFigureKind.Count).ToList();
        Assert.Equal(["AO CON INFORMACIÓN COMPLETA 145", "AO CON INFORMACIÓN INCOMPLETA 0"], counts.Select(f => f.Label + " " + f.Value));
    }

    [Theory]
    //          code              page  physical PROG. Ene..Jun | acum      physical EJEC. Ene..Jun | acum      %         financial PROG. Ene..Jun | acum                                    financial EJEC. Jun | acum
    [InlineData("AOI00008400584", 1, "0.00 0.00 0.00 0.00 1.00 0.00 1.00", "0.00 0.00 0.00 0.00 0.00 0.00 0.00", "0.00", "4777.70 4736.30 4736.30 4736.30 4736.30 0.00 23722.90", "0.00 23722.90")]
    [InlineData("AOI00008400585", 1, "0.00 0.00 0.00 0.00 0.00 0.00 ND", "0.00 0.00 0.00 0.00 0.00 0.00 0.00", "ND", "3087.70 3046.30 3046.30 3046.30 3046.30 3046.30 18319.20", "3046.30 18319.20")]
    [InlineData("AOI00008400501", 18, "0.00 0.00 1.00 0.00 0.00 0.00 1.00", "0.00 0.00 1.00 0.00 0.00 1.00 2.00", "100.00", "0.00 0.00 3341.72 7000.00 3918.20 0.00 14259.92", "0.00 14259.92")]
    [InlineData("AOI00008400503", 18, "0.00 0.00 0.00 0.00 0.00 0.00 ND", "0.00 0.00 0.00 0.00 5.00 0.00 5.00", "ND", "0.00 0.00 0.00 0.00 0.00 0.00 0.00", "0.00 0.00")]
    [InlineData("AOI00008400335", 18, "0.00 0.00 0.00 0.00 0.00 0.00 ND", "0.00 0.00 0.00 1.00 0.00 0.00 1.00", "ND", "0.00 0.00 0.00 0.00 5000.00 5000.00 10000.00", "5000.00 10000.00")]
    [InlineData("AOI00008400442", 18, "1.00 1.00 1.00 1.00 1.00 1.00 6.00", "1.00 1.00 1.00 1.00 1.00 1.00 6.00", "100.00", "9227.70 9186.30 9186.30 9186.30 9186.30 12305.93 58278.83", "12305.93 58278.83")]
    [InlineData("AOI00008400356", 18, "0.00 0.00 1.00 0.00 0.00 1.00 2.00", "0.00 0.00 1.00 0.00 0.00 1.00 2.00", "100.00", "15727.70 15686.30 15686.30 24686.30 24686.30 24686.30 121159.20", "24686.30 121159.20")]
    [InlineData("AOI00008400276", 11, "4.00 4.00 0.00 0.00 0.00 4.00 12.00", "4.00 4.00 0.00 0.00 0.00 4.00 12.00", "100.00", "9554.62 9472.60 9472.60 17092.60 9077.70 19792.60 74462.72", "19792.60 74462.72")]
    public void Read_PoiSeguimientoReport_ActividadFiguresAsPrinted(string code, int page, string programmed, string executed, string percent, string financial, string financialExecuted)
    {
        var row = Assert.Single(Table.Rows, r => r.Code == code);
        Assert.Equal(page, row.Source.Page);
        Assert.Equal(Table.Columns.Count, row.Texts.Count);
        string[] months = ["Ene", "Feb", "Mar", "Abr", "May", "Jun"];
        Assert.Equal(programmed, Series(row, [.. months.Select(m => "FISICO / PROG. / " + m), "FISICO / PROG. / AVANCE ACUMULADO."]));
        Assert.Equal(executed, Series(row, [.. months.Select(m => "FISICO / EJEC. / " + m), "FISICO / EJEC. / AVANCE ACUMULADO."]));
        Assert.Equal(percent, Series(row, ["FISICO / AVANCE % ACUMULADO"]));
        Assert.Equal(percent, Series(row, ["FISICO / AVANCE % ACUMULADO (promedio)"]));
        Assert.Equal(financial, Series(row, [.. months.Select(m => "FINANCIERO / PROG. / " + m), "FINANCIERO / PROG. / AVANCE ACUMULADO"]));
        Assert.Equal(financialExecuted, Series(row, ["FINANCIERO / EJEC. / Jun", "FINANCIERO / EJEC. / AVANCE ACUMULADO"]));
    }

    [Fact]
    public void Read_PoiSeguimientoReport_AccumulatedFiguresAreTheSumOfTheMonths()
    {
        // Footnote (ii): "Acumulado Anual" sums January to June, "No Acumulado" prints '-'; S.P. is a semester programmed at 0.
        // Every one of the 145 rows holding this shows that no figure went to a neighbouring column or to the other line.
        string[] months = ["Ene", "Feb", "Mar", "Abr", "May", "Jun"];
        var aggregation = Table.Columns.ToList().FindIndex(c => c.Name == "TIPO DE AGREGACIÓN");
        var items = Table.Rows.Where(r => r.Role == RowRole.Item).ToList();
        Assert.Equal(143, items.Count(r => r.Texts[aggregation] == "Acumulado Anual"));
        foreach (var row in items)
        {
            foreach (var (group, line) in new[] { ("FISICO", "PROG."), ("FISICO", "EJEC."), ("FINANCIERO", "PROG."), ("FINANCIERO", "EJEC.") })
            {
                var sum = months.Sum(m => At(row, $"{group} / {line} / {m}")!.Value!.Value);
                var accumulated = At(row, $"{group} / {line} / AVANCE ACUMULADO" + (group == "FISICO" ? "." : string.Empty))!;
                if (group == "FISICO" && row.Texts[aggregation] == "No Acumulado" && line == "EJEC.")
                {
                    Assert.Equal(MissingReason.Dash, accumulated.Missing);
                }
                else if (accumulated.Missing == MissingReason.NotAvailable)
                {
                    Assert.True(line == "PROG." && sum == 0m, $"{row.Code} {group} {line}: S.P. over {sum}");
                }
                else
                {
                    Assert.True(accumulated.Value == sum, $"{row.Code} {group} {line}: {accumulated} printed, months add up to {sum}");
                }
            }
        }
    }

    [Fact]
    public void Read_PoiSeguimientoReport_ActividadSplitOverTwoPages_KeepsEachFiguresPage()
    {
        // AOI00008400356 prints PROG. at the foot of page 18 and EJEC. at the top of page 19.
        var row = Assert.Single(Table.Rows, r => r.Code == "AOI00008400356");
        Assert.Equal(18, At(row, "FISICO / PROG. / AVANCE ACUMULADO.")!.Source.Page);
        Assert.Equal(19, At(row, "FISICO / EJEC. / AVANCE ACUMULADO.")!.Source.Page);
        Assert.Equal("DIRECCIÓN, SUPERVISIÓN Y EVALUACIÓN DE LA GESTIÓN ADMINISTRATIVA", row.Label);
        Assert.Equal(["Muy Alta", "INFORME", "Acumulado Anual"], new[] { "NIVEL DE PRIORIDAD", "UNIDAD MEDIDA", "TIPO DE AGREGACIÓN" }.Select(c => row.Texts[Table.Columns.ToList().FindIndex(k => k.Name == c)]));
    }

    [Fact]
    public void Read_PoiSeguimientoReport_SubtotalsAndTotalAsPrinted()
    {
        var subtotal = Assert.Single(Table.Rows, r => r.Role == RowRole.Subtotal && r.Code == "AEI.04.06");
        Assert.Equal("100.0 278190.15", Series(subtotal, ["FISICO / AVANCE % ACUMULADO (promedio)", "FINANCIERO / EJEC. / AVANCE ACUMULADO"]));
        Assert.Equal(19, subtotal.Source.Page);
        var first = Assert.Single(Table.Rows, r => r.Role == RowRole.Subtotal && r.Code == "AEI.01.01");
        Assert.Equal("75.0 1456947.69", Series(first, ["FISICO / AVANCE % ACUMULADO (promedio)", "FINANCIERO / EJEC. / AVANCE ACUMULADO"]));

        var total = Assert.Single(Table.Rows, r => r.Role == RowRole.Total);
        Assert.Equal("96.4 12428527.93 12422984.95", Series(total, ["FISICO / AVANCE % ACUMULADO (promedio)", "FINANCIERO / PROG. / AVANCE ACUMULADO", "FINANCIERO / EJEC. / AVANCE ACUMULADO"]));
    }

    private static FigureColumn Column(string name) => Assert.Single(Table.Columns, c => c.Name == name);

    private static ReportValue? At(FigureRow row, string column)
    {
        var index = Table.Columns.ToList().FindIndex(c => c.Name == column);
        Assert.True(index >= 0, $"no column {column}");
        return row.Values[index];
    }

    private static string Series(FigureRow row, string[] columns) => string.Join(' ', columns.Select(c => At(row, c)?.ToString() ?? "-"));

    [GeneratedRegex(@"^AOI\d{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex AoCode();
}

using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Tests.Parsing;
using Ingest.Ceplan.Tests.Text;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Coverage;

/// <summary>Every plan code printed in a report's text layer is read or reported as unread; a report not read is partial.</summary>
public sealed class CoverageTests
{
    private static PageContent SeguimientoPage(params string[] rows)
    {
        var page = new PageBuilder(1)
            .Line(20, "REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2025 DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)")
            .Line(40, "Periodo PEI : 2023 - 2028")
            .Line(52, "Nivel de Gobierno : M - GOBIERNOS LOCALES")
            .Line(64, "Unidad Ejecutora : 301234 - MUNICIPALIDAD PROVINCIAL DE PRUEBA");
        var top = 100.0;
        foreach (var row in rows)
        {
            page.Row(top, row.Split('|'));
            top += 14;
        }

        return page.Build();
    }

    [Fact]
    public void Read_KnownKindWhoseTableWasNotFound_IsPartialWithEveryCodeUnread()
    {
        // A seguimiento report whose indicator rows the table layer finds (text-aligned, no rulings) under no header the
        // profile names: nothing is read, and each code is reported as printed in a table no profile table matched.
        var page = SeguimientoPage(
            "IND.01.AEI.01.01|Porcentaje de personas capacitadas|2020|3.00|10.00|ND",
            "IND.01.AEI.01.02|Número de familias atendidas|2020|160.00|400.00|160.00",
            "IND.02.AEI.01.02|Número de simulacros|2021|2.00|4.00|1.00");

        var report = ReportReader.Read([page], "unruled.pdf", "0", kind: ReportKind.PeiSeguimiento);

        var coverage = report.Coverage!;
        Assert.Empty(report.Indicators);
        Assert.Equal(["IND.01.AEI.01.01", "IND.01.AEI.01.02", "IND.02.AEI.01.02"], coverage.Printed.Select(p => p.Code));
        Assert.Equal(3, coverage.Unread.Count);
        Assert.All(coverage.Unread, u => Assert.Equal(UnreadReason.TableNotRecognised, u.Reason));
        Assert.Equal(0, coverage.ReadCount);
        var missing = Assert.Single(coverage.UnreadTables, t => t.Main);
        Assert.Null(missing.Table);
        Assert.True(coverage.IsPartial);
    }

    [Fact]
    public void Read_UnreadElement_KeepsPageAndBoxOfItsFirstPrinting()
    {
        var page = SeguimientoPage("x|IND.01.AEI.01.01|Porcentaje de personas|10.00");

        var report = ReportReader.Read([page], "unruled.pdf", "0", kind: ReportKind.PeiSeguimiento);

        var unread = Assert.Single(report.Coverage!.Unread);
        var word = page.Words.Single(w => w.Text == "IND.01.AEI.01.01");
        Assert.Equal((1, word.Box, "IND.01.AEI.01.01"), (unread.Source.Page, unread.Source.Box, unread.Source.Raw));
    }

    [Theory]
    [InlineData(40.0, "IND.01.AEI.01.01")]
    [InlineData(71.5, "IND.01.AEI.01.01")]
    [InlineData(103.0, "IND.01.AEI.01.01")]
    [InlineData(200.0, null)]
    public void Read_CodeWrappedInACellFlushLeftCentredOrRight_IsCountedOnce(double left, string? code)
    {
        // "IND.01.AEI.01.0" (67.5 points wide from 40) over "1": flush left, centred, flush right; or a word of another column.
        var page = new PageBuilder(1).Line(100, "IND.01.AEI.01.0").Line(110, "1", left).Build();

        var report = ReportReader.Read([page], "wrapped.pdf", "0");

        Assert.Equal(code is null ? [] : [code], report.Coverage!.Printed.Select(p => p.Code));
    }

    [Fact]
    public void Read_OtherKindPrintingCodes_IsPartial()
    {
        var page = new PageBuilder(1)
            .Line(20, "Documento de trabajo")
            .Line(40, "OEI.01 Mejorar la calidad de los servicios")
            .Line(52, "AEI.01.01 Servicios mejorados en beneficio de la población")
            .Build();

        var report = ReportReader.Read([page], "other.pdf", "0");

        Assert.Equal(ReportKind.Other, report.Document.Classification.Kind);
        Assert.Equal(2, report.Coverage!.PrintedCount);
        Assert.True(report.Coverage.IsPartial);
    }

    [Fact]
    public void Read_TextWithoutPlanCodes_IsComplete()
    {
        var page = new PageBuilder(1)
            .Line(20, "Memoria anual")
            .Line(40, "Índice: de las AEI. 18 y del OEI 2024, página 20")
            .Build();

        var report = ReportReader.Read([page], "memo.pdf", "0");

        Assert.Equal(0, report.Coverage!.PrintedCount);
        Assert.False(report.Coverage.IsPartial);
        Assert.True(report.Coverage.IsComplete);
    }

    [Fact]
    public void Read_MisprintedObjectiveCode_IsPrintedAsTheCodeItIsWithItsMisprint()
    {
        var page = new PageBuilder(1)
            .Line(40, "OEI.01 Mejorar la calidad de los servicios")
            .Line(52, "OIE.03 Reducir la inseguridad ciudadana")
            .Build();

        var report = ReportReader.Read([page], "plan.pdf", "0");

        var printed = report.Coverage!.Printed.Single(p => p.Code == "OEI.03");
        Assert.Equal("OIE.03", printed.Misprint!.Raw);
        Assert.Null(report.Coverage.Printed.Single(p => p.Code == "OEI.01").Misprint);
    }

    [Fact]
    public void Parse_ObjectiveListWithAMisprintedCode_ReadsEveryRowAndTheMisprintAsItsCode()
    {
        // A plan's objective list printing "OIE.03": the row is read as OEI.03 and the rows after it are not lost.
        var list = SeedTables.FromTsv(
            "Código\tObjetivos Estratégicos Institucionales - Descripción\nOEI.01\tMejorar los servicios\nOIE.03\tReducir la inseguridad\nOEI.06\tGestionar el riesgo\nOEI.10\tModernizar la gestión",
            1);
        var page = new PageBuilder(1).Line(100, "OEI.01 Mejorar los servicios").Line(112, "OIE.03 Reducir la inseguridad").Line(124, "OEI.06 Gestionar el riesgo").Line(136, "OEI.10 Modernizar la gestión").Build();

        var coverage = Measure([page], [list], ReportKind.IeiAnual, out var parsed);

        Assert.Equal(["OEI.01", "OEI.03", "OEI.06", "OEI.10"], parsed.Objectives.Select(o => o.Code));
        Assert.True(coverage.IsComplete);
        Assert.Equal("OIE.03", coverage.Printed.Single(p => p.Code == "OEI.03").Misprint!.Raw);
    }

    [Fact]
    public void Measure_CodeInTableNoProfileMatched_IsUnreadTableWithItsCodes()
    {
        var table = SeedTables.FromTsv("Código\tColor\tSabor\nOEI.01\trojo\tdulce\nOEI.02\tazul\tsalado", 1);
        var page = new PageBuilder(1).Line(100, "OEI.01 rojo dulce").Line(112, "OEI.02 azul salado").Build();

        var coverage = Measure([page], [table], ReportKind.PeiSeguimiento);

        Assert.Equal([UnreadReason.TableNotRecognised, UnreadReason.TableNotRecognised], coverage.Unread.Select(u => u.Reason));
        Assert.All(coverage.Unread, u => Assert.Equal("t1.1", u.Table));
        var unread = coverage.UnreadTables.Single(t => t.Table == "t1.1");
        Assert.Equal(["OEI.01", "OEI.02"], unread.Codes);
        Assert.Equal("Código | Color | Sabor", unread.Header);
    }

    [Theory]
    [InlineData("Avance 2024", "85.50", true)]
    [InlineData("Avance 2024", "85 %", true)]
    [InlineData("Recomendación", "Mejorar el registro", false)]
    public void Measure_TablePrintingCodesReadElsewhere_IsUnreadOnlyWhenItPrintsFigures(string label, string cell, bool unread)
    {
        // The objectives are read from their list; a second table about them matched no profile table.
        var list = SeedTables.FromTsv("Código\tObjetivos Estratégicos Institucionales - Descripción\nOEI.01\tMejorar los servicios\nOEI.02\tReducir la inseguridad", 1);
        var other = SeedTables.FromTsv($"OEI\t{label}\nOEI.01\t{cell}\nOEI.02\t{cell}", 1, id: "t2.1", page: 2);
        var pages = new[]
        {
            new PageBuilder(1).Line(100, "OEI.01 Mejorar los servicios").Line(112, "OEI.02 Reducir la inseguridad").Build(),
            new PageBuilder(2).Line(100, "OEI.01 " + cell).Line(112, "OEI.02 " + cell).Build(),
        };

        var coverage = Measure(pages, [list, other], ReportKind.IeiAnual);

        Assert.Equal((2, 2), (coverage.PrintedCount, coverage.ReadCount));
        Assert.Equal(unread, coverage.UnreadTables.Any(t => t.Table == "t2.1"));
        Assert.Equal(unread, coverage.IsPartial);
    }

    [Fact]
    public void Measure_AlignmentWithAnotherPlansCodes_ListedAsOtherPlanAndNotPartial()
    {
        // An institutional report quotes the regional plan's OER codes beside its own objectives: alignment, not content.
        var list = SeedTables.FromTsv("Código\tObjetivos Estratégicos Institucionales - Descripción\nOEI.01\tMejorar los servicios\nOEI.02\tReducir la inseguridad", 1);
        var alignment = SeedTables.FromTsv("OER del PDRC\tOEI\nOER.01\tOEI.01\nOER.02\tOEI.02", 1, id: "t2.1", page: 2);
        var pages = new[]
        {
            new PageBuilder(1).Line(100, "OEI.01 Mejorar los servicios").Line(112, "OEI.02 Reducir la inseguridad").Build(),
            new PageBuilder(2).Line(100, "OER.01 OEI.01").Line(112, "OER.02 OEI.02").Build(),
        };

        var coverage = Measure(pages, [list, alignment], ReportKind.IeiAnual);

        Assert.Equal((4, 2, 2), (coverage.PrintedCount, coverage.ReadCount, coverage.OwnCount));
        Assert.All(coverage.Unread, u => Assert.Equal(UnreadReason.OtherPlan, u.Reason));
        Assert.Empty(coverage.UnreadTables);
        Assert.False(coverage.IsPartial);
        Assert.True(coverage.IsComplete);
    }

    [Fact]
    public void Measure_OwnPlanCodesInAnUnreadTable_StillPartial()
    {
        // The same table printing the report's own codes that nothing read: partial.
        var list = SeedTables.FromTsv("Código\tObjetivos Estratégicos Institucionales - Descripción\nOEI.01\tMejorar los servicios", 1);
        var other = SeedTables.FromTsv("OER del PDRC\tAEI\nOER.01\tAEI.01.01\nOER.02\tAEI.01.02", 1, id: "t2.1", page: 2);
        var pages = new[]
        {
            new PageBuilder(1).Line(100, "OEI.01 Mejorar los servicios").Build(),
            new PageBuilder(2).Line(100, "OER.01 AEI.01.01").Line(112, "OER.02 AEI.01.02").Build(),
        };

        var coverage = Measure(pages, [list, other], ReportKind.IeiAnual);

        Assert.Equal(["AEI.01.01", "AEI.01.02"], coverage.UnreadTables.Single(t => t.Table == "t2.1").Codes);
        Assert.True(coverage.IsPartial);
    }

    [Fact]
    public void Measure_IndicatorTableRead_IsCompleteAndNotPartial()
    {
        var table = SeedTables.FromTsv(
            "Código\tDenominación\tRelevancia\tSentido Esperado\tTipo de Agregación\tLínea Base Año\tLínea Base Valor\tLogro Esperado 2024\tValores Obtenidos 2024 - Sem1\tAvance Tipo I (%) 2024 - Sem1\n" +
            "AEI.01.02\tCAPACIDAD INSTALADA (Prioridad:2)\t\t\t\t\t\t\t\t40.00\n" +
            "IND.01.AEI.01.02\tNúmero de familias\tRelevante\t\tNo Agregable\t2020\t160.00\t400.00\t160.00\t40.00",
            1);
        var page = new PageBuilder(1).Line(100, "AEI.01.02 CAPACIDAD INSTALADA (Prioridad:2) 40.00").Line(112, "IND.01.AEI.01.02 Número de familias 160.00").Build();

        var coverage = Measure([page], [table], ReportKind.PeiSeguimiento);

        Assert.Equal((2, 2), (coverage.PrintedCount, coverage.ReadCount));
        Assert.True(coverage.IsComplete);
        Assert.False(coverage.IsPartial);
    }

    [Fact]
    public void Measure_IndicatorRowWithoutFigures_IsUnreadWithThatReason()
    {
        // The profile's indicator table with only code and name columns: the row is read, its figures are not.
        var table = SeedTables.FromTsv("Código\tDenominación\tLogro esperado 2024\nIND.01.AEI.01.02\tNúmero de familias\t", 1);
        var page = new PageBuilder(1).Line(100, "IND.01.AEI.01.02 Número de familias").Build();

        var coverage = Measure([page], [table], ReportKind.PeiSeguimiento);

        var unread = Assert.Single(coverage.Unread, u => u.Code == "IND.01.AEI.01.02");
        Assert.Equal(UnreadReason.RowWithoutFigures, unread.Reason);
    }

    [Theory]
    [InlineData(20, 19, false)]
    [InlineData(20, 18, true)]
    [InlineData(100, 95, false)]
    [InlineData(100, 94, true)]
    public void IsPartial_ShareOfPrintedElementsRead_PartialBelowNinetyFivePercent(int printed, int read, bool partial)
    {
        var source = new Provenance(1, null, null, null, null, "x");
        var all = Enumerable.Range(0, printed).Select(i => new PrintedElement("OEI." + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), source, null)).ToList();
        var unread = all.Skip(read).Select(p => new UnreadElement(p.Code, UnreadReason.TextOnly, null, source)).ToList();

        Assert.Equal(partial, new ElementCoverage(all, unread, []).IsPartial);
    }

    [Theory]
    [InlineData("seeds/002.pdf")]
    [InlineData("seeds/004.pdf")]
    [InlineData("peru/REPORTE_EVALUACION_PEI_2020_2024.pdf")]
    public void Read_ReportReadWhole_IsComplete(string file)
    {
        using var document = PdfDocument.Open(CeplanCorpus.Pdf(file));

        var report = ReportReader.Read(document, Path.GetFileName(file), "0");

        Assert.True(report.Coverage!.PrintedCount > 20);
        Assert.True(report.Coverage.IsComplete, string.Join("; ", report.Coverage.Unread.Select(u => u.Code + " " + u.Reason)));
    }

    private static ElementCoverage Measure(IReadOnlyList<PageContent> pages, IReadOnlyList<Ingest.Tables.LogicalTable> tables, ReportKind kind)
        => Measure(pages, tables, kind, out _);

    private static ElementCoverage Measure(IReadOnlyList<PageContent> pages, IReadOnlyList<Ingest.Tables.LogicalTable> tables, ReportKind kind, out Ingest.Ceplan.Parsing.ParsedTables parsed)
    {
        var profile = Ingest.Ceplan.Profiles.ProfileSet.LoadEmbedded().Find(kind)!;
        parsed = Ingest.Ceplan.Parsing.ReportParser.Parse(pages, tables, profile.Tables, new Period(2024, 1));
        return Ingest.Ceplan.Coverage.CoverageCheck.Measure(pages, tables, parsed, profile);
    }
}

using Ingest.Ceplan.Model;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Tests.Golden;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Parsing;

/// <summary>Regressions found by comparing seeds 000 and 001 with their expected files (Expected/README-000-001.md).</summary>
public sealed class SeedPageBreakTests
{
    [Fact]
    public void Build_Seed000HeaderCutByPageBreak_HeaderRowsRestored()
    {
        // Page 17 ends with the first header lines of OEI.09's POI table (a ruled box without its bottom rule); page 18
        // starts with the rest of the header and the rows.
        using var document = PdfDocument.Open(CeplanCorpus.Pdf("seeds/000.pdf"));
        var pages = Enumerable.Range(1, document.PageCount).Select(n => document.GetPage(n).ReadContent()).ToList();

        var table = ReportTables.Build(pages).Single(t => t.FirstPage == 18 && t.Rows.Count > 0 && t.Rows[0].TextAt(0).StartsWith("OEI.09", StringComparison.Ordinal));

        Assert.Equal("Código", table.Columns[0].Path[0]);
        Assert.StartsWith("Número de Actividades", string.Join(' ', table.Columns[2].Path), StringComparison.Ordinal);
        Assert.Contains("Promedio de", string.Join(' ', table.Columns[4].Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Seed000OeiTableCutByPageBreak_IsReadAsPoiTableOfOei09()
    {
        var report = SeedGoldenTests.Parse("000");

        var table = Assert.Single(report.FigureTables, t => t.SubjectCode == "OEI.09");

        Assert.Equal(FigureTableKind.PoiExecution, table.Kind);
        Assert.Equal(["OEI.09", "AEI.09.01", "AEI.09.02", "AEI.09.03", "AEI.09.04", "AEI.09.05", "AEI.09.07", null], table.Rows.Select(r => r.Code));
    }

    [Fact]
    public void Read_Seed000TableOfEveryOei_IsAboutNoSingleObjective()
    {
        var report = SeedGoldenTests.Parse("000");

        var table = Assert.Single(report.FigureTables, t => t.Title.StartsWith("Tabla 1.", StringComparison.Ordinal));

        Assert.Null(table.SubjectCode);
        Assert.Equal(9, table.Rows.Count(r => r.Role == RowRole.Group));
    }

    [Fact]
    public void Read_Seed000TableOfEveryOeiPrioridadColumn_PriorityValuesKept()
    {
        // Tabla 1's OEI rows are the priority-weighted means of their AEI rows: the Prioridad values must be read.
        var report = SeedGoldenTests.Parse("000");

        var table = Assert.Single(report.FigureTables, t => t.Title.StartsWith("Tabla 1.", StringComparison.Ordinal));
        var column = Assert.Single(table.Columns.Select((c, i) => (c, i)), x => x.c.Role == ColumnRole.Priority).i;

        Assert.StartsWith("Prioridad", table.Columns[column].Name, StringComparison.Ordinal);
        Assert.Equal([1m, 1m, 2m, 3m, 2m], table.Rows.Take(5).Select(r => r.Values[column]?.Value));
    }

    [Fact]
    public void Read_Seed001HeadingWithGluedActionCode_TableIsAboutTheAction()
    {
        // "OEI.04 Mejorar la eficiencia de las acciones de fiscalizaciónAEI.04.01 Ampliar la base tributaria" is one line.
        var report = SeedGoldenTests.Parse("001");

        var subjects = report.FigureTables.Where(t => t.Rows.All(r => r.Code is null)).Select(t => t.SubjectCode).ToList();

        Assert.Contains("AEI.04.01", subjects);
        Assert.Contains("AEI.05.01", subjects);
        Assert.DoesNotContain("OEI.04", subjects);
        Assert.DoesNotContain("OEI.05", subjects);
    }
}

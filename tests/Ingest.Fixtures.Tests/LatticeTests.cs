using Ingest.Fixtures.Generator;
using Ingest.Pdf;
using Ingest.Tables;

namespace Ingest.Fixtures.Tests;

public sealed class LatticeTests
{
    /// <summary>Gets the first report of each ruled layout (stroked or Chromium rectangles).</summary>
    public static TheoryData<int> RuledLayouts => new(Enumerable.Range(0, 8).Where(i => !SyntheticSet.Generate(1, i).Layout.Contains("unruled", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RuledLayouts))]
    public void Lattice_RuledReport_FindsTablesWithTheCodesInCells(int index)
    {
        var report = SyntheticSet.Generate(1, index);
        using var document = PdfDocument.Open(report.ToPdf(SyntheticSet.Compressed(index)));
        var tables = Enumerable.Range(1, document.PageCount).SelectMany(n => TableExtractor.Lattice(document.GetPage(n).ReadContent())).ToList();
        Assert.NotEmpty(tables);
        var cells = tables.SelectMany(t => t.Cells).Select(c => c.Text).ToList();
        Assert.Contains(cells, c => c.StartsWith("IND.", StringComparison.Ordinal) || c.StartsWith("AEI.", StringComparison.Ordinal));
        // The widest table: the PEI table (9 + years + periods + 1 columns), Anexo B-7 / Cuadro 2 (9), a contribution table (5).
        int widest = report.Kind switch { "pei-seguimiento" => 16, "iei-anual" or "pdrc-evaluacion" => 9, _ => 5 };
        Assert.True(tables.Max(t => t.ColumnCount) >= widest, report.Layout + ": " + string.Join(", ", tables.Select(t => $"{t.RowCount}x{t.ColumnCount}")));
    }
}

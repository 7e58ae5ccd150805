using Xunit.Abstractions;

namespace Ingest.EndToEnd.Tests.Peru;

/// <summary>The POI seguimiento report of corpus/peru (19 pages, the CEPLAN web app): its percentages, AEI subtotals and
/// totals are recomputed and all agree with print, so the audit finds nothing.</summary>
/// <remarks>
/// What agreeing means here, checked on the rendered pages: the avance % of an actividad is EJEC. / PROG. accumulated,
/// truncated at 100 as the report says above its grid (AOI00008400260 on page 17: 4.00 / 3.00 prints 100.00);
/// <c>EJECUCIÓN FÍSICA POR AEI</c> is the mean of its actividades' avance % leaving out the S.P. ones (AEI.03.02 on page
/// 12: 85.2); <c>EJECUCIÓN FINANCIERA POR AEI</c> is the sum of their executed soles; the totals on page 19 are the sums
/// of every actividad's programmed and executed soles, and <c>PROMEDIO DE EJECUCIÓN FÍSICA</c> (96.4) is the mean of the
/// 80 actividades' avance % (not the mean of the AEI figures that footnote vii describes: 70.0, or 95.5 without the four
/// AEI printed 0.0 whose actividades are all S.P.). AEI printed 0.0 with only S.P. actividades are not recomputed.
/// </remarks>
public class PoiSeguimientoAuditTests
{
    private const string File = "2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf";

    private readonly ITestOutputHelper output;

    public PoiSeguimientoAuditTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Pipeline_PoiSeguimientoReport_EveryPercentSubtotalAndTotalAgrees()
    {
        var path = Path.Combine(Pipeline.CorpusRoot, "peru", File);
        Assert.True(System.IO.File.Exists(path), $"The corpus file {path} is missing.");
        var (_, audit) = Pipeline.Run(path);
        foreach (var finding in audit.Findings)
        {
            output.WriteLine(Pipeline.Describe(finding));
        }

        Assert.Empty(audit.Findings);
        var grid = audit.Reconciled.Where(r => r.Source.Table == "poi1").ToList();
        Assert.All(grid, r => Assert.Equal(ReconcileStatus.Consistent, r.Status));
        Assert.Equal(80, grid.Count(r => r.Figure == "percent"));
        Assert.Equal(15 + 2, grid.Count(r => r.Figure == "total"));
        Assert.Equal(11 + 1, grid.Count(r => r.Figure == "average"));

        var capped = Assert.Single(grid, r => r.Figure == "percent" && r.Subject.Contains("AOI00008400260", StringComparison.Ordinal));
        Assert.Equal("100.00", capped.Stated);
        Assert.Equal(17, capped.Source.Page);
        var average = Assert.Single(grid, r => r.Figure == "average" && r.Subject.Contains("AEI.03.02", StringComparison.Ordinal));
        Assert.Equal("85.2", average.Stated);
        Assert.DoesNotContain(grid, r => r.Subject.Contains("AEI.01.02", StringComparison.Ordinal) && r.Figure == "average");
    }
}

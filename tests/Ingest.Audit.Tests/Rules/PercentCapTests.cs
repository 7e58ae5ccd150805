namespace Ingest.Audit.Tests.Rules;

/// <summary>A percent column the report declares truncated (<see cref="FigureColumn.Cap"/>: the POI seguimiento report's
/// "porcentaje de avances truncados al 100%") is recomputed as the capped ratio.</summary>
public class PercentCapTests
{
    private const string Columns = "AO|Prog:programmed|Ejec:executed|%:percent";

    [Fact]
    public void Audit_CappedColumn_ExecutedOverProgrammedPrinted100_NoFinding()
    {
        var result = Auditor.Audit(Capped(new ReportBuilder().Table("POI", null, Columns, "AOI00008400260|3.00|4.00|100.00", "AOI00008400501|1.00|2.00|100.00").Build()));
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.PercentMismatch);
        Assert.All(result.Reconciled.Where(r => r.Figure == "percent"), r => Assert.Equal(ReconcileStatus.Consistent, r.Status));
    }

    [Fact]
    public void Audit_CappedColumn_UncappedRatioPrinted_Error()
    {
        var finding = RuleAssert.Single(Capped(new ReportBuilder().Table("POI", null, Columns, "AOI00008400260|3.00|4.00|133.33").Build()), RuleIds.PercentMismatch, Severity.Error);
        Assert.Equal("133.33", finding.Stated);
        Assert.Equal("100.0000", finding.Recomputed);
    }

    [Fact]
    public void Audit_CappedColumn_RatioBelowTheCap_ComparedAsIs()
    {
        var finding = RuleAssert.Single(Capped(new ReportBuilder().Table("POI", null, Columns, "AOI00008400393|90.00|71.00|78.89", "AOI00008400394|10.00|5.00|60.00").Build()), RuleIds.PercentMismatch, Severity.Error);
        Assert.Equal("60.00", finding.Stated);
        Assert.Equal("50.0000", finding.Recomputed);
    }

    [Fact]
    public void Audit_ColumnWithoutCap_Printed100ForARatioAbove100_Error()
        => RuleAssert.Single(new ReportBuilder().Table("POI", null, Columns, "AOI00008400260|3.00|4.00|100.00").Build(), RuleIds.PercentMismatch, Severity.Error);

    private static CeplanReport Capped(CeplanReport report)
    {
        var table = report.FigureTables[0];
        var columns = table.Columns.Select(c => c.Role == ColumnRole.Percent ? c with { Cap = 100m } : c).ToList();
        return report with { FigureTables = [table with { Columns = columns }] };
    }
}

namespace Ingest.Audit.Tests.Rules;

public class IndicatorProgressRuleTests
{
    private static CeplanReport One(Sentido sentido, string expected, string obtained, string progress, Aggregation aggregation = Aggregation.NoAgregable, string? baseline = "2023=10")
        => new ReportBuilder(evaluated: "2024").Indicator("IND.01.AEI.01.01", "Número de x", Relevance.MuyRelevante, sentido, aggregation, baseline, expected, obtained, progress).Build();

    private static CeplanReport Semester(string obtained, string progress, string evaluated = "2024-S1")
        => new ReportBuilder(evaluated: evaluated)
            .Indicator("IND.01.AEI.05.01", "Número de acciones", Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=4.00", "2023=5.00; 2024=4.00; 2025=5.00", obtained, progress)
            .Build();

    [Fact]
    public void Audit_SemesterReportVoHeadedWithTheYear_ReadAsTheSemesterObservation()
    {
        // Seed 004: "AL PRIMER SEMESTRE DE 2024" prints one VO under "2024" and the avance under "2024 - Sem1": 1 / 4 = 25.
        var report = Semester("2024=1.00", "2024-S1=25.00");
        RuleAssert.None(report, RuleIds.IndicatorProgress);
        var figure = Assert.Single(Auditor.Audit(report).Reconciled, r => r.Figure == "avance-tipo-i");
        Assert.Equal(ReconcileStatus.Consistent, figure.Status);
        Assert.Contains("columna de VO con encabezado 2024 se lee como la observación de 2024-S1", figure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_SemesterReportVoHeadedWithTheYear_WrongAvanceIsAnError()
    {
        var finding = RuleAssert.Single(Semester("2024=1.00", "2024-S1=15.00"), RuleIds.IndicatorProgress, Severity.Error);
        Assert.Equal("25.0000", finding.Recomputed);
        Assert.Contains("se lee como la observación de 2024-S1", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_YearVoInAReportEvaluatingTheYear_NotReadForTheSemester()
    {
        // Only the evaluated semester reads its year's column: an annual report's 2024 value is not a 2024-S1 observation.
        var report = Semester("2024=1.00", "2024-S1=15.00", evaluated: "2024");
        RuleAssert.None(report, RuleIds.IndicatorProgress);
        var figure = Assert.Single(Auditor.Audit(report).Reconciled, r => r.Figure == "avance-tipo-i");
        Assert.Equal(ReconcileStatus.NotComputable, figure.Status);
        Assert.Equal("VO no impreso", figure.Reason);
    }

    [Fact]
    public void Audit_SemesterColumnPrinted_YearColumnNotUsed()
    {
        var finding = RuleAssert.Single(Semester("2024=1.00; 2024-S1=2.00", "2024-S1=25.00"), RuleIds.IndicatorProgress, Severity.Error);
        Assert.Equal("50.0000", finding.Recomputed);
        Assert.DoesNotContain("se lee como la observación", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AscendingWithinRounding_NoFinding()
        => RuleAssert.None(One(Sentido.Ascendente, "2024=650.00", "2024=198.00", "2024=30.46"), RuleIds.IndicatorProgress);

    [Fact]
    public void Audit_AscendingWrongFigure_Error()
    {
        var finding = RuleAssert.Single(One(Sentido.Ascendente, "2024=650.00", "2024=198.00", "2024=35.00"), RuleIds.IndicatorProgress, Severity.Error);
        Assert.Equal("35.00", finding.Stated);
        Assert.Equal("30.4615", finding.Recomputed);
        Assert.Equal(0.005m, finding.Tolerance);
        Assert.Equal("IND.01.AEI.01.01: el avance tipo I impreso es 35.00 pero el recalculado es 30.46 (2024).", finding.Message);
    }

    [Fact]
    public void Audit_DescendingMet_Prints100_NoFinding()
        => RuleAssert.None(One(Sentido.Descendente, "2024=8,400.00", "2024=5,604.00", "2024=100.00"), RuleIds.IndicatorProgress);

    [Fact]
    public void Audit_DescendingUnmet_RatioLeOverVo_NoFinding()
        => RuleAssert.None(One(Sentido.Descendente, "2024=19.80%", "2024=20.40%", "2024=97.06%"), RuleIds.IndicatorProgress);

    [Fact]
    public void Audit_DescendingPrintedWithAscendingRatio_ExplanationNamesTheConvention()
    {
        // A single figure: the convention it follows is the report's own, so one warning.
        var finding = RuleAssert.Single(One(Sentido.Descendente, "2024=19.80%", "2024=20.40%", "2024=100.00%"), RuleIds.IndicatorProgress, Severity.Warning);
        Assert.Contains("cociente ascendente", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_StatedAbove100WithoutValues_CapError()
    {
        var report = new ReportBuilder(evaluated: "2024-S1").Indicator("IND.01.AEI.03.05", "Número de líderes", progress: "2024-S1=108.00").Build();
        var finding = RuleAssert.Single(report, RuleIds.IndicatorProgress, Severity.Error);
        Assert.Contains("supera el tope de 100%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_OnlyTheAvanceIsPrinted_NotComputableWithReason()
    {
        var result = Auditor.Audit(new ReportBuilder(evaluated: "2024-S1").Indicator("IND.01.AEI.04.01", "x", progress: "2024-S1=54.95").Build());
        Assert.Empty(result.Findings);
        var figure = Assert.Single(result.Reconciled);
        Assert.Equal(ReconcileStatus.NotComputable, figure.Status);
        Assert.Equal("VO no impreso", figure.Reason);
    }

    [Fact]
    public void Audit_LeZeroPrintedAsNumber_Error()
    {
        var finding = RuleAssert.Single(One(Sentido.Ascendente, "2024=0", "2024=2", "2024=0.00"), RuleIds.IndicatorProgress, Severity.Error);
        Assert.Contains("LE = 0", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_LeZeroPrintedNd_NoFinding()
    {
        var result = Auditor.Audit(One(Sentido.Ascendente, "2024=0", "2024=2", "2024=ND"));
        Assert.DoesNotContain(result.Findings, f => f.Rule == RuleIds.IndicatorProgress);
    }

    [Fact]
    public void Audit_VoMissingPrintedAsNumber_Error()
        => RuleAssert.Single(One(Sentido.Ascendente, "2024=10", "2024=ND", "2024=0.00"), RuleIds.IndicatorProgress, Severity.Error);

    [Fact]
    public void Audit_MaximoPermisibleCompliant_100_NoFinding()
        => RuleAssert.None(One(Sentido.NoDefinido, "2024=40.00", "2024=12.00", "2024=100.00", Aggregation.MaximoPermisible), RuleIds.IndicatorProgress);

    [Fact]
    public void Audit_MaximoPermisiblePrintedRatio_Error()
        => RuleAssert.Single(One(Sentido.NoDefinido, "2024=40.00", "2024=50.00", "2024=80.00", Aggregation.MaximoPermisible), RuleIds.IndicatorProgress);

    [Fact]
    public void Audit_SentidoInferredFromTrajectory_RecordedAsInferred()
    {
        var report = new ReportBuilder(evaluated: "2024").Indicator("IND.01.AER.03.04", "DCI", baseline: "2021=21.30%", expected: "2023=20.30%; 2024=19.80%", obtained: "2024=20.40%", progress: "2024=97.06%").Build();
        var result = Auditor.Audit(report);
        Assert.Empty(result.Findings);
        var figure = Assert.Single(result.Reconciled);
        Assert.Contains("sentido inferido", figure.Reason, StringComparison.Ordinal);
        Assert.Contains("descendente", figure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AnotherPeriodsTarget_ExplanationSaysWhichColumn()
    {
        var finding = RuleAssert.Single(One(Sentido.Ascendente, "2024=96.00; 2025=94.00", "2024=47.60", "2024=50.64"), RuleIds.IndicatorProgress);
        Assert.Contains("LE de 2025", finding.Explanation, StringComparison.Ordinal);
    }
}

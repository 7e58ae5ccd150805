using Ingest.Audit.Conventions;

namespace Ingest.Audit.Tests.Conventions;

public class ConventionSearchTests
{
    private static Indicator One(Sentido sentido, string expected, string obtained)
        => new ReportBuilder(evaluated: "2024-S1")
            .Indicator("IND.01.AEI.01.01", "x", Relevance.MuyRelevante, sentido, Aggregation.NoAgregable, "2023=10", expected, obtained, "2024-S1=1")
            .Build()
            .Indicators[0];

    [Fact]
    public void IndicatorUnder_OtherPeriodsExpectedColumn_DividesByThatColumn()
    {
        var indicator = One(Sentido.Ascendente, "2023=94.00; 2024=96.00", "2024=47.60");
        var convention = new Alternative(Convention.OtherPeriod, "LE de 2023", Measure.Expected, new Period(2023));
        Assert.Equal(50.64m, Math.Round(ConventionSearch.IndicatorUnder(convention, indicator, new Period(2024, 1), new Period(2024, 1))!.Value, 2));
    }

    [Fact]
    public void IndicatorUnder_AscendingRatioOnADescendingIndicator_VoOverLe()
    {
        var indicator = One(Sentido.Descendente, "2024=20", "2024=25");
        var convention = new Alternative(Convention.AscendingRatio, string.Empty);
        Assert.Equal(100m, ConventionSearch.IndicatorUnder(convention, indicator, new Period(2024, 1), new Period(2024, 1)));
    }

    [Fact]
    public void IndicatorUnder_ConventionOfMeans_NotApplicable()
    {
        var indicator = One(Sentido.Ascendente, "2024=20", "2024=10");
        var convention = new Alternative(Convention.SkipRows, "fila 1 omitida");
        Assert.False(ConventionSearch.AppliesToIndicators(convention));
        Assert.Null(ConventionSearch.IndicatorUnder(convention, indicator, new Period(2024, 1), new Period(2024, 1)));
    }
}

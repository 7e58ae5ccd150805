using Ingest.Audit.Recompute;

namespace Ingest.Audit.Tests.Recompute;

public class AvanceTests
{
    [Theory]
    [InlineData(Sentido.Ascendente, "650", "198", "30.4615384615384615384615")]
    [InlineData(Sentido.Ascendente, "2", "8", "100")]
    [InlineData(Sentido.Ascendente, "1.22", "-0.5", "0")]
    [InlineData(Sentido.Descendente, "8400", "5604", "100")]
    [InlineData(Sentido.Descendente, "19.80", "20.40", "97.058823529411764705882352941")]
    [InlineData(Sentido.Descendente, "10", "10", "100")]
    public void Compute_CeplanRule_ExpectedValue(Sentido sentido, string le, string vo, string expected)
    {
        var avance = AvanceTipoI.Compute(sentido, Aggregation.NoAgregable, decimal.Parse(le, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(vo, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), avance.Value!.Value, 20);
    }

    [Fact]
    public void Compute_LeZero_NotComputableNeverZero()
    {
        var avance = AvanceTipoI.Compute(Sentido.Ascendente, Aggregation.NoAgregable, 0m, 2m);
        Assert.Null(avance.Value);
        Assert.Equal("LE = 0", avance.Reason);
    }

    [Fact]
    public void Compute_VoMissing_NotComputableNeverZero()
        => Assert.Null(AvanceTipoI.Compute(Sentido.Ascendente, Aggregation.NoAgregable, 10m, null).Value);

    [Theory]
    [InlineData(Aggregation.MaximoPermisible, 40, 12, 100)]
    [InlineData(Aggregation.MaximoPermisible, 40, 41, 0)]
    [InlineData(Aggregation.MinimoPermisible, 40, 41, 100)]
    [InlineData(Aggregation.MinimoPermisible, 40, 39, 0)]
    public void Compute_Threshold_ScoredHundredOrZero(Aggregation aggregation, int le, int vo, int expected)
        => Assert.Equal(expected, AvanceTipoI.Compute(Sentido.NoDefinido, aggregation, le, vo).Value);

    [Fact]
    public void Compute_AnyInputs_CappingNeverExceeds100NorGoesBelow0()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 5000; i++)
        {
            var le = (decimal)((random.NextDouble() * 2000) - 500);
            var vo = (decimal)((random.NextDouble() * 2000) - 500);
            foreach (var sentido in new[] { Sentido.Ascendente, Sentido.Descendente })
            {
                var avance = AvanceTipoI.Compute(sentido, Aggregation.NoAgregable, le, vo);
                if (avance.Value is { } value)
                {
                    Assert.InRange(value, 0m, 100m);
                }
            }
        }
    }

    [Fact]
    public void TipoII_AscendingAndDescending_FromTheBaseline()
    {
        Assert.Equal(50m, AvanceTipoI.TipoII(Sentido.Ascendente, 10m, 20m, 15m).Value);
        Assert.Equal(50m, AvanceTipoI.TipoII(Sentido.Descendente, 20m, 10m, 15m).Value);
        Assert.Null(AvanceTipoI.TipoII(Sentido.Ascendente, 10m, 10m, 15m).Value);
    }

    [Fact]
    public void Sentido_NotPrinted_InferredFromTheExpectedTrajectory()
    {
        var report = new ReportBuilder().Indicator("IND.01.AER.03.04", "DCI", baseline: "2021=21.30%", expected: "2023=20.30%; 2024=19.80%").Build();
        var sentido = IndicatorFigures.Sentido(report.Indicators[0]);
        Assert.Equal(Sentido.Descendente, sentido.Sentido);
        Assert.True(sentido.Inferred);
    }

    [Fact]
    public void Expected_Semester_UsesTheYearsTarget()
    {
        var report = new ReportBuilder().Indicator("IND.01.AEI.01.01", "x", expected: "2024=94.00").Build();
        Assert.Equal(94m, IndicatorFigures.Expected(report.Indicators[0], new Period(2024, 1))!.Value);
    }
}

public class WeightingTests
{
    [Fact]
    public void Weights_RelevanceOneAndTwo_TwoAndOne()
        => Assert.Equal([2m, 1m], Weighting.Weights([new("a", 100m, Relevance.MuyRelevante), new("b", 61.05m, Relevance.Relevante)]));

    [Fact]
    public void Mean_Seed000Aei0102_8702()
        => Assert.Equal(87.02m, Math.Round(Weighting.Mean([new("a", 100m, Relevance.MuyRelevante), new("b", 61.05m, Relevance.Relevante)])!.Value, 2));

    [Fact]
    public void Mean_EqualRelevance_SimpleMean()
        => Assert.Equal(75m, Weighting.Mean([new("a", 100m, Relevance.MenosRelevante), new("b", 50m, Relevance.MenosRelevante)]));

    [Fact]
    public void Mean_OneIndicator_ItsValue()
        => Assert.Equal(42m, Weighting.Mean([new("a", 42m, Relevance.MenosRelevante)]));

    [Fact]
    public void Mean_NdExcluded_AndAllNdIsNull()
    {
        Assert.Equal(40m, Weighting.Mean([new("a", 40m, Relevance.MuyRelevante), new("b", null, Relevance.MuyRelevante)]));
        Assert.Null(Weighting.Mean([new("a", null, Relevance.MuyRelevante)]));
    }

    [Fact]
    public void AllWeightings_EveryVectorHasAWeightOfOne()
    {
        var all = Weighting.AllWeightings(3).ToList();
        Assert.Equal(27 - 8, all.Count);
        Assert.All(all, w => Assert.Contains(1m, w));
    }

    [Fact]
    public void Mean_RowsReordered_SameValue()
    {
        var parts = new List<WeightedPart> { new("a", 87.78m, Relevance.MuyRelevante), new("b", 47.27m, Relevance.Relevante), new("c", 29.51m, Relevance.MenosRelevante), new("d", 100m, Relevance.Relevante) };
        var random = new Random(7);
        var expected = Weighting.Mean(parts);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(expected, Weighting.Mean(parts.OrderBy(_ => random.Next()).ToList()));
        }
    }
}

public class SemaforoTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("74.99", 0)]
    [InlineData("75", 1)]
    [InlineData("94.99", 1)]
    [InlineData("95", 2)]
    [InlineData("100", 2)]
    public void Bin_Boundaries(string avance, int bin)
        => Assert.Equal(bin, Semaforo.Bin(decimal.Parse(avance, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Bin_Nd_NotAvailableBin() => Assert.Equal(Semaforo.NotAvailable, Semaforo.Bin(null));
}

public class RoundingTests
{
    [Fact]
    public void Agrees_WithinHalfAUnitOfTheLastPrintedDecimal()
    {
        var stated = ReportValue.Of(50.64m, 2);
        Assert.True(Rounding.Agrees(stated, 50.6383m));
        Assert.True(Rounding.Agrees(stated, 50.645m));
        Assert.False(Rounding.Agrees(stated, 50.6451m));
    }

    [Fact]
    public void AgreesTruncated_9875PrintedAs988()
    {
        Assert.True(Rounding.AgreesTruncated(ReportValue.Of(98.8m, 1), 98.875m));
        Assert.False(Rounding.Agrees(ReportValue.Of(98.8m, 1), 98.875m));
    }

    [Fact]
    public void CoarserDecimals_TrailingZero_RoundedToOneDecimal()
    {
        Assert.Equal(1, Rounding.CoarserDecimals(ReportValue.Of(97.10m, 2), 97.1235m));
        Assert.Null(Rounding.CoarserDecimals(ReportValue.Of(72.21m, 2), 72.1293m));
    }
}

public class SpanishNumberWordsTests
{
    [Theory]
    [InlineData("treinta y cuatro", 34)]
    [InlineData("treinta dos", 32)]
    [InlineData("nueve", 9)]
    [InlineData("Trescientos cincuenta y un", 351)]
    [InlineData("mil doscientos", 1200)]
    public void TryParse_Words_Value(string words, int value)
    {
        Assert.True(SpanishNumberWords.TryParse(words, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Fact]
    public void TryParse_Misspelt_False() => Assert.False(SpanishNumberWords.TryParse("treientos", out _));
}

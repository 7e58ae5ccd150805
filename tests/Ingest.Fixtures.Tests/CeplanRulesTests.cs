using Ingest.Fixtures.Generator.Reports;

namespace Ingest.Fixtures.Tests;

public sealed class CeplanRulesTests
{
    [Fact]
    public void WeightedMean_Seed000Aei0102_Gives8702()
    {
        // Seed 000: AEI.01.02 = 87.02 from indicator values 100 (muy relevante) and 61.05 (relevante).
        var mean = CeplanRules.WeightedMean([(100m, 1), (61.05m, 2)]);
        Assert.Equal(87.02m, CeplanRules.Round(mean!.Value));
    }

    [Fact]
    public void WeightedMean_NdIndicator_IsLeftOut()
    {
        Assert.Equal(40m, CeplanRules.WeightedMean([(40m, 1), (null, 1)]));
        Assert.Null(CeplanRules.WeightedMean([(null, 1)]));
    }

    /// <remarks>Sentido: 0 ascending, 1 descending, 2 máximo permisible, 3 mínimo permisible.</remarks>
    [Theory]
    [InlineData(0, "36394.80", "18428.45", "50.63")] // seed 004, IND.01.AEI.02.01
    [InlineData(1, "8200", "5604", "100.00")] // seed 004, IND.01.AEI.01.02: VO below LE
    [InlineData(1, "1.31", "0.74", "100.00")]
    [InlineData(1, "734", "915", "80.22")]
    [InlineData(2, "40", "12", "100.00")] // seed 004, IND.01.AEI.02.03
    [InlineData(3, "40", "12", "0.00")]
    [InlineData(0, "10", "30", "100.00")]
    public void AvanceTipoI_SeedFigures_Reproduced(int sentido, string expected, string obtained, string avance)
    {
        var le = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var vo = decimal.Parse(obtained, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(avance, System.Globalization.CultureInfo.InvariantCulture), CeplanRules.Round(CeplanRules.AvanceTipoI((Sentido)sentido, le, vo)!.Value));
    }

    [Fact]
    public void AvanceTipoI_ZeroTargetOrNd_NotComputable()
    {
        Assert.Null(CeplanRules.AvanceTipoI(Sentido.Ascending, 0, 5));
        Assert.Null(CeplanRules.AvanceTipoI(Sentido.Ascending, 5, null));
    }

    [Theory]
    [InlineData(74.99, 0)]
    [InlineData(75, 1)]
    [InlineData(94.99, 1)]
    [InlineData(95, 2)]
    [InlineData(100, 2)]
    public void Bin_SemaforoEdges_FollowSpec(double value, int bin) => Assert.Equal(bin, CeplanRules.Bin((decimal)value));

    [Theory]
    [InlineData(9, "nueve")]
    [InlineData(21, "veintiuno")]
    [InlineData(34, "treinta y cuatro")]
    [InlineData(100, "cien")]
    [InlineData(351, "trescientos cincuenta y uno")]
    public void Of_Counts_SpanishWords(int n, string words) => Assert.Equal(words, SpanishWords.Of(n));

    [Fact]
    public void WithDigits_Nine_PadsTheDigits() => Assert.Equal("nueve (09)", SpanishWords.WithDigits(9, 9));
}

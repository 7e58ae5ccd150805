using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Normalisation;

public sealed class PeruvianNumberTests
{
    [Theory]
    [InlineData("1,267,432", "1267432", 0, ValueUnit.None)]
    [InlineData("49'295,901.29", "49295901.29", 2, ValueUnit.None)]
    [InlineData("S/ 1,234.00", "1234.00", 2, ValueUnit.Soles)]
    [InlineData("S/. 1,234.00", "1234.00", 2, ValueUnit.Soles)]
    [InlineData("113 %", "113", 0, ValueUnit.Percent)]
    [InlineData("12.19%", "12.19", 2, ValueUnit.Percent)]
    [InlineData("-0.50%", "-0.50", 2, ValueUnit.Percent)]
    [InlineData("1.70m", "1.70", 2, ValueUnit.None)]
    [InlineData("370 km", "370", 0, ValueUnit.None)]
    [InlineData("8,600.00", "8600.00", 2, ValueUnit.None)]
    [InlineData("US$ 2,500", "2500", 0, ValueUnit.Dollars)]
    [InlineData("12,5", "12.5", 1, ValueUnit.None)]
    [InlineData("0", "0", 0, ValueUnit.None)]
    public void Parse_PeruvianForm_ReadsValueDecimalsAndUnit(string raw, string expected, int decimals, ValueUnit unit)
    {
        var value = PeruvianNumber.Parse(raw);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Value);
        Assert.Equal(decimals, value.Decimals);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(MissingReason.None, value.Missing);
    }

    [Theory]
    [InlineData("ND", MissingReason.NotAvailable)]
    [InlineData("nd", MissingReason.NotAvailable)]
    [InlineData("N.D.", MissingReason.NotAvailable)]
    [InlineData("-", MissingReason.Dash)]
    [InlineData("–", MissingReason.Dash)]
    [InlineData("", MissingReason.Blank)]
    [InlineData("   ", MissingReason.Blank)]
    [InlineData(null, MissingReason.Blank)]
    [InlineData("S.P.", MissingReason.Unreadable)]
    [InlineData("abc", MissingReason.Unreadable)]
    public void Parse_MissingMark_IsMissingNeverZero(string? raw, MissingReason reason)
    {
        var value = PeruvianNumber.Parse(raw);

        Assert.Null(value.Value);
        Assert.False(value.HasValue);
        Assert.Equal(reason, value.Missing);
    }

    [Fact]
    public void Parse_TwoDecimals_ToleranceIsHalfTheLastDecimal()
    {
        Assert.Equal(0.005m, PeruvianNumber.Parse("12.19%").Tolerance);
        Assert.Equal(0.5m, PeruvianNumber.Parse("113 %").Tolerance);
    }

    [Fact]
    public void Parse_Source_IsKept()
    {
        var source = new Provenance(3, new PdfRect(1, 2, 3, 4), "t1", 2, 5, "12.19%");

        Assert.Same(source, PeruvianNumber.Parse("12.19%", source).Source);
        Assert.Same(source, PeruvianNumber.Parse("ND", source).Source);
    }
}

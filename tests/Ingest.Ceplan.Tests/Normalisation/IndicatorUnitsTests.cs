using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Tests.Normalisation;

public sealed class IndicatorUnitsTests
{
    [Theory]
    [InlineData("Porcentaje de personas expuestas a peligros", IndicatorUnit.Percent)]
    [InlineData("porcentaje de la ejecución financiera del gasto", IndicatorUnit.Percent)]
    [InlineData("Número de familias que recibe ayuda humanitaria", IndicatorUnit.Number)]
    [InlineData("NUMERO DE INTERVENCIONES", IndicatorUnit.Number)]
    [InlineData("Cantidad de presupuesto otorgado", IndicatorUnit.Number)]
    [InlineData("Tasa de homicidios", IndicatorUnit.Rate)]
    [InlineData("Ratio de liquidez", IndicatorUnit.Rate)]
    [InlineData("Índice de gestión institucional", IndicatorUnit.Index)]
    [InlineData("Indice de desarrollo humano", IndicatorUnit.Index)]
    [InlineData("Monto recaudado en soles", IndicatorUnit.Soles)]
    [InlineData("Presupuesto ejecutado", IndicatorUnit.Soles)]
    [InlineData("Recaudación anual en soles", IndicatorUnit.Soles)]
    [InlineData("Exportaciones en US$", IndicatorUnit.Dollars)]
    [InlineData("Cobertura de agua potable", IndicatorUnit.Unknown)]
    [InlineData("", IndicatorUnit.Unknown)]
    public void Infer_Name_GivesUnit(string name, IndicatorUnit expected)
    {
        Assert.Equal(expected, IndicatorUnits.Infer(name));
    }

    [Fact]
    public void Infer_NameSilentValuesWithPercent_IsPercent()
    {
        var values = new[] { PeruvianNumber.Parse("10.33%") };

        Assert.Equal(IndicatorUnit.Percent, IndicatorUnits.Infer("Superficie cubierta por bosque", values));
    }

    [Fact]
    public void Infer_NameDecides_BeforeValues()
    {
        var values = new[] { PeruvianNumber.Parse("S/ 100.00") };

        Assert.Equal(IndicatorUnit.Number, IndicatorUnits.Infer("Número de obras", values));
    }

    [Fact]
    public void Infer_PlainValues_StaysUnknown()
    {
        Assert.Equal(IndicatorUnit.Unknown, IndicatorUnits.Infer("Cobertura", [PeruvianNumber.Parse("12.5")]));
    }
}

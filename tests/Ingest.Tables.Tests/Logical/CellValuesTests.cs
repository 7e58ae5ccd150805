using Ingest.Tables.Logical;

namespace Ingest.Tables.Tests.Logical;

public class CellValuesTests
{
    [Theory]
    [InlineData("IND.01.AEI.01.01", true)]
    [InlineData("AEI.01.02 CAPACIDAD INSTALADA", true)]
    [InlineData("OEI.01", true)]
    [InlineData("IND.01.OER.01", true)]
    [InlineData("OER.02.", true)]
    [InlineData("IND.01.AER.01.", true)]
    [InlineData("OER.02. Fortalecer la gestión", true)]
    [InlineData("Código", false)]
    [InlineData("2024", false)]
    [InlineData("A.1", false)]
    public void StartsWithCode_Text_Expected(string text, bool expected) => Assert.Equal(expected, CellValues.StartsWithCode(text));

    [Theory]
    [InlineData("AEI.01.0", "1", true)]
    [InlineData("IND.01.AEI.01.", "01", true)]
    [InlineData("IND.01.AEI", ".01.01", true)]
    [InlineData("AEI.01.01", "1", false)]
    [InlineData("AEI.01.0", "personas", false)]
    public void IsCodeCut_HeadAndTail_Expected(string head, string tail, bool expected) => Assert.Equal(expected, CellValues.IsCodeCut(head, tail));

    [Theory]
    [InlineData("2,550.00", true)]
    [InlineData("100 %", true)]
    [InlineData("ND", true)]
    [InlineData("-3.5", true)]
    [InlineData("Sem1", false)]
    [InlineData("Agua", false)]
    public void IsNumber_Text_Expected(string text, bool expected) => Assert.Equal(expected, CellValues.IsNumber(text));

    [Theory]
    [InlineData("31/3/2021", true)]
    [InlineData("22/11/2024, 10:15 a. m.  Reporte", true)]
    [InlineData("app.ceplan.gob.pe/POI2020/Reportes/PEI/Indicator.aspx 1/5", true)]
    [InlineData("https://example.org/x", true)]
    [InlineData("3/19", true)]
    [InlineData("IND.01.OEI.01 numero 23.00", false)]
    public void IsBrowserChrome_Line_Expected(string text, bool expected) => Assert.Equal(expected, CellValues.IsBrowserChrome(text));
}

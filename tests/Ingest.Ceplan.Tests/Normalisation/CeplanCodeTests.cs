using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Tests.Normalisation;

public sealed class CeplanCodeTests
{
    [Theory]
    [InlineData("AEI.06.03", "AEI.06.03", false)]
    [InlineData("IND.01.AEI.01.01", "IND.01.AEI.01.01", false)]
    [InlineData("AEI. 06.03", "AEI.06.03", true)]
    [InlineData("AER 01.02", "AER.01.02", true)]
    [InlineData("OEI 02", "OEI.02", true)]
    [InlineData("OEI 02:", "OEI.02", true)]
    [InlineData("D.02.AER.10.01", "IND.02.AER.10.01", true)]
    [InlineData("ND.02.AER.10.01", "IND.02.AER.10.01", true)]
    [InlineData("AEI.01.0\n1", "AEI.01.01", true)]
    [InlineData("AEI.01.0 1", "AEI.01.01", true)]
    [InlineData("IND.01.AEI.01.0\n1", "IND.01.AEI.01.01", true)]
    [InlineData("OER.3", "OER.03", true)]
    public void TryRead_PrintedCode_GivesNormalForm(string raw, string code, bool repaired)
    {
        Assert.True(CeplanCode.TryRead(raw, out var read));
        Assert.Equal(code, read.Code);
        Assert.Equal(repaired, read.Repaired);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Porcentaje de la población")]
    [InlineData("AOI00008400584")]
    [InlineData("2024 - 2027")]
    public void TryRead_NoCode_ReturnsFalse(string? raw)
    {
        Assert.False(CeplanCode.TryRead(raw, out _));
    }

    [Fact]
    public void ReadAll_CodeFollowedByFigure_KeepsTheFigureOut()
    {
        var codes = CeplanCode.ReadAll("AEI.01.02 10.00 y AEI.01.03 5");

        Assert.Equal(["AEI.01.02", "AEI.01.03"], codes.Select(c => c.Code));
    }

    [Theory]
    [InlineData("IND.01.AEI.01.02", "AEI.01.02")]
    [InlineData("AEI.01.02", "OEI.01")]
    [InlineData("AER.03.05", "OER.03")]
    [InlineData("OEI.01", null)]
    public void ParentCode_Code_GivesItsParent(string raw, string? parent)
    {
        Assert.True(CeplanCode.TryRead(raw, out var code));
        Assert.Equal(parent, code.ParentCode);
    }
}

public sealed class CeplanCodeMisprintTests
{
    [Theory]
    [InlineData("OIE.03", "OEI.03")]
    [InlineData("AIE.01.02", "AEI.01.02")]
    [InlineData("0EI.01", "OEI.01")]
    [InlineData("0ER.02", "OER.02")]
    [InlineData("OEl.04", "OEI.04")]
    [InlineData("IND.01.AIE.02.01", "IND.01.AEI.02.01")]
    public void TryRead_MisprintedKind_ReadsTheCodeItIsAndSaysSo(string raw, string code)
    {
        Assert.True(CeplanCode.TryRead(raw, out var read));
        Assert.Equal(code, read.Code);
        Assert.True(read.Misprinted);
        Assert.True(read.Repaired);
    }

    [Theory]
    [InlineData("OEI.03")]
    [InlineData("AEI.01.02")]
    [InlineData("AEI. 06.03")]
    [InlineData("IND.01.OER.02")]
    public void TryRead_KindSpelledRight_IsNotMisprinted(string raw)
    {
        Assert.True(CeplanCode.TryRead(raw, out var read));
        Assert.False(read.Misprinted);
    }

    [Theory]
    [InlineData("10EI.01")]
    [InlineData("PIE.01")]
    [InlineData("FOIE.01")]
    public void TryRead_ZeroOrLettersBeforeTheKind_IsNoCode(string raw)
    {
        Assert.False(CeplanCode.TryRead(raw, out _));
    }

    [Theory]
    [InlineData("OEI.01", true)]
    [InlineData("AEI.01.02", true)]
    [InlineData("IND.01.OEI.01", true)]
    [InlineData("IND.02.AER.10.01", true)]
    [InlineData("AEI. 18", false)]
    [InlineData("OEI.01.02", false)]
    [InlineData("IND.01.AEI.01", false)]
    [InlineData("IND.01.AEI.01.0", false)]
    [InlineData("AEI.00.01", false)]
    public void IsWellFormed_PartsOfTheKind_TellsPlanCodesFromPageNumbers(string raw, bool wellFormed)
    {
        Assert.True(CeplanCode.TryRead(raw, out var read));
        Assert.Equal(wellFormed, read.IsWellFormed);
    }

    [Theory]
    [InlineData("IND.01.AEI.0", "1.01", true)]
    [InlineData("IND.01.A", "EI.01.01", true)]
    [InlineData("AEI.01.0", "1 Mejorar la gestión", true)]
    [InlineData("IND.01.AEI.01.01", "Porcentaje", false)]
    [InlineData("AEI.01.01", "1.01", false)]
    [InlineData("Porcentaje de", "personas", false)]
    [InlineData("", "1.01", false)]
    public void IsCut_LineEndAndNextLine_TellsACodeCutByTheLineEnd(string head, string tail, bool cut)
        => Assert.Equal(cut, CeplanCode.IsCut(head, tail));

    [Fact]
    public void OneLine_CodeCutByANarrowColumn_IsOneCode()
    {
        Assert.Equal("IND.01.AEI.01.01", Ingest.Ceplan.Parsing.ParseContext.OneLine("IND.01.AEI.0\n1.01"));
        Assert.Equal("IND.02.AEI.01.01 Porcentaje", Ingest.Ceplan.Parsing.ParseContext.OneLine("IND.02.A\nEI.01.01\nPorcentaje"));
        Assert.Equal("Número de familias atendidas", Ingest.Ceplan.Parsing.ParseContext.OneLine("Número de\nfamilias atendidas"));
    }
}

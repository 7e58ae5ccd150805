namespace Ingest.Audit.Tests.Rules;

public class NarrativeContradictionRuleTests
{
    private static ReportBuilder Base()
        => new ReportBuilder(evaluated: "2024-S1")
            .Action("AEI.04.01", "Servicio administrativo", "2024-S1=53.64")
            .Indicator("IND.01.AEI.04.01", "Porcentaje de expedientes administrativos externos archivado", progress: "2024-S1=54.95")
            .Indicator("IND.02.AEI.04.01", "Número de informes legales emitidos", progress: "2024-S1=52.33");

    [Fact]
    public void Audit_CodeClaimDiffers_Error()
    {
        var b = Base();
        var finding = RuleAssert.Single(b.Claim("AEI.04.01 ... 49.72%", "AEI.04.01", b.Number(ClaimRole.Progress, "49.72%")).Build(), RuleIds.NarrativeContradiction, Severity.Error);
        Assert.Equal("AEI.04.01: el texto indica 49.72% pero la tabla registra 53.64% (2024-S1).", finding.Message);
    }

    [Fact]
    public void Audit_ObjectiveWithoutTableFiguresDiffersFromItsTextValues_Error()
    {
        // Seed 000: "se programó un logro 6% ... alcanzando el 12.19%" and later "el OEI.01 alcanzo un 49.55%": 6 / 12.19 = 49.22
        // (descending; ascending would be 100), and no table prints the indicator's values.
        var b = new ReportBuilder(evaluated: "2024").Objective("OEI.01").Indicator("IND.01.OEI.01", "Porcentaje de la población urbana sin acceso al servicio de agua");
        b.Claim("para el año 2024 se programó un logro 6% ... alcanzando el 12.19%", "OEI.01", b.Number(ClaimRole.Expected, "6%"), b.Number(ClaimRole.Obtained, "12.19%"));
        var finding = RuleAssert.Single(b.Claim("el OEI.01 alcanzo un 49.55%", "OEI.01", b.Number(ClaimRole.Progress, "49.55%")).Build(), RuleIds.NarrativeContradiction, Severity.Error);
        Assert.Equal("49.2207", finding.Recomputed);
    }

    [Fact]
    public void Audit_ObjectiveWithoutTableFiguresAgreesWithItsTextValues_NoFinding()
    {
        var b = new ReportBuilder(evaluated: "2024").Objective("OEI.04").Indicator("IND.01.OEI.04", "Número de toneladas");
        b.Claim("se programó un logro de 75,167 toneladas ... alcanzando 57,967 toneladas", "OEI.04", b.Number(ClaimRole.Expected, "75,167"), b.Number(ClaimRole.Obtained, "57,967"));
        RuleAssert.None(b.Claim("el OEI.04 alcanzo un 77.12%", "OEI.04", b.Number(ClaimRole.Progress, "77.12%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_PoiExecutionSentence_ComparedWithThePoiTableNotThePeiAvance()
    {
        // Seed 000: "De acuerdo al análisis POI ... se han obtenido avances del 98.8%" is the TOTAL of OEI 04's POI table.
        var b = new ReportBuilder(evaluated: "2024").Objective("OEI.04", progress: "2024=77.12")
            .Table("POI OEI.04", "OEI.04", "Código|Descripción|P:programmed|E:executed|A:average", "#OEI.04|Mejorar", "AEI.04.01|x|7|6|95.5", "AEI.04.02|x|12|11|100", "TOTAL||19|17|98.8");
        b.Claim("De acuerdo al análisis POI se encuentra vinculado a 04 AEI, se han obtenido avances del 98.8%.", "OEI.04", b.Number(ClaimRole.Progress, "98.8%"));
        RuleAssert.None(b.Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_PoiExecutionSentenceDiffersFromThePoiTable_Error()
    {
        var b = new ReportBuilder(evaluated: "2024").Objective("OEI.04", progress: "2024=77.12")
            .Table("POI OEI.04", "OEI.04", "Código|Descripción|P:programmed|E:executed|A:average", "#OEI.04|Mejorar", "AEI.04.01|x|7|6|95.5", "AEI.04.02|x|12|11|100", "TOTAL||19|17|98.8");
        b.Claim("De acuerdo al análisis POI se han obtenido avances del 90%.", "OEI.04", b.Number(ClaimRole.Progress, "90%"));
        Assert.Equal("98.8", RuleAssert.Single(b.Build(), RuleIds.NarrativeContradiction).Recomputed);
    }

    [Fact]
    public void Audit_CodeClaimAgrees_NoFinding()
    {
        var b = Base();
        RuleAssert.None(b.Claim("AEI.04.01 ... 53.64%", "AEI.04.01", b.Number(ClaimRole.Progress, "53.64%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_IndicatorNamedInText_MatchedByName()
    {
        var b = Base();
        var finding = RuleAssert.Single(b.Claim("... con una ejecución de 47.1%", "Porcentaje de expedientes administrativos externos archivados", b.Number(ClaimRole.Progress, "47.1%")).Build(), RuleIds.NarrativeContradiction);
        Assert.Equal("IND.01.AEI.04.01", finding.Code);
        Assert.Equal("54.95", finding.Recomputed);
    }

    [Fact]
    public void Audit_UnlistedIndicatorOfAnActionPrintedOnItsOwnRow_ComparedWithTheAction()
    {
        // Seed 004: AEI.07.01's row carries its indicator's figures and avance 54.81; the text names the indicator in bold.
        var b = new ReportBuilder(evaluated: "2024-S1").Action("AEI.07.01", "Control urbano", "2024-S1=54.81");
        var finding = RuleAssert.Single(
            b.Claim("la AEI.07.01, CONTROL URBANO, su indicador, **Número de licencias de edificación otorgadas**, tienen un avance del 61.33%", "Número de licencias de edificación otorgadas", b.Number(ClaimRole.Progress, "61.33%")).Build(),
            RuleIds.NarrativeContradiction);
        Assert.Equal(("AEI.07.01", "54.81"), (finding.Code, finding.Recomputed));
    }

    [Fact]
    public void Audit_UnlistedIndicatorNamedNextToAnActionWithIndicators_NotGuessed()
    {
        var b = Base();
        RuleAssert.None(b.Claim("la AEI.04.01 y su indicador **Número de trámites atendidos** con 10.00%", "Número de trámites atendidos", b.Number(ClaimRole.Progress, "10.00%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_ClaimWithFewerDecimals_ComparedAtItsPrecision()
    {
        var b = new ReportBuilder(evaluated: "2024-S1").Action("AEI.05.01", "x", "2024-S1=25.00");
        RuleAssert.None(b.Claim("avance del 25%", "AEI.05.01", b.Number(ClaimRole.Progress, "25%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_NoTableValue_ComparedWithTheRecomputation()
    {
        var b = new ReportBuilder(evaluated: "2024").Objective("OEI.01")
            .Indicator("IND.01.OEI.01", "sin acceso", sentido: Sentido.Descendente, expected: "2024=6%", obtained: "2024=12.19%");
        var finding = RuleAssert.Single(b.Claim("el OEI.01 alcanzo un 49.55%", "OEI.01", b.Number(ClaimRole.Progress, "49.55%")).Build(), RuleIds.NarrativeContradiction);
        Assert.Equal("49.2207", finding.Recomputed);
    }

    [Fact]
    public void Audit_ObtainedValueInText_ComparedWithTheObtainedColumn()
    {
        var b = new ReportBuilder(evaluated: "2024").Indicator("IND.01.AEI.03.01", "Número de licencias", expected: "2024=15,000", obtained: "2024=5,167");
        RuleAssert.None(b.Claim("se ha logrado 5,167 licencias", "IND.01.AEI.03.01", b.Number(ClaimRole.Obtained, "5,167"), b.Number(ClaimRole.Expected, "15,000")).Build(), RuleIds.NarrativeContradiction);
        var c = new ReportBuilder(evaluated: "2024").Indicator("IND.01.AEI.03.01", "Número de licencias", expected: "2024=15,000", obtained: "2024=5,167");
        RuleAssert.Single(c.Claim("se ha logrado 5,617 licencias", "IND.01.AEI.03.01", c.Number(ClaimRole.Obtained, "5,617")).Build(), RuleIds.NarrativeContradiction);
    }
}

public class NarrativeRowClaimTests
{
    private static ReportBuilder Table()
        => new ReportBuilder().Table("AEI.06.01", "AEI.06.01", "N°|Área|P:programmed|E:executed|%:percent",
            "1|Unidad de Contabilidad|1,572|1,335|85%", "2|Unidad de Logística|18|13|72%", "3|Oficina de Informática|3|6|200%", "TOTAL||1593|1354|85%");

    [Fact]
    public void Audit_AreaNamedWithAnotherFigure_Error()
    {
        var b = Table();
        var finding = RuleAssert.Single(b.Claim("mientras que para la Oficina de Informática el 60%.", "AEI.06.01", b.Number(ClaimRole.Progress, "60%")).Build(), RuleIds.NarrativeContradiction);
        Assert.Equal("AEI.06.01: el texto indica 60% para Oficina de Informática pero la tabla registra 200%.", finding.Message);
    }

    [Fact]
    public void Audit_MetaTotalWithAnotherFigure_ComparedWithTheTotalRow()
    {
        var b = Table();
        var finding = RuleAssert.Single(b.Claim("Respecto a la meta total tenemos una ejecución del 81%.", "AEI.06.01", b.Number(ClaimRole.Progress, "81%")).Build(), RuleIds.NarrativeContradiction);
        Assert.Equal("85", finding.Recomputed.TrimEnd('%'));
    }

    [Fact]
    public void Audit_MetaTotalAgreesWithTheTotalRow_NoFinding()
    {
        var b = Table();
        RuleAssert.None(b.Claim("Respecto a la meta total tenemos una ejecución del 85%.", "AEI.06.01", b.Number(ClaimRole.Progress, "85%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_AreasRespectively_MatchedInOrder()
    {
        var b = Table();
        RuleAssert.None(b.Claim("la Unidad de Contabilidad y la Unidad de Logística ... con el 85% y 72% respectivamente", "AEI.06.01", b.Number(ClaimRole.Progress, "85%"), b.Number(ClaimRole.Progress, "72%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_AreaFigureIsTheRowsOwnRatioWhereItsPercentIsWrong_NoNarrativeFinding()
    {
        // 1,335 / 1,572 = 84.92%: the text's 85% is right and the printed 70% is percent-mismatch's finding, not the text's.
        var b = new ReportBuilder().Table("AEI.06.01", "AEI.06.01", "N°|Área|P:programmed|E:executed|%:percent",
            "1|Unidad de Contabilidad|1,572|1,335|70%", "2|Unidad de Logística|18|13|72%", "TOTAL||1590|1348|85%");
        RuleAssert.None(b.Claim("la Unidad de Contabilidad ha ejecutado el 85%", "AEI.06.01", b.Number(ClaimRole.Progress, "85%")).Build(), RuleIds.NarrativeContradiction);
    }

    [Fact]
    public void Audit_MetaTotal_ComparedWithTheTotalRow()
    {
        var b = Table();
        RuleAssert.Single(b.Claim("la Unidad de Logística ejecutó 72%. Respecto a la meta total tenemos una ejecución del 94%", "AEI.06.01", b.Number(ClaimRole.Progress, "72%"), b.Number(ClaimRole.Progress, "94%")).Build(), RuleIds.NarrativeContradiction);
    }
}

public class CountMismatchRuleTests
{
    private static ReportBuilder Oei08()
        => new ReportBuilder().Objective("OEI.08").Action("AEI.08.01").Action("AEI.08.02").Action("AEI.08.03");

    [Fact]
    public void Audit_StatedCountDiffers_Error()
    {
        var b = Oei08();
        var finding = RuleAssert.Single(b.Claim("contiene (04) Acciones Estratégicas Institucionales", "OEI.08", b.Number(ClaimRole.Count, "04", "Acciones Estratégicas Institucionales")).Build(), RuleIds.CountMismatch, Severity.Error);
        Assert.Equal("4", finding.Stated);
        Assert.Equal("3", finding.Recomputed);
        Assert.Equal("OEI.08: el texto indica 4 Acciones Estratégicas Institucionales pero se listan 3.", finding.Message);
    }

    [Fact]
    public void Audit_StatedCountMatches_NoFinding()
    {
        var b = Oei08();
        RuleAssert.None(b.Claim("contiene (03) AEI", "OEI.08", b.Number(ClaimRole.Count, "03", "AEI")).Count("cuenta con 1 OEI", "OEI", "1").Build(), RuleIds.CountMismatch);
    }

    [Fact]
    public void Audit_ReportWideCount_Error()
        => RuleAssert.Single(Oei08().Count("cuenta con 34 AEI", "AEI", "34").Build(), RuleIds.CountMismatch);

    [Fact]
    public void Audit_CountOfOneSemaforoBin_NotComparedWithTheItemsListed()
        => RuleAssert.None(Oei08().Claim("Dos (02) AEI obtuvieron un nivel de cumplimiento por debajo del 75%", null, new ReportBuilder().Number(ClaimRole.Count, "02", "AEI")).Build(), RuleIds.CountMismatch);

    [Theory]
    [InlineData("17 AEI reportan indicadores con nivel de cumplimiento por debajo del 75% de avance")]
    [InlineData("Si bien 23 AEI muestran avances altos, otras 17 no alcanzan los niveles esperados y cinco carecen de información")]
    [InlineData("mientras 23 AEI alcanzan desempeño alto, 17 se encuentran por debajo del 75%")]
    [InlineData("Al término de año, 23 AEI han obtenido un desempeño alto, 4 un desempeño medio")]
    [InlineData("De igual se observa que 23 AEI no ha logrado superar el 75 % de logro esperado")]
    public void Audit_SeedStyleCountOfOneSemaforoBin_NotComparedWithTheItemsListed(string sentence)
        => RuleAssert.None(Oei08().Claim(sentence, null, new ReportBuilder().Number(ClaimRole.Count, "23", "AEI")).Build(), RuleIds.CountMismatch);

    [Fact]
    public void Audit_ActionsAsAnIndicatorsFigure_NotComparedWithTheActionsListed()
        => RuleAssert.None(
            Oei08().Claim("El indicador Número de acciones de control, teniendo programado como meta anual 56 acciones, se ha logrado implementar 66 acciones", null, new ReportBuilder().Number(ClaimRole.Count, "56", "acciones")).Build(),
            RuleIds.CountMismatch);

    [Fact]
    public void Audit_ActionsCountedWithoutAnIndicator_StillCompared()
        => RuleAssert.Single(Oei08().Claim("el plan contiene 56 acciones", null, new ReportBuilder().Number(ClaimRole.Count, "56", "acciones")).Build(), RuleIds.CountMismatch);

    [Fact]
    public void Audit_IndicatorsCountedAsTheDesempenoTableTotal_NoFinding()
    {
        // Seed 000: "34 AEI ... medido a través de 34 indicadores" where Cuadro 05 totals 34 (one per AEI) and the PEI names more.
        var b = Oei08().Indicator("IND.01.AEI.08.01").Indicator("IND.02.AEI.08.01").Indicator("IND.01.AEI.08.02").Indicator("IND.01.AEI.08.03")
            .Summary("Cuadro N° 05 nivel de desempeño", SummarySubject.Actions, "2024", notAvailable: true, total: true, "OEI.08|0|0|3||3", "Total|0|0|3||3");
        RuleAssert.None(b.Claim("medido a través de 3 indicadores", null, b.Number(ClaimRole.Count, "3", "IND")).Build(), RuleIds.CountMismatch);
    }

    [Fact]
    public void Audit_IndicatorsCountedNeitherListedNorInATable_Error()
    {
        var b = Oei08().Indicator("IND.01.AEI.08.01").Indicator("IND.02.AEI.08.01").Indicator("IND.01.AEI.08.02").Indicator("IND.01.AEI.08.03");
        RuleAssert.Single(b.Claim("medido a través de 3 indicadores", null, b.Number(ClaimRole.Count, "3", "IND")).Build(), RuleIds.CountMismatch);
    }

    private static ReportBuilder SixObjectives()
    {
        var b = new ReportBuilder();
        foreach (var code in new[] { "OEI.01", "OEI.02", "OEI.03", "OEI.04", "OEI.05", "OEI.06" })
        {
            b.Objective(code);
        }

        return b;
    }

    [Theory]
    [InlineData("Cuadro n.º 1 Objetivos Estratégicos Institucionales")]
    [InlineData("Tabla N.° 1 Objetivos Estratégicos Institucionales")]
    [InlineData("Gráfico No. 1 OEI del PEI")]
    [InlineData("Imagen 1 Objetivos Estratégicos Institucionales")]
    public void Audit_CaptionOfTheObjectivesTable_NoCountMismatch(string caption)
        => RuleAssert.None(SixObjectives().Text(caption).Build(), RuleIds.CountMismatch);

    [Fact]
    public void Audit_CountBesideACaption_StillCompared()
    {
        var finding = RuleAssert.Single(SixObjectives().Text("Cuadro n.º 1 Objetivos Estratégicos Institucionales", "", "El PEI contiene cuatro (04) Objetivos Estratégicos Institucionales.").Build(), RuleIds.CountMismatch);

        Assert.Equal(("4", "6"), (finding.Stated, finding.Recomputed));
    }

    [Fact]
    public void Audit_UnitsThatContributed_CountedInTheTable()
    {
        var b = new ReportBuilder().Table("AEI.01.01", "AEI.01.01", "N°|Área|P:programmed|E:executed", "1|A|1|1", "2|B|2|2", "TOTAL||3|3");
        RuleAssert.None(b.Claim("han contribuido 2 unidades orgánicas", "AEI.01.01", b.Number(ClaimRole.Count, "2", "unidades orgánicas")).Build(), RuleIds.CountMismatch);
    }
}

public class WordsDigitsRuleTests
{
    [Fact]
    public void Audit_WordsDifferFromDigits_Error()
    {
        var b = new ReportBuilder();
        var finding = RuleAssert.Single(b.Claim("treinta y dos (34) AEI", null, b.Number(ClaimRole.Count, "34", "AEI", "treinta y dos")).Build(), RuleIds.WordsDigits, Severity.Error);
        Assert.Equal("34", finding.Stated);
        Assert.Equal("32", finding.Recomputed);
    }

    [Fact]
    public void Audit_WordsMatchDigits_NoFinding()
    {
        var b = new ReportBuilder();
        RuleAssert.None(b.Claim("trescientos cincuenta y un (351) AO", null, b.Number(ClaimRole.Count, "351", "AO", "trescientos cincuenta y un")).Build(), RuleIds.WordsDigits);
    }

    [Fact]
    public void Audit_MisspeltWords_NotJudged()
    {
        var b = new ReportBuilder();
        RuleAssert.None(b.Claim("Treientos cincuenta y un (351)", null, b.Number(ClaimRole.Count, "351", "AO", "Treientos cincuenta y un")).Build(), RuleIds.WordsDigits);
    }
}

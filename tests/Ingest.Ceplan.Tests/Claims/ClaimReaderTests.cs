using Ingest.Ceplan.Claims;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Tests.Claims;

public sealed class ClaimReaderTests
{
    private static readonly Period S1 = new(2024, 1);

    private static IReadOnlyList<NarrativeClaim> Read(Period? evaluated, params string[] lines) => ClaimReader.Read(ReportText.FromLines(lines), evaluated);

    [Fact]
    public void Read_CodeWithExecution_IsProgressOfTheCode()
    {
        var claims = Read(S1, "Respecto a la AEI.04.03, FISCALIZACIÓN DE COMPETENCIA MUNICIPAL CORRECTAMENTE EJECUTADAS POR LA ENTIDAD, alcanza una ejecución física total del 58.13%.");

        var claim = Assert.Single(claims);
        Assert.Equal("AEI.04.03", claim.SubjectCode);
        Assert.Equal(S1, claim.Period);
        var number = Assert.Single(claim.Numbers);
        Assert.Equal(ClaimRole.Progress, number.Role);
        Assert.Equal(58.13m, number.Value.Value);
        Assert.Equal(ValueUnit.Percent, number.Value.Unit);
        Assert.Equal("58.13%", number.Value.Source.Raw);
    }

    [Fact]
    public void Read_BareTargetAfterMetasDe_IsExpected()
    {
        var claims = Read(null, "AER.01.05 GESTIÓN DE CUENCAS", "Para este indicador la línea base de 2 en 2022, con metas de 2 en 2023 y 3 en 2024.");

        var expected = claims.SelectMany(c => c.Numbers).Where(n => n.Role == ClaimRole.Expected).Select(n => n.Value.Value).ToList();
        Assert.Equal([2m, 3m], expected);
    }

    [Fact]
    public void Read_PercentOfTheTargetAfterAMetaCue_IsProgress()
    {
        var claims = Read(null, "OER.06 EMPLEO", "En 2024 hubo avance sustantivo hacia la meta de empleo adecuado (91.41% del objetivo).");

        var number = Assert.Single(claims.SelectMany(c => c.Numbers));
        Assert.Equal(ClaimRole.Progress, number.Role);
        Assert.Equal(91.41m, number.Value.Value);
    }

    [Fact]
    public void Read_SecondNumberOfARatio_IsNotAFigure()
    {
        var claims = Read(null, "AER.01.05 GESTIÓN DE CUENCAS", "Se logró intervenir (3 de 16 cuencas) según la meta.");

        Assert.DoesNotContain(claims.SelectMany(c => c.Numbers), n => n.Value.Value is 16m or 3m);
    }

    [Fact]
    public void Read_CodeThenBoldIndicatorNames_GivesOneClaimPerSubject()
    {
        var claims = Read(
            S1,
            "Con respecto a la AEI.04.01: SERVICIO ADMINISTRATIVO EFICIENTE EN LA ENTIDAD, tiene ejecución física total del 49.72%, resultado por debajo del nivel esperado, la OFICINA DE ATENCIÓN AL CIUDADANO, tiene a cargo la ejecución del indicador, **Porcentaje de expedientes administrativos externos archivado**, con una ejecución de 47.1%, indicador menor a lo esperado, y con respecto al indicador: **Número de informes legales emitidos, a cargo de la OFICINA DE ASESORIA JURIDICA**, ha alcanzado una ejecución física del 52.33%, es un porcentaje relativamente no esperado.");

        Assert.Equal(
            [("AEI.04.01", 49.72m), ("Porcentaje de expedientes administrativos externos archivado", 47.1m), ("Número de informes legales emitidos, a cargo de la OFICINA DE ASESORIA JURIDICA", 52.33m)],
            claims.Select(c => (c.SubjectCode, Assert.Single(c.Numbers).Value.Value!.Value)));
        Assert.All(claims, c => Assert.Equal(ClaimRole.Progress, c.Numbers[0].Role));
    }

    [Fact]
    public void Read_IndicatorNameSetOffByCommasNotBold_GetsItsOwnClaim()
    {
        var claims = Read(
            S1,
            "Con respecto a la AEI.01.01: SERVICIO DE LIMPIEZA PUBLICA, tiene una ejecución física total del 96.99%, resultado dentro de lo esperado. La Subgerencia de Limpieza, tiene a cargo la ejecución del indicador, Porcentaje de residuos sólidos dispuestos adecuadamente, con una ejecución de 100.00%, por lo que se harán las recomendaciones necesarias.");

        Assert.Equal(
            [("AEI.01.01", 96.99m), ("Porcentaje de residuos sólidos dispuestos adecuadamente", 100.00m)],
            claims.Select(c => (c.SubjectCode, Assert.Single(c.Numbers).Value.Value!.Value)));
    }

    [Fact]
    public void Read_FigureBeforeTheIndicatorName_BelongsToTheCode()
    {
        var claims = Read(S1, "La OFICINA GENERAL DE ADMINISTRACION FINANCIERA, tiene a cargo la ejecución de la AEI.04.06, RECURSOS PUBLICOS ADMINISTRADOS EFICIENTEMENTE EN LA INSTITUCION, a la fecha tiene un avance del 72.53%, respecto a su indicador **Porcentaje de la ejecución financiera del gasto de la entidad**, resultado relativamente esperado.");

        var claim = Assert.Single(claims);
        Assert.Equal("AEI.04.06", claim.SubjectCode);
        Assert.Equal(72.53m, claim.Numbers[0].Value.Value);
    }

    [Fact]
    public void Read_AvanceLabelUnderABullet_BelongsToTheBulletCode()
    {
        var claims = Read(
            new Period(2024),
            "- ❖ AEI.01.02 Fortalecimiento de Capacidades de manera permanente a los prestadores rurales",
            "",
            "El indicador es Porcentaje de los prestadores rurales que realizan operación y mantenimiento oportunamente, teniendo programado como meta anual 40.36%, al final del 2024, se ha logrado implementar el 24.64%, según lo informado por la Subgerencia.",
            "",
            "Avance semestral: 87.02%");

        Assert.Equal(2, claims.Count);
        Assert.Equal("Porcentaje de los prestadores rurales que realizan operación y mantenimiento oportunamente", claims[0].SubjectCode);
        Assert.Equal([ClaimRole.Expected, ClaimRole.Obtained], claims[0].Numbers.Select(n => n.Role));
        Assert.Equal([40.36m, 24.64m], claims[0].Numbers.Select(n => n.Value.Value!.Value));
        Assert.Equal("AEI.01.02", claims[1].SubjectCode);
        Assert.Equal(87.02m, Assert.Single(claims[1].Numbers).Value.Value);
        Assert.Equal(new Period(2024), claims[1].Period);
    }

    [Fact]
    public void Read_MetaAnualAndLogradoWithUnits_AreExpectedAndObtained()
    {
        var claims = Read(null, "El indicador es Número de kilómetros de caminos vecinales de la zona rural en buenas condiciones de Transitabilidad, teniendo programado como meta anual 370 km, al final del 2024 se ha logrado implementar 387 km, según lo informado por la Gerencia de Infraestructura.");

        var claim = Assert.Single(claims);
        Assert.Equal("Número de kilómetros de caminos vecinales de la zona rural en buenas condiciones de Transitabilidad", claim.SubjectCode);
        Assert.Equal([(ClaimRole.Expected, 370m), (ClaimRole.Obtained, 387m)], claim.Numbers.Select(n => (n.Role, n.Value.Value!.Value)));
        Assert.Equal(new Period(2024), claim.Period);
    }

    [Fact]
    public void Read_ProgrammedLogroThenAchievedLogro_AreExpectedThenObtained()
    {
        var claims = Read(null, "El objetivo OEI 07: “Promover el desarrollo”. Se programó un logro de 1,092 negocios formalizados. alcanzando un logro de 1,363 negocios formalizados.");

        Assert.Equal([(ClaimRole.Expected, 1092m), (ClaimRole.Obtained, 1363m)], claims.SelectMany(c => c.Numbers).Select(n => (n.Role, n.Value.Value!.Value)));
        Assert.All(claims, c => Assert.Equal("OEI.07", c.SubjectCode));
    }

    [Fact]
    public void Read_CountsWithWordsAndDigits_KeepBoth()
    {
        var claims = Read(new Period(2024), "El PEI 2024-2028 ampliado, cuenta con nueve (09) OEI y treinta y cuatro (34) AEI, conforme se detalla en los cuadros 1 y 2 presentes a continuación:");

        var numbers = Assert.Single(claims).Numbers;
        Assert.Equal(2, numbers.Count);
        Assert.Equal((ClaimRole.Count, 9m, "OEI", "nueve", 9m), (numbers[0].Role, numbers[0].Value.Value!.Value, numbers[0].CountOf, numbers[0].Words, numbers[0].WordsValue));
        Assert.Equal((ClaimRole.Count, 34m, "AEI", "treinta y cuatro", 34m), (numbers[1].Role, numbers[1].Value.Value!.Value, numbers[1].CountOf, numbers[1].Words, numbers[1].WordsValue));
        Assert.Null(claims[0].SubjectCode);
    }

    [Fact]
    public void Read_WordsDisagreeingWithDigits_KeepsBothValues()
    {
        var number = Assert.Single(Assert.Single(Read(null, "El plan cuenta con treinta y dos (34) Acciones Estratégicas Institucionales.")).Numbers);

        Assert.Equal(34m, number.Value.Value);
        Assert.Equal(32m, number.WordsValue);
        Assert.Equal("AEI", number.CountOf);
    }

    [Fact]
    public void Read_MisspeltHundredsBeforeTheWords_KeepsTheDigitsWithoutWords()
    {
        // Seed 000: "Treientos cincuenta y un (351)" is 351 misspelt, not "cincuenta y un" (51) against 351.
        var numbers = Read(new Period(2024), "El avance anual del POI 2024, que involucran la ejecución de Treientos cincuenta y un (351) Actividades Operativas AO, de las cuales treientos cuarenta y cuatro(344) AO alcanzaron el 95 %.")
            .SelectMany(c => c.Numbers).Where(n => n.Role == ClaimRole.Count).ToList();

        Assert.Contains(numbers, n => n.Value.Value == 351m);
        Assert.All(numbers, n => Assert.Null(n.WordsValue));
    }

    [Fact]
    public void Read_BoldNameRightAfterTheCode_TheCodeStaysTheSubject()
    {
        var claims = Read(new Period(2024), "- ❖ El objetivo Estratégico Institucional OEI 05 **Reducir la Inseguridad Ciudadana en la provincia de Cajamarca.** De acuerdo al análisis POI se encuentra vinculado a 03 Acciones Estratégicas AEI, las que comprenden 6 actividades operativas (AO).");

        Assert.All(claims, c => Assert.Equal("OEI.05", c.SubjectCode));
        Assert.Contains(claims.SelectMany(c => c.Numbers), n => n.Role == ClaimRole.Count && n.Value.Value == 3m);
    }

    [Fact]
    public void Read_SecondFigureWithoutItsVerb_TakesTheFirstFiguresRole()
    {
        // Seed 001, AEI.05.04: the 60% is the Oficina de Informática's execution (its row prints 200%).
        var numbers = Read(null, "AEI.05.04 Digitalización de procesos de información", "", "Para el caso de la Unidad de Trámite Documentario tenemos que solamente ha ejecutado 48%, mientras que para la Oficina de Informática el 60%.")
            .SelectMany(c => c.Numbers).ToList();

        Assert.Equal([(ClaimRole.Progress, 48m), (ClaimRole.Progress, 60m)], numbers.Select(n => (n.Role, n.Value.Value!.Value)));
    }

    [Fact]
    public void Read_FiguresAfterAClosedComparisonWithTheExpected_AreProgresses()
    {
        // Seed 001, AEI.06.01: "menor al esperado, con el 85% y 72%" compares with the expected but is not a threshold.
        var numbers = Read(null, "AEI.06.01 Mejorar la gestión administrativa", "", "Para éste caso tenemos que la Unidad de Contabilidad y la Unidad de Logística tienen una ejecución menor al esperado, con el 85% y 72% respectivamente, mientras que el Departamento de Fiscalización tiene una ejecución del 176%, lo que nos indica una meta bastante subvaluada.")
            .SelectMany(c => c.Numbers).ToList();

        Assert.Equal([85m, 72m, 176m], numbers.Where(n => n.Role == ClaimRole.Progress).Select(n => n.Value.Value!.Value));
    }

    [Fact]
    public void Read_AnaphoricCount_BelongsToTheHeadingObjective()
    {
        var claims = Read(
            null,
            "OEI.04 Mejorar la gestión ambiental en la provincia de Cajamarca.",
            "",
            "Este OEI se enfoca en el número de toneladas de residuos sólidos y contiene (04) Acciones Estratégicas Institucionales:");

        var claim = Assert.Single(claims);
        Assert.Equal("OEI.04", claim.SubjectCode);
        Assert.Equal((ClaimRole.Count, 4m, "AEI"), (claim.Numbers[0].Role, claim.Numbers[0].Value.Value!.Value, claim.Numbers[0].CountOf));
    }

    [Fact]
    public void Read_CountAboutThisAction_BelongsToTheHeadingAction()
    {
        var claims = Read(
            null,
            "AEI.01.01 Programas de prevención contra la violencia de la mujer implementados",
            "",
            "Para el logro de ésta Acción Estratégica Institucional han contribuido tres (03) unidades orgánicas.");

        var claim = Assert.Single(claims);
        Assert.Equal("AEI.01.01", claim.SubjectCode);
        Assert.Equal((ClaimRole.Count, 3m, "unidades orgánicas"), (claim.Numbers[0].Role, claim.Numbers[0].Value.Value!.Value, claim.Numbers[0].CountOf));
    }

    [Theory]
    [InlineData("La Municipalidad Provincial de Cajamarca cuenta con 34 Acciones Estratégicas Institucionales en total.", 34, "AEI")]
    [InlineData("De los 9 Objetivos estratégicos (OEI) de la Municipalidad se analiza el avance.", 9, "OEI")]
    [InlineData("Al término de año, 24 indicadores han obtenido un desempeño alto.", 24, "IND")]
    [InlineData("Según el análisis realizado al cumplimiento de los trece (13) Objetivos Estratégicos Regionales (OER), para el periodo 2024.", 13, "OER")]
    [InlineData("Para el logro de ésta Acción Estratégica Institucional han contribuido 5 unidades orgánicas.", 5, "unidades orgánicas")]
    [InlineData("Se evidencia que seis Objetivos Estratégicos Regionales presentan un nivel bajo.", 6, "OER")]
    [InlineData("Se ejecutaron Trecientos cincuenta y un (351) Actividades Operativas AO.", 351, "AO")]
    public void Read_CountSentence_GivesCount(string sentence, int count, string countOf)
    {
        var number = Assert.Single(Assert.Single(Read(null, sentence)).Numbers);

        Assert.Equal(ClaimRole.Count, number.Role);
        Assert.Equal(count, number.Value.Value);
        Assert.Equal(countOf, number.CountOf);
    }

    /// <summary>Captions and references whose label number stands right before a noun that a count counts, one per caption word
    /// and number-sign variant (a real PEI plan printed "Cuadro n.º 1 Objetivos Estratégicos Institucionales", read as 1 OEI).</summary>
    public static TheoryData<string> Captions =>
    [
        "Cuadro n.º 1 Objetivos Estratégicos Institucionales",
        "Cuadro N.º 4 Acciones Estratégicas Institucionales",
        "Cuadro N.° 5 Indicadores del PEI",
        "Cuadro No. 6 AEI priorizadas",
        "Cuadro no 6 AEI priorizadas",
        "Cuadro Nro. 7 OEI del PEI",
        "Cuadro Nro 7 OEI del PEI",
        "Cuadro N 8 Objetivos Estratégicos",
        "Cuadro N° 02: Acciones Estratégicas Institucionales",
        "Cuadro N°02 Acciones Estratégicas Institucionales",
        "Cuadro Nº 3 Objetivos Estratégicos Institucionales",
        "CUADRO N° 9 Objetivos Estratégicos Institucionales",
        "Cuadro 05- Acciones Estratégicas Institucionales",
        "Tabla N° 2 Acciones Estratégicas Institucionales",
        "Tabla n.º 2 Acciones Estratégicas Institucionales",
        "Tabla 3. Indicadores",
        "Tabla 3.1 Indicadores de las AEI",
        "tabla nº 05 - Objetivos Estratégicos",
        "Gráfico 3 Acciones Estratégicas Institucionales",
        "Grafico N.º 3 OEI con avance",
        "Figura 4 Objetivos Estratégicos",
        "Figura N.º 4 AEI",
        "Anexo 4 Indicadores de desempeño",
        "Anexo N° 2 Objetivos Estratégicos Institucionales",
        "Anexo N.º uno (01) Objetivos Estratégicos Institucionales",
        "Anexo B-7 OEI del PEI",
        "Ilustración 1 Acciones Estratégicas",
        "Ilustracion N.º 1 OEI",
        "Imagen 2 Objetivos Estratégicos Institucionales",
        "imagen Nº 2 AEI",
        "según el Informe N.º 3 Acciones Estratégicas",
    ];

    [Theory]
    [MemberData(nameof(Captions))]
    public void Read_CaptionLabelNumber_IsNotACount(string caption)
    {
        Assert.DoesNotContain(Read(null, caption).SelectMany(c => c.Numbers), n => n.Role == ClaimRole.Count);
    }

    [Theory]
    [MemberData(nameof(Captions))]
    public void Read_CountAfterACaption_IsTheOnlyCount(string caption)
    {
        var counts = Read(null, caption + ", en el que se programaron 12 AEI.").SelectMany(c => c.Numbers).Where(n => n.Role == ClaimRole.Count);

        Assert.Equal([(12m, "AEI")], counts.Select(n => (n.Value.Value!.Value, n.CountOf)));
    }

    [Fact]
    public void Read_CaptionLabelNumberAfterACue_IsNotAFigure()
    {
        Assert.Empty(Read(null, "AEI.01.01 Programas de prevención.", "", "La meta figura en el Cuadro N.º 4 del anexo."));
    }

    [Theory]
    [InlineData("El PEI contiene cuatro (04) Objetivos Estratégicos Institucionales.", "4 OEI")]
    [InlineData("Para el periodo se cuenta con 6 OEI y 24 AEI.", "6 OEI;24 AEI")]
    [InlineData("Se evaluó el avance de las trece (13) Acciones.", "13 acciones")]
    [InlineData("Cuadro N° 5: Avance de las acciones, en el que se programaron 12 AEI.", "12 AEI")]
    [InlineData("En el Gráfico 3 se observa que 5 OEI superan lo esperado.", "5 OEI")]
    public void Read_RealCountsNextToCaptions_StillRead(string sentence, string expected)
    {
        var counts = Read(null, sentence).SelectMany(c => c.Numbers).Where(n => n.Role == ClaimRole.Count);

        Assert.Equal(expected, string.Join(';', counts.Select(n => n.Value.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + n.CountOf)));
    }

    [Fact]
    public void Read_ListOfCodesWithOneFigure_GivesTheFigureToEachCode()
    {
        var claims = Read(null, "Podemos observar que el resultado esperado para los objetivos OEI.02, OEI.03 y OEI.05 alcanzo un 100%, el OEI.04 alcanzo un 77.12%.");

        Assert.Equal(
            [("OEI.02", 100m), ("OEI.03", 100m), ("OEI.05", 100m), ("OEI.04", 77.12m)],
            claims.Select(c => (c.SubjectCode, c.Numbers[0].Value.Value!.Value)));
    }

    [Fact]
    public void Read_FiguresWithTheirYears_GetThoseYears()
    {
        var claims = Read(new Period(2023, null, 2024), "AER.01.02 Recarga hídrica.", "", "El indicador de la AER partía de una línea base de 0.014% en 2020, con metas de 0.021% en 2023 y 0.025% en 2024.");

        Assert.Equal(
            [("AER.01.02", "2023", ClaimRole.Expected, 0.021m), ("AER.01.02", "2024", ClaimRole.Expected, 0.025m)],
            claims.Select(c => (c.SubjectCode, c.Period.ToString(), c.Numbers[0].Role, c.Numbers[0].Value.Value!.Value)));
    }

    [Theory]
    [InlineData("Las dos unidades han tenido una ejecución menor al 100%, resultado por debajo del 75%.")]
    [InlineData("Cuadro N° 01 Objetivos Estratégicos Institucionales (OEI)")]
    [InlineData("Se indica que no se logró el objetivo total debido a la pandemia COVID -19.")]
    [InlineData("El valor se mantiene (3 de 16 cuencas).")]
    [InlineData("AEI.07.02 PROGRAMA DE SALUD ORIENTADOS A POBLACIONES VULNERABLES (Prioridad:2) 88.24")]
    [InlineData("PORCENTAJE DE AVANCES TRUNCADOS AL 100%")]
    [InlineData("El PEI 2024-2028 ampliado se aprobó en el año 2024.")]
    [InlineData("Resolución de Alcaldía N°006 -2025-A-MPC.")]
    [InlineData("Los indicadores cumplen con lo esperado.")]
    [InlineData("En cuanto al indicador de anemia, la línea base fue de 20% en 2021.")]
    [InlineData("Se programaron metas para el año.")]
    public void Read_SentenceWithoutClaim_GivesNothing(string sentence)
    {
        Assert.Empty(Read(null, sentence));
    }

    [Fact]
    public void Read_BoldLabel_IsNotASubjectAndNotACue()
    {
        var claims = Read(null, "AEI.01.01 Estudios integrales.", "", "**Meta física:** 27 publicaciones científicas Indexadas ejecutadas de 36 programadas, con lo cual se alcanza un nivel de ejecución del 75%.");

        var claim = Assert.Single(claims);
        Assert.Equal("AEI.01.01", claim.SubjectCode);
        Assert.Equal((ClaimRole.Progress, 75m), (Assert.Single(claim.Numbers).Role, claim.Numbers[0].Value.Value!.Value));
    }

    [Fact]
    public void Read_FiguresInARow_AreATableRowNotClaims()
    {
        Assert.Empty(Read(null, "4.2 Porcentaje de tesis culminadas Porcentaje Programada 100% 60% 60%"));
    }

    [Fact]
    public void Read_ValoresObtenidosFueron_AreObtainedPerYear()
    {
        var claims = Read(null, "AER.03.03 Salud.", "", "Los valores obtenidos fueron 79.3 en 2023 y 90.9 en 2024, lo que representa un cumplimiento superior al esperado.");

        Assert.Equal([("2023", 79.3m), ("2024", 90.9m)], claims.Select(c => (c.Period.ToString(), c.Numbers[0].Value.Value!.Value)));
        Assert.All(claims, c => Assert.Equal(ClaimRole.Obtained, c.Numbers[0].Role));
    }

    [Fact]
    public void Read_CodeInParentheses_IsNotAFigure()
    {
        var claims = Read(null, "En seguridad ciudadana (OER 05), las tasas de denuncias superan ampliamente las metas (AER 05.01) y no hay evidencia.");

        Assert.Empty(claims);
    }

    [Fact]
    public void Read_TableRow_IsNotAClaim()
    {
        Assert.Empty(Read(null, "1\tOficina de Informática\t1\t1\t100 %", "TOTAL\t\t10,300,560\t11,684,041\t113 %"));
    }

    [Fact]
    public void Read_SentenceNamesAPeriod_OverridesTheEvaluatedPeriod()
    {
        var claim = Assert.Single(Read(S1, "Con respecto a la AEI.01.01, al primer semestre de 2023 tuvo un avance del 40.5%."));

        Assert.Equal(new Period(2023, 1), claim.Period);
    }

    [Theory]
    [InlineData("OEI.04 Mejorar la eficiencia de las acciones de fiscalizaciónAEI.04.01 Ampliar la base tributaria",
        "El Departamento de Fiscalización ha contribuido al logro de ésta Acción Estratégica Institucional con una ejecución del 122%.", "AEI.04.01", 122)]
    [InlineData("OEI.05 Mejorar los sistemas informáticos y tecnologías de la información de la entidadAEI.05.01 Mejoramiento de Sistemas Informáticos",
        "Para el logro de ésta Acción Estratégica Institucional, el la Oficina de Informatica ha ejecutado el 100%, por lo que obtiene un indicador de eficacia de META CUMPLIDA.", "AEI.05.01", 100)]
    public void Read_HeadingWithActionCodeGluedToTheWordBefore_ClaimBelongsToTheAction(string heading, string sentence, string code, int progress)
    {
        // Seed 001: the objective and its first action print as one line, the space before the action's code lost.
        var claims = Read(S1, heading, "", sentence);

        var claim = Assert.Single(claims);
        Assert.Equal(code, claim.SubjectCode);
        Assert.Equal(progress, Assert.Single(claim.Numbers, n => n.Role == ClaimRole.Progress).Value.Value);
    }

    [Fact]
    public void Unglue_CodeGluedToTheWordBefore_SpaceRestored()
        => Assert.Equal("de fiscalización AEI.04.01 Ampliar; OEI.01 y AEI.02", CeplanCode.Unglue("de fiscalizaciónAEI.04.01 Ampliar; OEI.01 y AEI.02"));

    [Fact]
    public void Read_AverageWithoutCode_IsReportWide()
    {
        var claims = Read(S1, "AEI.12.08 ACCIÓN (Prioridad:3) 0.00", "", "Avance promedio de AEI: 50.68");

        var claim = Assert.Single(claims);
        Assert.Null(claim.SubjectCode);
        Assert.Equal(50.68m, claim.Numbers[0].Value.Value);
    }

    [Fact]
    public void Read_Source_IsTheSentencesFirstLine()
    {
        var claims = Read(S1, "Primera oración sin cifras.", "", "Otra oración cualquiera. Respecto a la AEI.04.03 alcanza una", "ejecución física total del 58.13%.");

        var claim = Assert.Single(claims);
        Assert.Equal(1, claim.Source.Page);
        Assert.Equal(claims[0].Source.Box!.Value.Top, ReportText.FromLines(["Primera oración sin cifras.", "", "x"]).Lines[1].Box.Top);
        Assert.Equal("Respecto a la AEI.04.03 alcanza una ejecución física total del 58.13%.", claim.Sentence);
        Assert.Equal(claim.Sentence, claim.Source.Raw);
    }
}

using Ingest.Ceplan.Classification;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Tests.Classification;

public sealed class ReportClassifierTests
{
    private static readonly ProfileSet Profiles = ProfileSet.LoadEmbedded();

    [Fact]
    public void Classify_SeguimientoTitleAndHeader_IsPeiSeguimiento()
    {
        var text = ReportText.FromLines(
        [
            "REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024 DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)",
            "Periodo PEI : 2024 - 2027",
            "Nivel de Gobierno : M - GOBIERNOS LOCALES",
        ]);

        var result = ReportClassifier.Classify(text, Profiles);

        Assert.Equal(ReportKind.PeiSeguimiento, result.Kind);
        Assert.Contains(result.Cues, c => c.StartsWith("title: reporte de seguimiento", StringComparison.Ordinal));
        Assert.InRange(result.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Classify_LetterSpacedAnexoB7_IsPeiSeguimiento()
    {
        var text = ReportText.FromLines(["A nex o B-7", "SEGUIMIENTO DEL PLA N ESTRATÉGICO INSTITUCIONA L (PEI)", "Periodo PEI : 2020 - 2025"]);

        Assert.Equal(ReportKind.PeiSeguimiento, ReportClassifier.Classify(text, Profiles).Kind);
    }

    [Fact]
    public void Classify_EvaluationReportQuotingAnexoB7_IsIeiAnual()
    {
        var text = ReportText.FromLines(
        [
            "Informe de Evaluación Institucional Anual",
            "Correspondiente al año 2024",
            "según lo presentado en el reporte de Seguimiento del Plan Estratégico Institucional PEI (Anexo B-7)",
        ]);

        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(text, Profiles).Kind);
    }

    [Fact]
    public void Classify_ContributionTables_IsPoiContribucion()
    {
        var text = ReportText.FromLines(
        [
            "I. CONTRIBUCIÓN POR ÁREAS A LOS OEI Y AEI",
            "N°\tÁrea\tProgramadas\tEjecutadas\t%",
            "TOTAL\t\t402\t402\t100%",
            "obteniendo un indicador de eficacia de **META CUMPLIDA**.",
            "N°\tÁrea\tProgramadas\tEjecutadas\t%",
        ]);

        Assert.Equal(ReportKind.PoiContribucion, ReportClassifier.Classify(text, Profiles).Kind);
    }

    [Fact]
    public void Classify_PdrcTitle_IsPdrcEvaluacion()
    {
        var text = ReportText.FromLines(["Informe de Evaluación del Plan de Desarrollo", "Regional Concertado- (PDRC) al 2030"]);

        Assert.Equal(ReportKind.PdrcEvaluacion, ReportClassifier.Classify(text, Profiles).Kind);
    }

    [Fact]
    public void Classify_PoiEvaluacionTitle_IsPoiEvaluacion()
    {
        var text = ReportText.FromLines(
        [
            "Evaluación de implementación del POI 2024",
            "Periodo: Anual 2024 • Pliego: 301777 - MUNICIPALIDAD DISTRITAL DE LOS OLIVARES DEL SUR",
            "Índice de Gestión Institucional (IGI): 87.6%",
            "Código\tDescripción\tPrioridad\t1° Semestre\t2° Semestre\tAnual",
        ]);

        var result = ReportClassifier.Classify(text, Profiles);

        Assert.Equal(ReportKind.PoiEvaluacion, result.Kind);
        Assert.Contains(result.Cues, c => c.StartsWith("title: evaluación de implementación del POI", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_PeiPlanWithAlignmentAnnexOfRegionalCodes_IsPeiPlanNotPdrcEvaluacion()
    {
        // The alignment annex quotes the regional plan's OER / AER codes and names the PDRC: that is not a PDRC evaluation.
        var text = ReportText.FromLines(
        [
            "PLAN ESTRATÉGICO INSTITUCIONAL 2023 - 2028",
            "MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LAS LOMAS",
            "Tabla N° 6: Acciones Estratégicas Institucionales",
            "Anexo B-3: Matriz de Objetivos y Acciones Estratégicas Institucionales con sus indicadores",
            "Anexo B-1: Articulación del PEI con el Plan de Desarrollo Regional Concertado",
            "OER.02\tReducir la inseguridad\tAER.02.01\tOEI.01",
            "OER.05\tMejorar la calidad ambiental\tAER.05.03\tOEI.02",
            "OER.07\tMejorar la competitividad\tAER.07.02\tOEI.03",
            "OER.08\tReducir la vulnerabilidad\tAER.08.01\tOEI.05",
            "OER.09\tModernizar la gestión\tAER.09.02\tOEI.06",
        ]);

        var result = ReportClassifier.Classify(text, Profiles);

        Assert.Equal(ReportKind.PeiPlan, result.Kind);
    }

    [Fact]
    public void Classify_SeguimientoOfThePei_IsNotPeiPlan()
    {
        // The seguimiento report and the IEI name the plan in their titles; the report words rule the plan out.
        var seguimiento = ReportText.FromLines(["REPORTE DE SEGUIMIENTO DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)", "Periodo PEI : 2023 - 2028", "Anexo B-3"]);
        var evaluation = ReportText.FromLines(["INFORME DE EVALUACIÓN DE RESULTADOS DEL PLAN ESTRATÉGICO INSTITUCIONAL 2023 - 2028", "Anexo B-3"]);

        Assert.Equal(ReportKind.PeiSeguimiento, ReportClassifier.Classify(seguimiento, Profiles).Kind);
        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(evaluation, Profiles).Kind);
    }

    [Fact]
    public void Classify_PoiSeguimientoTitle_IsPoiSeguimiento()
    {
        var text = ReportText.FromLines(["sábado, 1 de octubre de 2022", "REPORTE DE SEGUIMIENTO DEL PLAN OPERATIVO INSTITUCIONAL", "A ño : 2022"]);

        Assert.Equal(ReportKind.PoiSeguimiento, ReportClassifier.Classify(text, Profiles).Kind);
    }

    [Fact]
    public void Classify_UnrelatedText_IsOther()
    {
        var text = ReportText.FromLines(["ANEXO N°06", "RESUMEN DE RECAUDACIÓN DE INGRESOS POR FUENTE DE FINANCIAMIENTO"]);

        var result = ReportClassifier.Classify(text, Profiles);

        Assert.Equal(ReportKind.Other, result.Kind);
        Assert.Contains("no report kind reached its threshold", result.Cues);
    }

    [Fact]
    public void Classify_NoTextLayer_IsNoText()
    {
        var scan = new Ingest.Pdf.PageContent(1, 595, 842, [], [], [], [], 1, []);

        var result = ReportClassifier.Classify(ReportText.Build([scan, scan with { PageNumber = 2 }]), Profiles);

        Assert.Equal(ReportKind.NoText, result.Kind);
        Assert.Equal(1.0, result.Confidence);
        Assert.Contains("2 pages", result.Cues[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RequiredCueMissing_RulesTheKindOut()
    {
        var profiles = new[]
        {
            Profile("iei-anual", """{ "name": "a", "phrase": "INFORME", "weight": 10 }, { "name": "b", "phrase": "ANUAL", "required": true }"""),
        };

        var result = ReportClassifier.Classify(ReportText.FromLines(["INFORME DE GESTION"]), profiles);

        Assert.Equal(ReportKind.Other, result.Kind);
    }

    [Fact]
    public void Classify_NegativeCue_CountsAgainst()
    {
        var profiles = new[]
        {
            Profile("iei-anual", """{ "name": "a", "phrase": "INFORME", "weight": 6 }, { "name": "b", "phrase": "BORRADOR", "weight": -3 }"""),
        };

        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(ReportText.FromLines(["INFORME"]), profiles).Kind);
        Assert.Equal(ReportKind.Other, ReportClassifier.Classify(ReportText.FromLines(["INFORME BORRADOR"]), profiles).Kind);
    }

    [Fact]
    public void Classify_Tie_GoesToTheFirstIdentifierWhateverTheOrder()
    {
        var a = Profile("pei-seguimiento", """{ "name": "a", "phrase": "REPORTE", "weight": 6 }""");
        var b = Profile("iei-anual", """{ "name": "b", "phrase": "REPORTE", "weight": 6 }""");
        var text = ReportText.FromLines(["REPORTE"]);

        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(text, [a, b]).Kind);
        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(text, [b, a]).Kind);
    }

    [Fact]
    public void Classify_StartScope_IgnoresLaterLines()
    {
        var profiles = new[] { Profile("iei-anual", """{ "name": "a", "phrase": "INFORME ANUAL", "scope": "start", "weight": 6 }""") };
        var late = Enumerable.Repeat("texto", 70).Append("INFORME ANUAL");

        Assert.Equal(ReportKind.Other, ReportClassifier.Classify(ReportText.FromLines(late), profiles).Kind);
        Assert.Equal(ReportKind.IeiAnual, ReportClassifier.Classify(ReportText.FromLines(["INFORME ANUAL"]), profiles).Kind);
    }

    [Fact]
    public void Classify_MinCount_NeedsThatManyMatches()
    {
        var profiles = new[] { Profile("pei-seguimiento", """{ "name": "rows", "pattern": "^IND\\.", "minCount": 3, "weight": 6 }""") };

        Assert.Equal(ReportKind.Other, ReportClassifier.Classify(ReportText.FromLines(["IND.01.AEI.01.01", "IND.01.AEI.01.02"]), profiles).Kind);
        Assert.Equal(ReportKind.PeiSeguimiento, ReportClassifier.Classify(ReportText.FromLines(["IND.01.AEI.01.01", "IND.01.AEI.01.02", "IND.01.AEI.01.03"]), profiles).Kind);
    }

    [Theory]
    [InlineData("REPORTEDESEGUIMIENTOALPRIMERSEMESTREDE2024DELPLANESTRATEGICOINSTITUCIONAL", "REPORTE DE SEGUIMIENTO ... PLAN ESTRATEGICO INSTITUCIONAL", 1)]
    [InlineData("REPORTEDESEGUIMIENTO" + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" + "PLANESTRATEGICOINSTITUCIONAL", "REPORTE DE SEGUIMIENTO ... PLAN ESTRATEGICO INSTITUCIONAL", 0)]
    [InlineData("ABCABCABC", "abc", 3)]
    [InlineData("PLANESTRATEGICO", "Plan Estratégico", 1)]
    [InlineData("PLAN", "", 0)]
    public void CountPhrase_SquashedText_CountsOccurrences(string squashed, string phrase, int expected)
    {
        Assert.Equal(expected, ReportClassifier.CountPhrase(squashed, phrase, 60));
    }

    [Fact]
    public void Classify_SameInput_GivesTheSameResult()
    {
        var text = ReportText.FromLines(["REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024 DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)", "Periodo PEI : 2024 - 2027"]);

        var first = ReportClassifier.Classify(text, Profiles);
        var second = ReportClassifier.Classify(text, Profiles);

        Assert.Equal(first.Kind, second.Kind);
        Assert.Equal(first.Confidence, second.Confidence);
        Assert.Equal(first.Cues, second.Cues);
    }

    private static ReportProfile Profile(string kind, string cues)
        => ProfileSet.Parse($$"""{ "kind": "{{kind}}", "recognise": { "threshold": 5, "cues": [ {{cues}} ] }, "tables": [] }""", kind + ".json");
}

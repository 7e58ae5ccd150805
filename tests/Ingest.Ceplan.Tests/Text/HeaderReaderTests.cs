using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Tests.Text;

public sealed class HeaderReaderTests
{
    [Fact]
    public void Read_SeguimientoHeaderBlock_ReadsEntityUbigeoPlanAndPeriod()
    {
        var text = ReportText.FromLines(
        [
            "REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024 DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)",
            "",
            "Periodo PEI : 2024 - 2027  ",
            " Nivel de Gobierno : M - GOBIERNOS LOCALES  ",
            " Departamento : 04 - AREQUIPA  ",
            " Provincia : 0401 - AREQUIPA  ",
            " Distrito : 040129 - JOSE LUIS BUSTAMANTE Y RIVERO  ",
            " Unidad Ejecutora : 300359 - MUNICIPALIDAD DISTRITAL DE JOSE LUIS BUSTAMANTE Y RIVERO",
        ]);

        var header = HeaderReader.Read(text);

        Assert.Equal("REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024 DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)", header.Title);
        Assert.Equal(new Period(2024, 1), header.EvaluatedPeriod);
        Assert.Equal(new PlanInfo("PEI", 2024, 2027, "2024 - 2027"), header.Plan);
        var entity = Assert.IsType<EntityInfo>(header.Entity);
        Assert.Equal("300359", entity.Code);
        Assert.Equal("MUNICIPALIDAD DISTRITAL DE JOSE LUIS BUSTAMANTE Y RIVERO", entity.Name);
        Assert.Equal("M - GOBIERNOS LOCALES", entity.NivelGobierno);
        Assert.Equal(new Place("04", "AREQUIPA"), entity.Departamento);
        Assert.Equal(new Place("0401", "AREQUIPA"), entity.Provincia);
        Assert.Equal(new Place("040129", "JOSE LUIS BUSTAMANTE Y RIVERO"), entity.Distrito);
        Assert.Equal(6, header.Fields!.Count);
    }

    [Fact]
    public void Read_AnexoB7Layout_ReadsPliegoSectorAndPlan()
    {
        var text = ReportText.FromLines(
        [
            "A nex o B-7",
            "SEGUIMIENTO DEL PLA N ESTRATÉGICO INSTITUCIONA L (PEI)",
            "",
            "Periodo PEI : 2020 - 2025",
            "Nivel de Gobierno : E - GOBIERNO NACIONAL",
            "Sec tor : 05 - AMBIENTAL",
            "Pliego : 112 - INSTITUTO GEOFISICO DEL PERU",
            "",
            "OEI.01 INCREMENTAR EL CONOCIMIENTO CIENTIFICO (Prioridad:1)",
        ]);

        var header = HeaderReader.Read(text);

        Assert.Equal(new PlanInfo("PEI", 2020, 2025, "2020 - 2025"), header.Plan);
        Assert.Equal("05 - AMBIENTAL", header.Sector);
        Assert.Equal(new EntityInfo("112", "INSTITUTO GEOFISICO DEL PERU", "E - GOBIERNO NACIONAL", null, null, null), header.Entity);
        Assert.StartsWith("A nex o B-7 SEGUIMIENTO", header.Title, StringComparison.Ordinal);
        Assert.Null(header.EvaluatedPeriod);
    }

    [Fact]
    public void Read_SeveralPairsOnOneLine_SplitsThem()
    {
        var text = ReportText.FromLines(["Periodo PEI : 2022 - 2027 Nivel de Gobierno : M - GOBIERNOS LOCALES Departamento : 06 - CAJAMARCA"]);

        var header = HeaderReader.Read(text);

        Assert.Equal(2022, header.Plan!.StartYear);
        Assert.Equal("M - GOBIERNOS LOCALES", header.Entity!.NivelGobierno);
        Assert.Equal(new Place("06", "CAJAMARCA"), header.Entity.Departamento);
    }

    [Fact]
    public void Read_SiafEjecutoraWithBracketCode_ReadsTheBracketCode()
    {
        var text = ReportText.FromLines(["SECTOR : 05 AMBIENTAL", "PLIEGO : 112 INSTITUTO GEOFISICO DEL PERU", "EJECUTORA : 001 INSTITUTO GEOFISICO DEL PERU [000084]"]);

        var entity = HeaderReader.Read(text).Entity!;

        Assert.Equal("000084", entity.Code);
        Assert.Equal("INSTITUTO GEOFISICO DEL PERU", entity.Name);
    }

    [Fact]
    public void Read_WordCoverPage_ReadsCodedEntityAndYear()
    {
        var text = ReportText.FromLines(
        [
            "300549: MUNICIPALIDAD PROVINCIAL DE CAJAMARCA",
            "",
            "Informe de Evaluación Institucional Anual",
            "",
            "Correspondiente al año 2024",
            "",
            "El PEI 2024-2028 ampliado, cuenta con nueve (09) OEI.",
        ]);

        var header = HeaderReader.Read(text);

        Assert.Equal("Informe de Evaluación Institucional Anual", header.Title);
        Assert.Equal(new Period(2024), header.EvaluatedPeriod);
        Assert.Equal("300549", header.Entity!.Code);
        Assert.Equal("MUNICIPALIDAD PROVINCIAL DE CAJAMARCA", header.Entity.Name);
        Assert.Equal(("PEI", 2024, 2028), (header.Plan!.Type, header.Plan.StartYear, header.Plan.EndYear));
    }

    [Fact]
    public void Read_PdrcTitle_ReadsPeriodRangeAndTheMostPrintedPlanYear()
    {
        var text = ReportText.FromLines(
        [
            "GOBIERNO REGIONAL DEL DEPARTAMENTO DE CAJAMARCA",
            "",
            "Informe de Evaluación del Plan de Desarrollo",
            "Regional Concertado- (PDRC) al 2030 Pliego",
            "GORECAJ Correspondiente a los Periodos",
            "2023-2024",
            "",
            "I. Descripción del Plan de Desarrollo Regional Concertado – PDRC Cajamarca 2033",
            "",
            "La evaluación del PDRC Cajamarca 2033 correspondiente al periodo 2023–2024.",
        ]);

        var header = HeaderReader.Read(text);

        Assert.Equal(new Period(2023, null, 2024), header.EvaluatedPeriod);
        Assert.Equal("PDRC", header.Plan!.Type);
        Assert.Equal(2033, header.Plan.EndYear);
        Assert.Null(header.Plan.StartYear);
        Assert.Equal("GOBIERNO REGIONAL DEL DEPARTAMENTO DE CAJAMARCA", header.Entity!.Name);
        Assert.Null(header.Entity.Code);
    }

    [Fact]
    public void Read_EvaluacionDeResultadosTitle_TakesTheYearNotThePlanSpan()
    {
        var text = ReportText.FromLines(["INFORME DE EVALUACIÓN DE RESULTADOS DEL PLAN ESTRATÉGICO INSTITUCIONAL - PEI 2017-2019", "", "PERIODO - AÑO 2018"]);

        var header = HeaderReader.Read(text);

        Assert.Equal(new Period(2018), header.EvaluatedPeriod);
        Assert.Equal(("PEI", 2017, 2019), (header.Plan!.Type, header.Plan.StartYear, header.Plan.EndYear));
    }

    [Fact]
    public void Read_NoHeader_GivesNulls()
    {
        var header = HeaderReader.Read(ReportText.FromLines(["I. CONTRIBUCIÓN POR ÁREAS A LOS OEI Y AEI", "", "N°\tÁrea\tProgramadas"]));

        Assert.Null(header.Title);
        Assert.Null(header.Entity);
        Assert.Null(header.Plan);
        Assert.Null(header.EvaluatedPeriod);
        Assert.Empty(header.Fields!);
    }

    [Theory]
    [InlineData("REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024 DEL PLAN", "2024-S1")]
    [InlineData("Reporte de seguimiento al segundo semestre del 2023", "2023-S2")]
    [InlineData("Informe de Evaluación del PDRC correspondiente a los periodos 2023-2024", "2023-2024")]
    [InlineData("Correspondiente al año 2024", "2024")]
    [InlineData("Año : 2022", "2022")]
    [InlineData("PERIODO - AÑO 2018", "2018")]
    public void TryReadPeriod_StatedPeriod_GivesKey(string text, string key)
    {
        Assert.True(HeaderReader.TryReadPeriod(text, out var period));
        Assert.Equal(key, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Oficina General de Planeamiento")]
    [InlineData("2024 - 2027")]
    public void TryReadPeriod_NoPeriod_ReturnsFalse(string text)
    {
        Assert.False(HeaderReader.TryReadPeriod(text, out _));
    }

    public static TheoryData<string, string?, string?, string?, string?> Pdfs => new()
    {
        { "seeds/000.pdf", "300549", "2024", "PEI 2024-2028", "Informe de Evaluación Institucional Anual" },
        { "seeds/002.pdf", "300597", "2024-S1", "PEI 2022-2027", "REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024" },
        { "seeds/003.pdf", null, "2023-2024", "PDRC -2033", "Informe de Evaluación del Plan de Desarrollo Regional Concertado" },
        { "seeds/004.pdf", "300359", "2024-S1", "PEI 2024-2027", "REPORTE DE SEGUIMIENTO AL PRIMER SEMESTRE DE 2024" },
        { "peru/2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf", "112", null, "PEI 2020-2025", "A nex o B-7 SEGUIMIENTO" },
        { "peru/REPORTE_EVALUACION_PEI_2020_2024.pdf", "112", null, "PEI 2020-2024", "Anexo B-7 SEGUIMIENTO" },
        { "peru/REPORTE_EVALUACION_PEI_2017_2019_2018.pdf", "112", null, "PEI 2017-2019", null },
        { "peru/2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf", "000084", "2022", null, "REPORTE DE SEGUIMIENTO DEL PLAN OPERATIVO INSTITUCIONAL" },
        { "peru/EVALUACION_PEI_2017_2019_2018.pdf", null, "2018", "PEI 2017-2019", "INFORME DE EVALUACIÓN DE RESULTADOS DEL PLAN ESTRATÉGICO INSTITUCIONAL" },
    };

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Read_CorpusPdf_ReadsItsHeader(string file, string? entityCode, string? period, string? plan, string? titleStart)
    {
        var header = HeaderReader.Read(CeplanCorpus.PdfText(file));

        Assert.Equal(entityCode, header.Entity?.Code);
        Assert.Equal(period, header.EvaluatedPeriod?.ToString());
        Assert.Equal(plan, header.Plan is null ? null : $"{header.Plan.Type} {header.Plan.StartYear}-{header.Plan.EndYear}");
        if (titleStart is null)
        {
            Assert.Null(header.Title);
        }
        else
        {
            Assert.StartsWith(titleStart, header.Title, StringComparison.Ordinal);
        }
    }
}

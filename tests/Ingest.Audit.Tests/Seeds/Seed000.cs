namespace Ingest.Audit.Tests.Seeds;

/// <summary>Seed 000 (iei-anual, MP Cajamarca, 2024), built from the values of <c>seeds/000_1b1ef5abb8bc6af6.txt</c> (Cuadros 01, 02, 05, 06, sections 3 and 4, four POI tables, conclusions).</summary>
internal static class Seed000
{
    public static CeplanReport Build()
    {
        var b = new ReportBuilder("000_1b1ef5abb8bc6af6.pdf", "2024");
        b.OnPage(4);
        string[] objectives = ["OEI.01", "OEI.02", "OEI.03", "OEI.04", "OEI.05", "OEI.06", "OEI.07", "OEI.08", "OEI.09"];
        foreach (var code in objectives)
        {
            b.Objective(code);
        }

        // Cuadro N° 06: the avance of the 34 AEI (Cuadro N° 02 lists the same codes).
        b.OnPage(12);
        (string Code, string Avance)[] cuadro06 =
        [
            ("AEI.01.01", "100"), ("AEI.01.02", "87.02"), ("AEI.01.03", "100"), ("AEI.02.01", "100"), ("AEI.02.02", "100"), ("AEI.03.01", "34.45"),
            ("AEI.03.02", "39.08"), ("AEI.03.03", "80.83"), ("AEI.04.01", "88.28"), ("AEI.04.02", "100"), ("AEI.04.03", "45.2"), ("AEI.04.04", "100"),
            ("AEI.05.01", "100"), ("AEI.05.02", "100"), ("AEI.05.03", "100"), ("AEI.05.04", "100"), ("AEI.06.01", "100"), ("AEI.06.02", "ND"),
            ("AEI.06.03", "100"), ("AEI.06.04", "100"), ("AEI.07.01", "100"), ("AEI.07.02", "100"), ("AEI.07.03", "69.2"), ("AEI.07.04", "100"),
            ("AEI.08.01", "100"), ("AEI.08.02", "100"), ("AEI.08.03", "100"), ("AEI.09.01", "100"), ("AEI.09.02", "100"), ("AEI.09.03", "100"),
            ("AEI.09.04", "100"), ("AEI.09.05", "50"), ("AEI.09.06", "100"), ("AEI.09.07", "94.27"),
        ];
        foreach (var (code, avance) in cuadro06)
        {
            b.Action(code, "AEI " + code, "2024=" + avance);
        }

        // Cuadro N° 05: desempeño of the AEI per OEI.
        b.OnPage(11).Summary("Cuadro N° 05 nivel de desempeño de los OEI, AEI e indicadores según PEI", SummarySubject.Actions, "2024", notAvailable: true, total: true,
            "OEI.01|0|1|2||3", "OEI.02|0|0|2||2", "OEI.03|2|1|0||3", "OEI.04|1|1|2||4", "OEI.05|0|0|4||4", "OEI.06|0|0|3|1|4", "OEI.07|1|0|3||4", "OEI.08|0|0|3||3",
            "OEI.09|1|1|5||7", "Total|5|4|24|1|34");

        // Section 3: the OEI indicators quoted in the text.
        b.OnPage(7)
            .Indicator("IND.01.OEI.01", "Porcentaje de la población urbana sin acceso al servicio de agua potable mediante red pública", sentido: Sentido.Descendente, expected: "2024=6%", obtained: "2024=12.19%")
            .Indicator("IND.01.OEI.04", "Número de toneladas de residuos sólidos con adecuada disposición final", sentido: Sentido.Ascendente, expected: "2024=75,167", obtained: "2024=57,967")
            .Indicator("IND.01.OEI.08", "Número de edificaciones aprobadas en el distrito de Cajamarca", sentido: Sentido.Ascendente, expected: "2024=900", obtained: "2024=630");
        b.OnPage(10)
            .Claim("el OEI.04 alcanzo un 77.12%, el OEI.01 alcanzo un 49.55%, y el OEI.08 alcanzo un 70%.", "OEI.04", b.Number(ClaimRole.Progress, "77.12%"))
            .Claim("el OEI.01 alcanzo un 49.55%", "OEI.01", b.Number(ClaimRole.Progress, "49.55%"))
            .Claim("el OEI.08 alcanzo un 70%.", "OEI.08", b.Number(ClaimRole.Progress, "70%"));

        // Section 4.2.1: the AEI indicators with their annual targets and results.
        b.OnPage(13)
            .Indicator("IND.01.AEI.01.01", "Porcentaje de la población urbana sin acceso a servicios de alcantarillado", sentido: Sentido.Descendente, expected: "2024=11.86 %", obtained: "2024=11.28%")
            .Indicator("IND.01.AEI.01.02", "porcentaje de prestadores rurales que gestionan oportunamente la prestación de los servicios", Relevance.MuyRelevante, Sentido.Ascendente, expected: "2024=56%", obtained: "2024=67.15%")
            .Indicator("IND.02.AEI.01.02", "Porcentaje de los prestadores rurales que realizan operación y mantenimiento oportunamente", Relevance.Relevante, Sentido.Ascendente, expected: "2024=40.36%", obtained: "2024=24.64%")
            .Indicator("IND.01.AEI.01.03", "Porcentaje de beneficiarios rurales que reciben agua de calidad", sentido: Sentido.Ascendente, expected: "2024=1.29%", obtained: "2024=33.65%")
            .Indicator("IND.02.AEI.01.03", "Porcentaje de beneficiarios rurales que reciben una adecuada disposición sanitaria de excretas", sentido: Sentido.Ascendente, expected: "2024=0.67%", obtained: "2024=3.93%")
            .Indicator("IND.01.AEI.03.01", "Número de Licencias de conducir (Clase B) otorgadas", sentido: Sentido.Ascendente, expected: "2024=15,000", obtained: "2024=5,167")
            .Indicator("IND.01.AEI.03.02", "Número de transportistas, peatones y estudiantes capacitados en seguridad vial", sentido: Sentido.Ascendente, expected: "2024=8,000", obtained: "2024=5000")
            .Indicator("IND.02.AEI.03.02", "Número de metros cuadrados de vías urbanas con señalización horizontal", sentido: Sentido.Ascendente, expected: "2024=135,000", obtained: "2024=48,542")
            .Indicator("IND.03.AEI.03.02", "Número de vías urbanas con señalización vertical adecuado", sentido: Sentido.Ascendente, expected: "2024=740", obtained: "2024=139")
            .Indicator("IND.01.AEI.03.03", "Número de kilómetros pavimentados en la zona urbana", sentido: Sentido.Ascendente, expected: "2024=8", obtained: "2024=3.4")
            .Indicator("IND.02.AEI.03.03", "Número de kilómetros de caminos vecinales en buenas condiciones", sentido: Sentido.Ascendente, expected: "2024=370", obtained: "2024=387")
            .Indicator("IND.03.AEI.03.03", "Número de Kilómetros de caminos vecinales con mantenimiento", sentido: Sentido.Ascendente, expected: "2024=290", obtained: "2024=290")
            .Indicator("IND.01.AEI.04.01", "Porcentaje de cobertura del servicio de Limpieza Pública", sentido: Sentido.Ascendente, expected: "2024=93%", obtained: "2024=60.31%")
            .Indicator("IND.02.AEI.04.01", "Porcentaje de toneladas anuales de residuos sólidos inorgánicos recuperados", sentido: Sentido.Ascendente, expected: "2024=0.72%", obtained: "2024=1.71%")
            .Indicator("IND.03.AEI.04.01", "Porcentaje de toneladas anuales de residuos sólidos orgánicos recuperados", sentido: Sentido.Ascendente, expected: "2024=2.07%", obtained: "2024=2.76%")
            .Indicator("IND.01.AEI.04.03", "Número de hectáreas degradadas intervenidas", sentido: Sentido.Ascendente, expected: "2024=200", obtained: "2024=5.52")
            .Indicator("IND.02.AEI.04.03", "Número de metros cuadrados de áreas verdes por habitante", sentido: Sentido.Ascendente, expected: "2024=1.70m", obtained: "2024=1.49m")
            .Indicator("IND.01.AEI.06.02", "Número de zonas vulnerables con evaluaciones con determinación de riesgo", sentido: Sentido.Ascendente, expected: "2024=0", obtained: "2024=2")
            .Indicator("IND.01.AEI.07.03", "Número de familias beneficiadas con cultivos alternativos", sentido: Sentido.Ascendente, expected: "2024=160", obtained: "2024=5,570")
            .Indicator("IND.02.AEI.07.03", "Número de familias beneficiadas con cultivos de frutales", sentido: Sentido.Ascendente, expected: "2024=150", obtained: "2024=470")
            .Indicator("IND.03.AEI.07.03", "Número de familias beneficiadas con pastos instaladas", sentido: Sentido.Ascendente, expected: "2024=210", obtained: "2024=16")
            .Indicator("IND.01.AEI.09.05", "Número de Proyectos Digitales formulados y ejecutados", sentido: Sentido.Ascendente, expected: "2024=04", obtained: "2024=04")
            .Indicator("IND.02.AEI.09.05", "Número de Procesos optimizados y digitalizados", sentido: Sentido.Ascendente, expected: "2024=13", obtained: "2024=0")
            .Indicator("IND.01.AEI.09.07", "Porcentaje de ejecución presupuestal", sentido: Sentido.Ascendente, expected: "2024=82.9%", obtained: "2024=73.40%")
            .Indicator("IND.02.AEI.09.07", "Número de inversiones ejecutadas y liquidadas", sentido: Sentido.Ascendente, expected: "2024=23", obtained: "2024=24");
        (string Code, string Avance)[] semestral =
        [
            ("AEI.01.01", "100%"), ("AEI.01.02", "87.02%"), ("AEI.01.03", "100%"), ("AEI.03.01", "34.45%"), ("AEI.03.02", "39.08"), ("AEI.03.03", "80.83%"),
            ("AEI.04.01", "88.28%"), ("AEI.04.03", "45.20%"), ("AEI.06.02", "ND"), ("AEI.07.03", "69.20%"), ("AEI.09.05", "50%"), ("AEI.09.07", "94.27%"),
        ];
        foreach (var (code, avance) in semestral)
        {
            b.Claim("Avance semestral: " + avance, code, b.Number(ClaimRole.Progress, avance));
        }

        // "contiene (0N) Acciones Estratégicas Institucionales" (section 3), "Dispone de (N)" (section 4.2.1), "vinculado a 0N" (POI).
        b.OnPage(6);
        foreach (var (code, count) in new[] { ("OEI.01", "03"), ("OEI.02", "02"), ("OEI.03", "03"), ("OEI.04", "04"), ("OEI.05", "04"), ("OEI.06", "04"), ("OEI.07", "04"), ("OEI.08", "04"), ("OEI.09", "07") })
        {
            b.Claim("Este OEI ... contiene (" + count + ") Acciones Estratégicas Institucionales", code, b.Number(ClaimRole.Count, count, "Acciones Estratégicas Institucionales"));
        }

        b.OnPage(13);
        foreach (var (code, count) in new[] { ("OEI.01", "3"), ("OEI.02", "2"), ("OEI.03", "3"), ("OEI.04", "3"), ("OEI.05", "4"), ("OEI.06", "4"), ("OEI.07", "4"), ("OEI.08", "3"), ("OEI.09", "7") })
        {
            b.Claim("Dispone de (" + count + ") Acciones Estratégicas Institucionales", code, b.Number(ClaimRole.Count, count, "Acciones Estratégicas Institucionales"));
        }

        b.OnPage(20);
        foreach (var (code, count) in new[] { ("OEI.01", "03"), ("OEI.02", "02"), ("OEI.03", "03"), ("OEI.04", "04"), ("OEI.05", "03"), ("OEI.06", "04"), ("OEI.07", "04"), ("OEI.08", "03"), ("OEI.09", "07") })
        {
            b.Claim("De acuerdo al análisis POI se encuentra vinculado a " + count + " Acciones Estratégicas AEI", code, b.Number(ClaimRole.Count, count, "AEI"));
        }

        // POI tables per OEI: número de AO, AO con ejecución >= 100 %, promedio de ejecución física.
        const string PoiColumns = "Código|Acción estratégica|Número de AO:count|AO con ejecución >= 100%:count|Promedio de ejecución física:average";
        b.Table("POI OEI.01", "OEI.01", PoiColumns, "#OEI.01|Garantizar", "AEI.01.01|PRESTACIÓN|3|3|100", "AEI.01.02|FORTALECIMIENTO|4|4|100", "AEI.01.03|PRESTACIÓN RURAL|25|24|94", "TOTAL||32|31|98.00")
            .Table("POI OEI.03", "OEI.03", PoiColumns, "#OEI.03|Mejorar", "AEI.03.01|ORDENAMIENTO|3|3|100", "AEI.03.02|SEGURIDAD VIAL|8|8|100", "AEI.03.03|INFRAESTRUCTURA|120|118|99", "TOTAL||131|129|100")
            .Table("POI OEI.04", "OEI.04", PoiColumns, "#OEI.04|Mejorar", "AEI.04.01|GESTIÓN|7|6|95.5", "AEI.04.02|PROGRAMA|12|11|100", "AEI.04.03|RECUPERACIÓN|3|3|100", "AEI.04.04|PLAN|2|2|100", "TOTAL||24|22|98.8")
            .Table("POI OEI.09", "OEI.09", PoiColumns, "#OEI.09|Fortalecer", "AEI.09.01|ATENCIÓN|3|3|100", "AEI.09.02|FISCALIZACIÓN|10|9|99", "AEI.09.03|GESTIÓN|31|31|100",
                "AEI.09.04|SERVICIO CIVIL|5|5|100", "AEI.09.05|PLAN|6|6|100", "AEI.09.07|GESTIÓN PRESUPUESTAL|10|10|100", "TOTAL||65|64|100");

        // Tabla 1: POI execution per OEI (priority-weighted mean of its AEI) and the IGI (priority-weighted mean of the OEI).
        b.OnPage(24).Table("Tabla 1. Avance de ejecución física del POI Modificado por OEI y AEI del PEI", null,
            "Código|Descripción|Prioridad:priority|N° de AO/Inversión:count|1° Semestre:average:2024-S1|2° Semestre:average:2024-S2|Anual:average:2024",
            "#OEI.01|MEJORAR LA COBERTURA|1||100 %|99 %|99 %", "AEI.01.01|x|1|3|100 %|100 %|100 %", "AEI.01.02|x|2|4|100 %|100 %|100 %", "AEI.01.03|x|3|25|100 %|94 %|94 %",
            "#OEI.02|MEJORAR LOS SERVICIOS|2||100 %|100 %|100 %", "AEI.02.01|x|1|33|100 %|100 %|100 %", "AEI.02.02|x|2|7|100 %|100 %|100 %",
            "#OEI.03|MEJORAR EL SERVICIO|3||100 %|100 %|100 %", "AEI.03.01|x|1|3|100 %|100 %|100 %", "AEI.03.02|x|2|8|100 %|100 %|100 %", "AEI.03.03|x|3|120|100 %|99 %|99 %",
            "#OEI.04|MEJORAR LA GESTIÓN AMBIENTAL|4||98 %|98 %|98 %", "AEI.04.01|x|1|7|96 %|95 %|95 %", "AEI.04.02|x|2|12|99 %|100 %|100 %", "AEI.04.03|x|3|3||100 %|100 %", "AEI.04.04|x|4|2|100 %|100 %|100 %",
            "#OEI.05|REDUCIR LA INSEGURIDAD|5||100 %|100 %|100 %", "AEI.05.01|x|1|2|100 %|100 %|100 %", "AEI.05.03|x|3|1|100 %|100 %|100 %", "AEI.05.04|x|4|3|100 %|100 %|100 %",
            "#OEI.06|MEJORAR LA GESTIÓN DE RIESGO|6||100 %|100 %|100 %", "AEI.06.01|x|1|5|100 %|100 %|100 %", "AEI.06.02|x|2|1|100 %|100 %|100 %", "AEI.06.03|x|3|1|100 %|100 %|100 %", "AEI.06.04|x|4|1|100 %|100 %|100 %",
            "#OEI.07|PROMOVER EL DESARROLLO|7||100 %|99 %|100 %", "AEI.07.01|x|1|4|100 %|100 %|100 %", "AEI.07.02|x|2|4|100 %|100 %|100 %", "AEI.07.03|x|3|21|100 %|97 %|100 %", "AEI.07.04|x|4|8|100 %|100 %|100 %",
            "#OEI.08|PROMOVER EL DESARROLLO URBANO|8||100 %|100 %|100 %", "AEI.08.01|x|1|3|100 %|100 %|100 %", "AEI.08.02|x|2|4|100 %|100 %|100 %", "AEI.08.03|x|3|1|100 %|100 %|100 %",
            "#OEI.09|FORTALECER LA GESTIÓN INSTITUCIONAL|9||100 %|100 %|100 %", "AEI.09.01|x|1|3|100 %|100 %|100 %", "AEI.09.02|x|2|10|100 %|98 %|99 %", "AEI.09.03|x|3|31|100 %|100 %|100 %",
            "AEI.09.04|x|4|5|100 %|100 %|100 %", "AEI.09.05|x|5|6|100 %|100 %|100 %", "AEI.09.07|x|7|10|100 %|100 %|100 %",
            "TOTAL|Índice de Gestión Institucional (IGI)||351|100 %|99 %|99 %");

        // Introduction and conclusions.
        b.OnPage(3)
            .Claim("cuenta con nueve (09) OEI y treinta y cuatro (34) AEI", null, b.Number(ClaimRole.Count, "09", "OEI", "nueve"), b.Number(ClaimRole.Count, "34", "AEI", "treinta y cuatro"))
            .Claim("cuenta con 34 Acciones Estratégicas Institucionales en total", null, b.Number(ClaimRole.Count, "34", "Acciones Estratégicas Institucionales"));
        b.OnPage(30)
            .Claim("cuatro (04) de las treinta dos (32) Acciones Estratégicas Institucionales ... alcanzaron o superaron el 94 %", null,
                b.Number(ClaimRole.Count, "32", "Acciones Estratégicas Institucionales", "treinta dos"));
        return b.Build();
    }
}

namespace Ingest.Audit.Tests.Seeds;

/// <summary>Seed 001 (poi-contribucion, SAT Cajamarca), built from the values of <c>seeds/001_c053475936867e4f.txt</c>.</summary>
internal static class Seed001
{
    private const string Areas = "N°|Área|Programadas:programmed|Ejecutadas:executed|%:percent";
    private const string Summary = "Nº|Código|Objetivo / Acción|Programadas:programmed|Ejecutadas:executed|Eficacia:percent";

    public static CeplanReport Build()
    {
        var b = new ReportBuilder("001_c053475936867e4f.pdf");
        b.OnPage(1)
            .Table("AEI.01.01 Incrementar de manera sostenida la recaudación", "AEI.01.01", Areas,
                "1|Oficina de Informática|1|1|100 %", "2|Gerencia de Operaciones|22|16|73 %", "3|Departamento de Atención y Servicios|1,267,432|1,599,240|126 %",
                "4|Departamento de Gestión de Cobranza|8,618,788|9,265,225|108 %", "5|Departamento de Fiscalización|414,317|819,559|198 %", "TOTAL||10,300,560|11,684,041|113 %")
            .Claim("Para el logro de ésta Acción Estratégica Institucional han contribuido 5 unidades orgánicas, de las cuales solamente la Gerencia de Operaciones ha tenido una ejecución menor al 100%.", "AEI.01.01",
                b.Number(ClaimRole.Count, "5", "unidades orgánicas"), b.Number(ClaimRole.Other, "100%"))
            .Claim("Respecto a la meta total tenemos una ejecución del 113%, por lo que obtiene un indicador de eficacia de META SUBVALUADA.", "AEI.01.01", b.Number(ClaimRole.Progress, "113%"))
            .Table("AEI.02.01 Reducir los tiempos de espera para la atención", "AEI.02.01", Areas, "1|Departamento de Atención y Servicios|18|18|100%", "2|Departamento de Reclamos|384|384|100%", "TOTAL||402|402|100%")
            .Claim("Las dos Unidades orgánicas que han contribuido al logro", "AEI.02.01", b.Number(ClaimRole.Count, "2", "unidades orgánicas"))
            .Table("AEI.02.02 Reducir las quejas de los usuarios", "AEI.02.02", Areas, "1|Departamento de Atención y Servicios|3|3|100%", "2|Unidad de Defensoría del Contribuyente y Administrado|440|453|103%", "TOTAL||443|456|103%")
            .Table("AEI.02.03 Resolver los recursos contenciosos", "AEI.02.03", Areas, "1|Departamento de Reclamos|813|487|60%", "TOTAL||813|487|60%");
        b.OnPage(2)
            .Table("AEI.03.01 Garantizar el adecuado control de la deuda", "AEI.03.01", Areas, "1|Unidad de Trámite Documentario|340,336|59,091|17%", "2|Departamento de Gestión de Cobranza|19,126|11,431|60%", "TOTAL||359,462|70,522|20%")
            .Claim("Para el caso de la Unidad de Trámite Documentario tenemos que solamente ha ejecutado 17%, mientras que para el Departamento de Gestión de Cobranza el 60%.", "AEI.03.01",
                b.Number(ClaimRole.Progress, "17%"), b.Number(ClaimRole.Progress, "60%"))
            .Table("AEI.03.02 Mejorar la gestión de cobranza", "AEI.03.02", Areas, "1|Departamento de Gestión de Cobranza|188,497|181,332|96%", "TOTAL||188,497|181,332|96%")
            .Table("AEI.04.01 Ampliar la base tributaria", "AEI.04.01", Areas, "1|Departamento de Fiscalización|1,813|2,205|122%", "TOTAL||1,813|2,205|122%")
            .Table("AEI.04.02 Reducir la brecha de veracidad", "AEI.04.02", Areas, "1|Departamento de Fiscalización|1,470|1,858|126%", "TOTAL||1,470|1,858|126%")
            .Table("AEI.05.01 Mejoramiento de Sistemas Informáticos", "AEI.05.01", Areas, "1|Oficina de Informática|27|27|100%", "TOTAL||27|27|100%")
            .Table("AEI.05.04 Digitalización de procesos de información", "AEI.05.04", Areas, "1|Oficina de Informática|3|6|200%", "2|Unidad de Trámite Documentario|24,000|11,400|48%", "TOTAL||24,003|11,406|48%")
            .Claim("Para el caso de la Unidad de Trámite Documentario tenemos que solamente ha ejecutado 48%, mientras que para la Oficina de Informática el 60%.", "AEI.05.04",
                b.Number(ClaimRole.Progress, "48%"), b.Number(ClaimRole.Progress, "60%"))
            .Claim("Respecto a la meta total tenemos una ejecución del 48%, por lo que obtiene un indicador de eficacia de META INSUFICIENTE.", "AEI.05.04", b.Number(ClaimRole.Progress, "48%"));
        b.OnPage(3)
            .Table("AEI.06.01 Mejorar la gestión administrativa", "AEI.06.01", Areas,
                "1|Unidad de Trámite Documentario|3|3|100%", "2|Gerencia de Administración|87|87|100%", "3|Unidad de Tesorería|279|279|100%", "4|Unidad de Planeamiento y Presupuesto|12|12|100%",
                "5|Unidad de Contabilidad|1,572|1,335|85%", "6|Unidad de Logística|18|13|72%", "7|Unidad de Patrimonio|4|4|100%", "8|Gerencia de Operaciones|6|6|100%",
                "9|Departamento de Atención y Servicios|6|6|100%", "10|Departamento de Gestión de Cobranza|3|3|100%", "11|Departamento de Fiscalización|153|270|176%", "TOTAL||2143|2018|94%")
            .Claim("Para éste caso tenemos que la Unidad de Contabilidad y la Unidad de Logística tienen una ejecución menor al esperado, con el 85% y 72% respectivamente, mientras que el Departamento de Fiscalización tiene una ejecución del 176%", "AEI.06.01",
                b.Number(ClaimRole.Progress, "85%"), b.Number(ClaimRole.Progress, "72%"), b.Number(ClaimRole.Progress, "176%"))
            .Table("AEI.06.02 Elaborar y actualizar documentos de gestión", "AEI.06.02", Areas, "1|Unidad de Planeamiento y Presupuesto|3|1|17%", "2|Departamento de Reclamos|1,623|977|60%", "TOTAL||1626|978|60%")
            .Table("AEI. 06.03 Atender oportunamente los requerimientos en materia jurídica", "AEI.06.03", Areas, "1|Oficina de Asesoría Jurídica|71|71|100%", "TOTAL||71|71|100%")
            .Table("AEI.07.01 Fortalecer la capacitación técnica y valores", "AEI.07.01", Areas, "1|Unidad de Recursos Humanos|6|5|83%", "2|Departamento de Atención y Servicios|12|12|100%", "TOTAL||18|17|94%")
            .Table("AEI.07.02 Desarrollo de actividades asistenciales", "AEI.07.02", Areas, "1|Unidad de Recursos Humanos|5|5|100%", "TOTAL||5|5|100%");

        // II. Objetivos y Acciones: one table per OEI, the OEI row over its AEI rows.
        b.OnPage(4)
            .Table("OEI 01", "OEI.01", Summary, "#1|OEI.01|Crecimiento sostenido de la recaudación|10,300,560|11,684,041|113%", "1.1|AEI.01.01|Incrementar|10,300,560|11,684,041|113%")
            .Table("OEI 02", "OEI.02", Summary, "#2|OEI.02|Mejorar la calidad|1658|1345|81%", "2.1|AEI.02.01|Reducir los tiempos|402|402|100%", "2.2|AEI.02.02|Reducir las quejas|443|456|103%", "2.3|AEI.02.03|Resolver|813|487|60%")
            .Table("OEI.03", "OEI.03", Summary, "#3|OEI.03|Mejorar el control|547,959|251,854|46%", "3.1|AEI.03.01|Garantizar|359,462|70,522|20%", "3.2|AEI.03.02|Mejorar la gestión de cobranza|188,497|181,332|96%")
            .Table("OEI.04", "OEI.04", Summary, "#4|OEI.04|Mejorar la eficiencia|3,283|4,063|124%", "4.1|AEI.04.01|Ampliar|1,813|2,205|122%", "4.2|AEI.04.02|Reducir la brecha|1,470|1,858|126%")
            .Table("OEI.05", "OEI.05", Summary, "#5|OEI.05|Mejorar los sistemas|24,030|11,433|48%", "5.1|AEI.05.01|Mejoramiento|27|27|100%", "5.2|AEI.05.02|No programada|||", "5.3|AEI.05.03|No programada|||", "5.4|AEI.05.04|Digitalización|24,003|11,406|48%")
            .Table("OEI.06", "OEI.06", Summary, "#6|OEI.06|Mejorar la gestión administrativa|3,840|3,067|80%", "6.1|AEI.06.01|Mejorar|2,143|2,018|94%", "6.2|AEI.06.02|Elaborar|1,626|978|60%", "6.3|AEI.06.03|Atender|71|71|100%")
            .Table("OEI.07", "OEI.07", Summary, "#7|OEI.07|Fortalecer la cultura|23|22|96%", "7.1|AEI.07.01|Fortalecer la capacitación|18|17|94%", "7.2|AEI.07.02|Desarrollo|5|5|100%");
        return b.Build();
    }
}

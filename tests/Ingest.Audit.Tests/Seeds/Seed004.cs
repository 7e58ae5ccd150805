namespace Ingest.Audit.Tests.Seeds;

/// <summary>
/// Seed 004 (pei-seguimiento, JLByR, 2024-S1), built from the values of <c>seeds/004_72364ab9523a7043.txt</c> under the PDF's
/// printed headers: Línea Base Año/Valor, Logro Esperado 2023 2024 2025 2026 2027, Valores Observados 2024 (the one
/// observation, at the first semester) and Avance Tipo I 2024 - Sem1.
/// </summary>
internal static class Seed004
{
    private const string Ind = "Número de beneficiarios";

    public static CeplanReport Build()
    {
        var b = new ReportBuilder("004_72364ab9523a7043.pdf", "2024-S1");
        b.OnPage(1)
            .Action("AEI.01.01", "PLAN DE ACCION DE SEGURIDAD CIUDADANA IMPLEMENTADO PARA LA POBLACION LOCAL", "2024-S1=50.64")
            .Indicator("IND.01.AEI.01.01", "Porcentaje de implementación del Plan de Seguridad Ciudadana", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=92.00", "2023=94.00; 2024=96.00; 2025=98.00; 2026=100.00", "2024=47.60", "2024-S1=50.64")
            .Action("AEI.01.02", "INTERVENCIONES DE LIMPIEZA EN CONTRA DE LOS RESIDUOS SÓLIDOS EN EL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.01.02", "Número de intervenciones realizadas", Relevance.MuyRelevante, Sentido.Descendente, Aggregation.NoAgregable,
                "2023=8,600.00", "2023=8,400.00; 2024=8,200.00; 2025=8,000.00; 2026=7,800.00", "2024=5,604.00", "2024-S1=100.00")
            .Action("AEI.02.01", "MANEJO DE RESIDUOS SÓLIDOS DE FORMA INTEGRAL EN BENEFICIO DEL DISTRITO", "2024-S1=50.63")
            .Indicator("IND.01.AEI.02.01", "Número de toneladas de residuos sólidos dispuestos adecuadamente del distrito", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=35,914.64", "2023=36,394.80; 2024=36,874.96; 2025=37,355.10; 2026=37,835.88", "2024=18,428.45", "2024-S1=50.63")
            .Action("AEI.02.02", "ÁREAS VERDES MANTENIDAS Y CONSERVADAS, REQUERIDAS Y PARCELADAS EN EL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.02.02", "Número de m² de áreas verdes en buen estado", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=700,000.00", "2023=701,500.00; 2024=703,000.00; 2025=704,500.00; 2026=706,000.00", "2024=701,500.00", "2024-S1=100.00")
            .Action("AEI.02.03", "SUPERVISIÓN Y FISCALIZACIÓN DE OBRAS EN ÁREAS VERDES, OPTIMOS Y EFICIENTES PARA LA POBLACION", "2024-S1=100.00")
            .Indicator("IND.01.AEI.02.03", "Número de fiscalizaciones ambientales realizadas", Relevance.MuyRelevante, Sentido.NoDefinido, Aggregation.MaximoPermisible,
                "2023=40.00", "2023=40.00; 2024=40.00; 2025=40.00; 2026=40.00", "2024=12.00", "2024-S1=100.00")
            .Action("AEI.02.04", "CAMPANIAS PREVENTIVAS DE ENFERMEDADES ZOONOTICAS OPORTUNAS EN EL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.02.04", "Número de campañas de sensibilización e inscripción de canes en el registro municipal", Relevance.MenosRelevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=1.00", "2023=2.00; 2024=2.00; 2025=3.00; 2026=3.00", "2024=8.00", "2024-S1=100.00")
            .Action("AEI.02.05", "SERVICIOS RECREATIVOS Y DEPORTIVOS OPTIMOS Y EFICIENTES PARA LA POBLACION", "2024-S1=100.00")
            .Indicator("IND.01.AEI.02.05", "Número de atenciones realizadas por los diversos servicios recreativos de la municipalidad", Relevance.MenosRelevante, Sentido.NoDefinido, Aggregation.MaximoPermisible,
                "2023=200,000.00", "2023=210,000.00; 2024=212,000.00; 2025=214,000.00; 2026=216,000.00", "2024=100.00", "2024-S1=100.00")
            .Action("AEI.03.01", "PROGRAMAS DE APOYO SOCIAL DE FORMA PERMANENTE A GRUPOS DE POBLACION VULNERABLES DEL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.03.01", Ind + " que reciben apoyo de programas alimentarios", Relevance.Relevante, Sentido.Descendente, Aggregation.NoAgregable,
                "2023=1,150.00", "2023=1,100.00; 2024=1,080.00; 2025=1,060.00; 2026=1,040.00", "2024=1,050.00", "2024-S1=100.00")
            .Action("AEI.03.02", "PROGRAMAS DE ASISTENCIA SOCIAL PERMANENTES EN BENEFICIO DE LA POBLACION DEL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.03.02", Ind + " atendidos por los programas de asistencia social", Relevance.Relevante, Sentido.NoDefinido, Aggregation.MaximoPermisible,
                "2023=6,000.00", "2023=7,000.00; 2024=7,100.00; 2025=7,200.00; 2026=7,300.00", "2024=3,170.00", "2024-S1=100.00")
            .Action("AEI.03.03", "SERVICIO DE DEFENSA MUNICIPAL EFICIENTE PARA LA POBLACION MENOR DE EDAD DEL DISTRITO", "2024-S1=30.46")
            .Indicator("IND.01.AEI.03.03", "Número de menores de 18 años atendidos por el servicio de la defensoría municipal", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=600.00", "2023=650.00; 2024=700.00; 2025=750.00; 2026=800.00", "2024=198.00", "2024-S1=30.46");

        // "PEI Indicadores": only the avances are printed.
        b.OnPage(2)
            .Action("AEI.03.04", "PROGRAMAS DE FORTALECIMIENTO DE CAPACIDADES PERMANENTES PARA LÍDERES SOCIALES DEL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.03.04", Ind + " atendidos por los programas deportivos y recreativos", progress: "2024-S1=100.00")
            .Indicator("IND.02.AEI.03.04", Ind + " atendidos por los programas artísticos y culturales.", progress: "2024-S1=100.00")
            .Action("AEI.03.05", "PROGRAMAS DE FORTALECIMIENTO DE CAPACIDADES PERMANENTES PARA LÍDERES SOCIALES DEL DISTRITO", "2024-S1=100.00")
            .Indicator("IND.01.AEI.03.05", "Número de líderes sociales capacitados", progress: "2024-S1=108.00")
            .Action("AEI.04.01", "SERVICIO ADMINISTRATIVO EFICIENTE EN LA ENTIDAD", "2024-S1=53.64")
            .Indicator("IND.01.AEI.04.01", "Porcentaje de expedientes administrativos externos archivado", progress: "2024-S1=54.95")
            .Indicator("IND.02.AEI.04.01", "Número de informes legales emitidos", progress: "2024-S1=52.33")
            .Action("AEI.04.02", "INSTRUMENTOS DE GESTIÓN Y GESTIÓN PRESUPUESTARIA REALIZADOS EN LA MUNICIPALIDAD", "2024-S1=70.48")
            .Indicator("IND.01.AEI.04.02", "Porcentaje de documentos e instrumentos de gestión actualizados", progress: "2024-S1=55.55")
            .Indicator("IND.02.AEI.04.02", "Cantidad de presupuesto otorgado", progress: "2024-S1=70.81")
            .Indicator("IND.03.AEI.04.02", "Número de proyectos ejecutados de la PMI", progress: "2024-S1=100.00")
            .Action("AEI.04.03", "FISCALIZACIÓN DE LA COMPETENCIA MUNICIPAL CORRECTAMENTE EJECUTADAS POR LA ENTIDAD", "2024-S1=75.39")
            .Indicator("IND.01.AEI.04.03", "Número de acciones de fiscalización ejecutadas", progress: "2024-S1=87.78")
            .Indicator("IND.02.AEI.04.03", "Número de informes de instrucción notificados", progress: "2024-S1=47.27")
            .Indicator("IND.03.AEI.04.03", "Número de resoluciones de sanción notificados", progress: "2024-S1=29.51")
            .Indicator("IND.04.AEI.04.03", "Número de actos administrativos firmes derivados para su ejecución", progress: "2024-S1=100.00")
            .Action("AEI.04.04", "DESEMPEÑO DE LAS CAPACIDADES PERMANENTE PARA LOS SERVIDORES DE LA ENTIDAD", "2024-S1=100.00")
            .Indicator("IND.01.AEI.04.04", "Porcentaje de personal capacitado de la entidad", progress: "2024-S1=100.00")
            .Action("AEI.04.05", "GOBIERNO DIGITAL IMPLEMENTADO Y OPERATIVO EN BENEFICIO DE LA POBLACION DISTRICTAL", "2024-S1=84.85")
            .Indicator("IND.01.AEI.04.05", "Porcentaje de hardware adecuado y actualizado", progress: "2024-S1=100.00")
            .Indicator("IND.02.AEI.04.05", "Número de sistemas de software actualizados", progress: "2024-S1=54.55")
            .Action("AEI.04.06", "RECURSOS PÚBLICOS ADMINISTRADOS EFICIENTEMENTE EN LA EJECUCIÓN", "2024-S1=72.53")
            .Indicator("IND.01.AEI.04.06", "Porcentaje de la ejecución financiera del gasto de la entidad", progress: "2024-S1=72.53")
            .Action("AEI.04.07", "RECAUDACION TRIBUTARIA OPORTUNA EN BENEFICIO DE LA MUNICIPALIDAD", "2024-S1=100.00")
            .Indicator("IND.01.AEI.04.07", "Porcentaje de tributos recaudados", progress: "2024-S1=100.00")
            .Action("AEI.05.01", "ASISTENCIA TÉCNICA EN GESTIÓN DE RIESGO INTEGRAL Y PERMANENTE A LA POBLACION LOCAL", "2024-S1=25.00");

        // The next page prints IND.01.AEI.05.01 with all its figures; the last rows print the action and its only indicator on
        // one line (no indicator code).
        b.OnPage(3)
            .Indicator("IND.01.AEI.05.01", "Número de acciones implementadas para enfrentar emergencias y desastres", Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2023=4.00", "2023=5.00; 2024=4.00; 2025=5.00; 2026=4.00; 2027=5.00", "2024=1.00", "2024-S1=15.00")
            .Action("AEI.05.02", "SISTEMA DE EVALUACIÓN DE RIESGOS Y DESASTRES DE LA INFRAESTRUCTURA POR UNA PARA LOS EMPRENDEDORES", "2024-S1=56.96")
            .Indicator("IND.01.AEI.05.02", string.Empty, Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=750.00", "2023=790.00; 2024=760.00; 2025=800.00; 2026=760.00; 2027=780.00", "2024=450.00", "2024-S1=56.96")
            .Action("AEI.06.01", "ASISTENCIA TÉCNICA POR ASesoría de valor agregado para los emprendedores del distrito", "2024-S1=41.67")
            .Indicator("IND.01.AEI.06.01", string.Empty, Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=10.00", "2023=12.00; 2024=14.00; 2025=15.00; 2026=16.00; 2027=16.00", "2024=5.00", "2024-S1=41.67")
            .Action("AEI.06.02", "PROGRAMA DE FORMALIZACIÓN EJECUTADOS PARA LOS EMPRENDEDORES DEL DISTRITO", "2024-S1=52.73")
            .Indicator("IND.01.AEI.06.02", string.Empty, Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=530.00", "2023=567.00; 2024=604.00; 2025=641.00; 2026=678.00", "2024=299.00", "2024-S1=52.73")
            .Action("AEI.07.01", "CONTROL URGENTE EFICIENTE EN EL MUNICIPIO", "2024-S1=54.81")
            .Indicator("IND.01.AEI.07.01", string.Empty, Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=128.00", "2023=135.00; 2024=139.00; 2025=143.00; 2026=149.00", "2024=74.00", "2024-S1=54.81")
            .Action("AEI.07.02", "INFRAESTRUCTURA VERDE CON MANTENIMIENTO ADECUADO PARA EL USO DE LA POBLACION DEL DISTRITO", "2024-S1=80.95")
            .Indicator("IND.01.AEI.07.02", string.Empty, Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=20.00", "2023=21.00; 2024=20.00; 2025=24.00; 2026=22.00", "2024=17.00", "2024-S1=80.95")
            .Action("AEI.07.03", "PLAN DE OBRAS EJECUTADAS POR PARTICIPACIÓN DE LA COMUNIDAD", "2024-S1=40.92")
            .Indicator("IND.01.AEI.07.03", string.Empty, Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable, "2023=80.00", "2023=83.33; 2024=94.62; 2025=90.00; 2026=80.00", "2024=34.10", "2024-S1=40.92")
            .Average("Avance promedio de AEI:", "AEI", "74.68")
            .Summary("Tabla Resumen: Sematización por nivel de avance", SummarySubject.Actions, "2024-S1", notAvailable: true, total: true, "Acciones|12|3|11|0|26");

        // ALERTAS IDENTIFICADAS.
        b.OnPage(4);
        Claim(b, "AEI.02.01 ... tiene una ejecución del 50.63%", "Número de toneladas de residuos sólidos dispuestos adecuadamente del distrito", "50.63%");
        Claim(b, "AEI.03.03 ... cuenta con una ejecución física del 30.46%", "Número de menores de 18 años atendidos por el servicio de la defensoría municipal", "30.46%");
        Claim(b, "Con respecto a la AEI.04.01 ... tiene ejecución física total del 49.72%", "AEI.04.01", "49.72%");
        Claim(b, "Porcentaje de expedientes administrativos externos archivado, con una ejecución de 47.1%", "Porcentaje de expedientes administrativos externos archivado", "47.1%");
        Claim(b, "Número de informes legales emitidos ... ha alcanzado una ejecución física del 52.33%", "Número de informes legales emitidos", "52.33%");
        Claim(b, "Mientras que la AEI.04.02 ... ha alcanzado una ejecución física total del 70.48%", "AEI.04.02", "70.48%");
        Claim(b, "Porcentaje de documentos e instrumentos de gestión actualizados ... avance físico del 55.55%", "Porcentaje de documentos e instrumentos de gestión actualizados", "55.55%");
        Claim(b, "Indicador: Cantidad de presupuesto otorgado, su avance es del 70.81%", "Cantidad de presupuesto otorgado", "70.81%");
        Claim(b, "Respecto a la AEI.04.03 ... alcanza una ejecución física total del 58.13%", "AEI.04.03", "58.13%");
        Claim(b, "Número de acciones de fiscalización ejecutadas, el avance es del 9.63%", "Número de acciones de fiscalización ejecutadas", "9.63%");
        Claim(b, "Número de resoluciones de sanción notificadas ... el avance es del 29.51%", "Número de resoluciones de sanción notificadas", "29.51%");
        Claim(b, "AEI.04.06 ... a la fecha tiene un avance del 72.53%", "AEI.04.06", "72.53%");
        Claim(b, "AEI.05.01, ..., cuyo indicador es el **Número de acciones implementadas para enfrentar emergencias y desastres**, cuenta con avance del 25%", "Número de acciones implementadas para enfrentar emergencias y desastres", "25%");
        Claim(b, "AEI.05.02 ... tiene un avance del 56.96%", "AEI.05.02", "56.96%");
        Claim(b, "AEI.06.01 ... tiene un avance físico del 41.67%", "AEI.06.01", "41.67%");
        Claim(b, "AEI.06.02 ... han alcanzado una ejecución física de 52.73%", "AEI.06.02", "52.73%");
        Claim(b, "AEI.07.01 ... Número de licencias de edificación otorgadas, tienen un avance del 61.33%", "AEI.07.01", "61.33%");
        Claim(b, "AEI.07.03 ... tiene una ejecución física del 40.92%", "AEI.07.03", "40.92%");
        return b.Build();
    }

    private static void Claim(ReportBuilder b, string sentence, string subject, string progress)
        => b.Claim(sentence, subject, b.Number(ClaimRole.Progress, progress));
}

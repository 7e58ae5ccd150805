namespace Ingest.Audit.Tests.Seeds;

/// <summary>Seed 003 (pdrc-evaluacion, GR Cajamarca, 2024), built from the values of <c>seeds/003_78d91376ec8012d6.txt</c>: the count tables, Cuadro 2's indicators (sentido not printed) and the budget table.</summary>
internal static class Seed003
{
    public static CeplanReport Build()
    {
        var b = new ReportBuilder("003_78d91376ec8012d6.pdf", "2024");

        // 1.3: "seis OER y quince AER presentan un nivel de cumplimiento bajo ... cuatro OER y siete AER sin información".
        b.OnPage(5)
            .Summary("Texto 1.3 (matriz de alertas)", SummarySubject.Objectives, "2024", notAvailable: true, total: false, "Objetivos estratégicos|6|||4")
            .Summary("Texto 1.3 (matriz de alertas) AER", SummarySubject.Actions, "2024", notAvailable: true, total: false, "Acciones estratégicas|15|||7")
            .Summary("Cuadro 1. Avance de objetivos estratégicos", SummarySubject.Objectives, "2024", notAvailable: true, total: true, "Objetivos estratégicos|6|1|2|4|13");

        // Cuadro 2: línea base (año, valor), logros esperados 2023 and 2024, valores obtenidos 2023 and 2024, avance tipo 1 2024.
        b.OnPage(6);
        Ind(b, "IND.01.OER.01", "Porcentaje de cuencas hidrográficas con Plan de Gestión de Recursos Hídricos aprobados e implementados", "2021=18.75%", "25.00%", "31.25%", "18.75%", "18.75%", "60.00%");
        Ind(b, "IND.01.AER.01.03", "Porcentaje de superficie cubierta por bosque", "2021=10.33%", "10.35%", "10.33%", "10.25%", "10.15%", "0.00%");
        Ind(b, "IND.01.AER.02.01", "Porcentaje de gobiernos locales que cuentan e implementan un PPRRD", "2021=2.36%", "4.08%", "4.90%", "3.15%", "3.15%", "64.29%");
        Ind(b, "IND.01.AER.03.04", "Porcentaje de menores de 5 años con Desnutrición Crónica Infantil - DCI", "2021=21.30%", "20.30%", "19.80%", "18.60%", "20.40%", "0.00%");
        Ind(b, "IND.02.AER.03.04", "Porcentaje de niños de 6 a 59 meses con anemia", "2021=20.00%", "18.30%", "17.40%", "25.80%", "27.60%", "0.00%");
        Ind(b, "IND.02.AER.03.05", "Tasa de incidencia VIH por cada 100,000 habitantes", "2021=1.8", "1.7", "1.7", "6.97", "10.1", "0.00%");
        Ind(b, "IND.01.AER.03.06", "Tasa de incidencia de cáncer por cada 100,000 habitantes", "2021=2.98", "2.86", "2.8", "56.3", "54.2", "0.00%");
        Ind(b, "IND.02.AER.03.06", "Porcentaje de mujeres que reportaron padecer algún problema de salud crónica", "2022=36.80%", "37.80%", "38.80%", "42.7", string.Empty, "0.00%");
        Ind(b, "IND.03.AER.03.06", "Porcentaje de personas atendidas por trastornos mentales y problemas psicosociales", "2021=6.40%", "11.00%", "13.30%", "27", "66.00%", "0.00%");
        Ind(b, "IND.01.AER.04.02", "Tasa de analfabetismo de la población de 15 y más años de edad", "2022=10.8", "10.6", "10.4", "9.9", "10.6", "0.00%");
        Ind(b, "IND.01.AER.05.01", "Tasa de denuncias por comisión de delitos por cada 10,000 habitantes", "2021=79.09", "74.07", "71.56", "121.79", "117.68", "0.00%");
        Ind(b, "IND.02.AER.05.01", "Tasa de homicidios por cada 100,000 habitantes", "2021=1.5", "0.93", "0.81", "3.61", "4.11", "0.00%");
        Ind(b, "IND.02.OER.06", "Tasa de desempleo", "2020=4.70%", "3.10%", "3.10%", "4.10%", "4.10%", "0.00%");
        Ind(b, "IND.01.OER.07", "Porcentaje de la población adulta que considera que la gestión de Gobierno Regional es buena o muy buena", "2021=30.30%", "34.15%", "36.08%", "22.00%", "24.50%", "67.90%");
        Ind(b, "IND.01.AER.07.04", "Porcentaje de espacios multiactor de alcance regional que rinden cuentas del PDRC", "2022=0.00%", "0.00%", "0.00%", "0.00%", "0.00%", "0.00%");
        Ind(b, "IND.01.AER.07.05", "Porcentaje de acuerdos de la mancomunidad implementados por el GORE Cajamarca", "2022=0%", "50%", "55%", "0.00%", "35.00%", "63.64%");
        Ind(b, "IND.01.OER.09", "Tasa de variación anual del PBI Real departamental", "2021=11.10%", "2.31%", "2.62%", "-0.50%", "0.92%", "35.11%");
        Ind(b, "IND.01.AER.09.05", "Tasa de variación de arribo de turistas nacionales y extranjeros al departamento", "2020=49.40%", "4.30%", "4.20%", "-7.70%", "14.70%", "0.00%");
        Ind(b, "IND.01.OER.10", "Porcentaje del gasto público ambiental en el gasto total", "2018=0.98%", "1.25%", "1.31%", "1.17%", "0.74%", "56.35%");
        Ind(b, "IND.01.AER.10.01", "Porcentaje de gobiernos provinciales que cuentan con Plantas de Tratamiento de Aguas Residuales operativas", "2021=15.38%", "23.08%", "30.77%", "15.38%", "15.38%", "49.98%");
        Ind(b, "IND.02.AER.10.01", "Porcentaje de aguas residuales tratadas por EPS", "2018=42.08%", "45.45%", "46.81%", "ND", "ND", "ND", raw: "D.02.AER.10.01");
        Ind(b, "IND.03.AER.10.02", "Número de hectáreas degradadas por residuos sólidos que requieren su recuperación", "2021=37.68", "34.73", "33.34", "61.40%", "60.80%", "0.00%", IndicatorUnit.Number);
        Ind(b, "IND.03.AER.11.02", "Porcentaje de productores agrarios familiares que obtuvieron un crédito", "2022=8.30%", "9.10%", "10.00%", "4.13%", "7.30%", "73.00%");
        Ind(b, "IND.01.OER.12", "Porcentaje de personas con discapacidad en edad de PEA que se incorporan al mercado laboral", "2022=43.00%", "43.80%", "44.70%", "20.94%", "19.05%", "42.62%");
        Ind(b, "IND.01.AER.12.03", "Tasa de denuncias por trata de personas por cada 100,000 habitantes", "2021=0.98", "0.91", "0.84", "1.2", "2.1", "0.00%");

        b.OnPage(9)
            .Summary("Cuadro 3. Síntesis del desempeño en la implementación de los OER", SummarySubject.Objectives, "2024", notAvailable: true, total: true, "Objetivos estratégicos|7|0|2|4|13")
            .Claim("Porcentaje del gasto público ambiental en el gasto total ... un nivel de avance de apenas 56.35% respecto a la meta", "IND.01.OER.10", b.Number(ClaimRole.Progress, "56.35%"));
        b.OnPage(15)
            .Summary("Cuadro 17. Síntesis del desempeño en la implementación de las AER", SummarySubject.Actions, "2024", notAvailable: true, total: true, "Acciones estratégicas|17|3|23|5|48");

        // 3.1.1: PIA, PIM, devengado and % de ejecución per AER, with a Total row.
        b.OnPage(16).Table("3.1.1 Asignación y ejecución de los recursos en el PDRC", null, "OER|AE|ACCIÓN ESTRATÉGICA|PIA:pia|PIM:pim|DEVENGADO:devengado|% EJECUCIÓN:percent",
            "OER.01|AER.01.01|Promover la gestión integral de los recursos hídricos|106,424,360|168,807,035|S/ 122,580,971.00|72.60%",
            "|AER 01.02|Impulsar la conservación y recuperación de los suelos|275,476|S/ 479,350.00|S/ 441,297.00|92.10%",
            "|AER 01.03|Promover la forestación y reforestación|S/ 12,191,117.00|15,359,803|12,809,255|83.40%",
            "|AER 01.04|Mejorar el manejo de los espacios naturales|S/ 1,397,227.00|2,764,320|S/ 2,684,805.00|97.10%",
            "|AER 01.05|Promover mecanismos de retribución por servicios ecosistémicos|2,000,000|S/ 564,290.00|559,306|99.10%",
            "OER.02|AER 02.01|Impulsar mecanismos e instrumentos para la GRD|S/ 1,608,887.00|S/ 1,823,173.00|S/ 1,792,689.00|98.33%",
            "|AER 02.02|Mejorar la resiliencia de la población|S/ 134,588.00|58,139|S/ 58,139.00|100.00%",
            "|AER 03.03|Reducir la mortalidad materna e infantil|S/ 163,342,600.00|S/ 238,125,292.00|S/ 225,384,407.00|94.70%",
            "|AER 03.04|Reducir la prevalencia de anemia y desnutrición crónica|433,124|863,779|824,444|95.40%",
            "|AER 03.05|Mejorar los servicios de detección de enfermedades transmisibles|S/ 24,153,039.00|S/ 26,937,820.00|S/ 26,858,407.00|99.70%",
            "|AER 03.06|Mejorar servicios de detección de enfermedades no transmisibles|S/ 38,455,498.00|S/ 88,488,806.00|S/ 86,030,282.00|97.22%",
            "OER.04|AER 04.01|Fortalecer la calidad de la gestión educativa territorial|1,492,673,855|S/ 1,929,489,793.00|1,793,105,107|92.90%",
            "|AER 04.02|Implementar mecanismos de alfabetización|3,479,444|11,416,248|S/ 6,694,140.00|58.60%",
            "|AER 04.03|Promover el conocimiento y valoración del patrimonio cultural|S/ 5,997,502.00|8,902,575|8,710,550|97.80%",
            "OER.05|AER 05.01|Fortalecer las intervenciones contra la delincuencia|S/ 133,049,041.00|S/ 145,277,149.00|137,654,632|94.80%",
            "|AER 05.02|Promover una cultura de convivencia pacífica|S/ 11,515,877.00|S/ 48,474,018.00|35,269,973|72.80%",
            "OER.06|AER 06.01|Incrementar los niveles de productividad laboral|28,423|S/ 147,874.00|S/ 122,570.00|82.90%",
            "|AER 06.02|Mejorar las características laborales|S/ 7,413,155.00|S/ 5,214,641.00|S/ 4,584,383.00|87.90%",
            "|AER 06.03|Fomentar la equidad de género en aspectos laborales|501,211|S/ 49,032,975.00|S/ 48,939,539.00|99.80%",
            "OER.07|AER 07.01|Mejorar la ejecución de la inversión pública|S/ 6,646,693,545.00|S/ 8,900,240,200.00|7,711,231,796|86.60%",
            "|AER 07.02|Fortalecer el gobierno digital|S/ 0.00|6,804,547|6,283,203|92.30%",
            "|AER 07.04|Promover una cultura de rendición de cuentas||||",
            "|AER 07.05|Fortalecer las mancomunidades regionales|S/ 11,514,429.00|S/ 49,080.00|S/ 25,290.00|0.22%",
            "OER.08|AER 08.01|Fortalecer un ecosistema regional en I+D+i||||",
            "|AER 08.02|Promover la generación y transferencia de conocimiento|S/ 0.00|S/ 1,586,805.00|S/ 659,893.00|37.70%",
            "|AER 09.03|Incrementar la competitividad agraria|S/ 9,424,779.00|S/ 18,751,843.00|S/ 18,038,083.00|96.19%",
            "|AER 09.04|Promover la inversión minera formal y responsable|S/ 0.00|S/ 317,261.00|228,838|72.21%",
            "|AER 09.05|Incrementar la competitividad turística y artesanal|S/ 2,094,875.00|S/ 8,693,696.00|7,682,500|88.40%",
            "OER.10|AER 10.01|Mejorar el tratamiento de aguas residuales|S/ 35,277,849.00|S/ 10,128,474.00|S/ 9,348,425.00|92.30%",
            "|AER 10.02|Mejorar la gestión del sistema integral de los residuos sólidos|S/ 35,466,166.00|S/ 80,106,692.00|S/ 74,806,541.00|93.40%",
            "|AER 10.03|Promover medidas de prevención y control frente a los daños ambientales|S/ 60,064.00|S/ 83,052.00|S/ 62,365.00|75.10%",
            "OER.11|AER 11.01|Incrementar los niveles de producción de la agricultura familiar||||",
            "|AER 11.02|Mejorar los niveles de producción de los agricultores familiares|S/ 64,224,779.00|S/ 108,456,657.00|S/ 104,966,370.00|96.80%",
            "OER.12|AER 12.01|Fortalecer la atención integral para personas con discapacidad|5,191,374|7,114,494|S/ 6,943,826.00|97.60%",
            "|AER 12.02|Fortalecer intervenciones de lucha frente a la violencia contra la mujer|S/ 4,729,479.00|6,103,439|5,984,780|98.10%",
            "|AER 12.04|Fortalecer la atención integral de los grupos poblacionales|S/ 112,406,061.00|109,482,697|S/ 109,468,044.00|100.00%",
            "OER.13|AER 13.01|Implementar infraestructura productiva|S/ 557,953,499.00|S/ 899,085,732.00|S/ 684,977,691.00|76.19%",
            "|AER 13.02|Mejorar la infraestructura social en educación y salud|S/ 675,539,535.00|S/ 997,734,419.00|S/ 711,958,278.00|71.36%",
            "|AER 13.03|Mejorar la infraestructura de los servicios básicos|S/ 447,184,630.00|S/ 804,278,207.00|S/ 483,900,057.00|60.17%",
            "|AER 13.04|Promover infraestructura de calidad en investigación|3,108,818|S/ 43,730.00|S/ 43,730.00|100.00%",
            "TOTAL|||2,355,134,676|5,463,370,829|2,731,370,222|49.99%");
        return b.Build();
    }

    private static void Ind(ReportBuilder b, string code, string name, string baseline, string le2023, string le2024, string vo2023, string vo2024, string avance, IndicatorUnit unit = IndicatorUnit.Unknown, string? raw = null)
        => b.Indicator(code, name, baseline: baseline, expected: "2023=" + le2023 + "; 2024=" + le2024, obtained: "2023=" + vo2023 + "; 2024=" + vo2024, progress: "2024=" + avance, unit: unit, raw: raw);
}

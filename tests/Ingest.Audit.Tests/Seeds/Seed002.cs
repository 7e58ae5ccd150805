namespace Ingest.Audit.Tests.Seeds;

/// <summary>Seed 002 (pei-seguimiento, MP Contumazá, 2024-S1), built from the values of <c>seeds/002_aeaa9ff5847a81b4.txt</c>: the 38 AEI avances, three indicators, the average and the semáforo.</summary>
internal static class Seed002
{
    public static CeplanReport Build()
    {
        var b = new ReportBuilder("002_aeaa9ff5847a81b4.pdf", "2024-S1");
        (string Code, string Avance)[] actions =
        [
            ("AEI.01.01", "10.00"), ("AEI.01.02", "40.00"), ("AEI.02.01", "0.00"), ("AEI.02.02", "57.14"), ("AEI.02.03", "27.27"), ("AEI.03.01", "92.73"), ("AEI.03.02", "94.87"),
            ("AEI.04.01", "42.86"), ("AEI.04.02", "88.67"), ("AEI.04.03", "40.00"), ("AEI.04.04", "13.33"), ("AEI.05.01", "57.14"), ("AEI.05.02", "71.43"), ("AEI.05.03", "40.00"),
            ("AEI.05.04", "50.00"), ("AEI.06.01", "50.00"), ("AEI.06.02", "50.00"), ("AEI.06.03", "57.14"), ("AEI.06.04", "25.00"), ("AEI.07.01", "70.59"), ("AEI.07.02", "88.24"),
            ("AEI.08.01", "50.00"), ("AEI.08.02", "51.61"), ("AEI.09.01", "61.76"), ("AEI.09.02", "40.00"), ("AEI.10.01", "16.67"), ("AEI.10.02", "24.00"), ("AEI.11.01", "50.00"),
            ("AEI.11.02", "18.18"), ("AEI.11.03", "42.86"), ("AEI.12.01", "50.00"), ("AEI.12.02", "66.67"), ("AEI.12.03", "25.00"), ("AEI.12.04", "0.00"), ("AEI.12.05", "50.00"),
            ("AEI.12.06", "0.00"), ("AEI.12.07", "75.00"), ("AEI.12.08", "85.71"),
        ];
        b.OnPage(1);
        foreach (var (code, avance) in actions)
        {
            b.Action(code, "AEI " + code, "2024-S1=" + avance);
        }

        const string Missing = "2022-S1=ND; 2022=ND; 2023-S1=ND; 2023=ND";
        b.Indicator("IND.01.AEI.01.01", "Porcentaje de personas expuestas a peligros con capacidad para responder ante emergencias y desastres", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.Agregable,
                "2020=3.00", "2022=10.00; 2023=20.00; 2024=30.00; 2025=40.00; 2026=50.00; 2027=60.00", Missing + "; 2024-S1=3.00", "2024-S1=10.00")
            .Indicator("IND.01.AEI.01.02", "Número de familias que recibe ayuda humanitaria", Relevance.Relevante, Sentido.Ascendente, Aggregation.NoAgregable,
                "2020=160.00", "2022=300.00; 2023=350.00; 2024=400.00; 2025=450.00; 2026=500.00; 2027=550.00", Missing + "; 2024-S1=160.00", "2024-S1=40.00")
            .Indicator("IND.01.AEI.03.01", "Número de conexiones domiciliarias de desagüe de la empresa de saneamiento", Relevance.MuyRelevante, Sentido.Ascendente, Aggregation.Agregable,
                "2020=2,550.00", "2022=2,650.00; 2023=2,700.00; 2024=2,750.00; 2025=2,800.00; 2026=2,850.00; 2027=2,900.00", Missing + "; 2024-S1=2,550.00", "2024-S1=92.73");
        b.OnPage(6)
            .Average("Avance promedio de AEI:", "AEI", "50.68")
            .Summary("Tabla Resumen: Semaforización por nivel de avance", SummarySubject.Actions, "2024-S1", notAvailable: true, total: true, "Acciones|32|6|0|0|38");
        return b.Build();
    }
}

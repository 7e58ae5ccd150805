namespace Ingest.Audit.Tests.Seeds;

/// <summary>Seed 002 (pei-seguimiento, MP Contumazá, 2024-S1), built from the values of <c>seeds/002_aeaa9ff5847a81b4.txt</c>: the 38 AEI avances, their 38 indicators, the average and the semáforo.</summary>
internal static class Seed002
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["IND.01.AEI.01.01"] = "Porcentaje de personas expuestas a peligros con capacidad para responder ante emergencias y desastres",
        ["IND.01.AEI.01.02"] = "Número de familias que recibe ayuda humanitaria",
        ["IND.01.AEI.03.01"] = "Número de conexiones domiciliarias de desagüe de la empresa de saneamiento",
    };

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

        // Every indicator prints ND for 2022 and 2023 and, as its only obtained value (2024-S1), its own baseline.
        const string Missing = "2022-S1=ND; 2022=ND; 2023-S1=ND; 2023=ND";
        (string Code, Relevance Relevance, Aggregation Aggregation, string Baseline, string Expected, string Obtained, string Avance)[] indicators =
        [
            ("IND.01.AEI.01.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=3.00", "2022=10.00; 2023=20.00; 2024=30.00; 2025=40.00; 2026=50.00; 2027=60.00", "3.00", "10.00"),
            ("IND.01.AEI.01.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=160.00", "2022=300.00; 2023=350.00; 2024=400.00; 2025=450.00; 2026=500.00; 2027=550.00", "160.00", "40.00"),
            ("IND.01.AEI.02.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=0.00", "2022=20.00; 2023=35.00; 2024=50.00; 2025=65.00; 2026=80.00; 2027=95.00", "0.00", "0.00"),
            ("IND.01.AEI.02.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=8.00", "2022=10.00; 2023=12.00; 2024=14.00; 2025=16.00; 2026=18.00; 2027=20.00", "8.00", "57.14"),
            ("IND.01.AEI.02.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=3.00", "2022=7.00; 2023=9.00; 2024=11.00; 2025=13.00; 2026=15.00; 2027=17.00", "3.00", "27.27"),
            ("IND.01.AEI.03.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=2,550.00", "2022=2,650.00; 2023=2,700.00; 2024=2,750.00; 2025=2,800.00; 2026=2,850.00; 2027=2,900.00", "2,550.00", "92.73"),
            ("IND.01.AEI.03.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=3,700.00", "2022=3,800.00; 2023=3,850.00; 2024=3,900.00; 2025=3,950.00; 2026=4,000.00; 2027=4,950.00", "3,700.00", "94.87"),
            ("IND.01.AEI.04.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=15.00", "2022=25.00; 2023=30.00; 2024=35.00; 2025=40.00; 2026=45.00; 2027=50.00", "15.00", "42.86"),
            ("IND.01.AEI.04.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=9.00", "2022=10.05; 2023=10.10; 2024=10.15; 2025=10.20; 2026=10.25; 2027=10.30", "9.00", "88.67"),
            ("IND.01.AEI.04.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=8.00", "2022=12.00; 2023=16.00; 2024=20.00; 2025=24.00; 2026=28.00; 2027=32.00", "8.00", "40.00"),
            ("IND.01.AEI.04.04", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=20.00", "2022=50.00; 2023=100.00; 2024=150.00; 2025=200.00; 2026=250.00; 2027=300.00", "20.00", "13.33"),
            ("IND.01.AEI.05.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=8.00", "2022=10.00; 2023=12.00; 2024=14.00; 2025=16.00; 2026=18.00; 2027=20.00", "8.00", "57.14"),
            ("IND.01.AEI.05.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=10.00", "2022=12.00; 2023=13.00; 2024=14.00; 2025=15.00; 2026=16.00; 2027=17.00", "10.00", "71.43"),
            ("IND.01.AEI.05.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=10.00", "2022=15.00; 2023=20.00; 2024=25.00; 2025=30.00; 2026=35.00; 2027=40.00", "10.00", "40.00"),
            ("IND.01.AEI.05.04", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=30.00", "2022=40.00; 2023=50.00; 2024=60.00; 2025=70.00; 2026=80.00; 2027=90.00", "30.00", "50.00"),
            ("IND.01.AEI.06.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=20.00", "2022=30.00; 2023=35.00; 2024=40.00; 2025=45.00; 2026=50.00; 2027=55.00", "20.00", "50.00"),
            ("IND.01.AEI.06.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=400.00", "2022=600.00; 2023=700.00; 2024=800.00; 2025=900.00; 2026=1,000.00; 2027=1,100.00", "400.00", "50.00"),
            ("IND.01.AEI.06.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=40.00", "2022=50.00; 2023=60.00; 2024=70.00; 2025=80.00; 2026=90.00; 2027=100.00", "40.00", "57.14"),
            ("IND.01.AEI.06.04", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=10.00", "2022=20.00; 2023=30.00; 2024=40.00; 2025=50.00; 2026=60.00; 2027=70.00", "10.00", "25.00"),
            ("IND.01.AEI.07.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=120.00", "2022=150.00; 2023=160.00; 2024=170.00; 2025=180.00; 2026=190.00; 2027=200.00", "120.00", "70.59"),
            ("IND.01.AEI.07.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=3,000.00", "2022=3,200.00; 2023=3,300.00; 2024=3,400.00; 2025=3,500.00; 2026=3,600.00; 2027=3,700.00", "3,000.00", "88.24"),
            ("IND.01.AEI.08.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=15.00", "2022=20.00; 2023=25.00; 2024=30.00; 2025=35.00; 2026=40.00; 2027=45.00", "15.00", "50.00"),
            ("IND.01.AEI.08.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=16.00", "2022=25.00; 2023=28.00; 2024=31.00; 2025=34.00; 2026=37.00; 2027=40.00", "16.00", "51.61"),
            ("IND.01.AEI.09.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=1,050.00", "2022=1,500.00; 2023=1,600.00; 2024=1,700.00; 2025=1,800.00; 2026=1,900.00; 2027=2,000.00", "1,050.00", "61.76"),
            ("IND.01.AEI.09.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=20.00", "2022=30.00; 2023=40.00; 2024=50.00; 2025=60.00; 2026=70.00; 2027=80.00", "20.00", "40.00"),
            ("IND.01.AEI.10.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=5.00", "2022=10.00; 2023=20.00; 2024=30.00; 2025=40.00; 2026=50.00; 2027=60.00", "5.00", "16.67"),
            ("IND.01.AEI.10.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=6.00", "2022=15.00; 2023=20.00; 2024=25.00; 2025=30.00; 2026=35.00; 2027=40.00", "6.00", "24.00"),
            ("IND.01.AEI.11.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=15.00", "2022=20.00; 2023=25.00; 2024=30.00; 2025=35.00; 2026=40.00; 2027=45.00", "15.00", "50.00"),
            ("IND.01.AEI.11.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=20.00", "2022=50.00; 2023=80.00; 2024=110.00; 2025=140.00; 2026=170.00; 2027=200.00", "20.00", "18.18"),
            ("IND.01.AEI.11.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=6.00", "2022=10.00; 2023=12.00; 2024=14.00; 2025=16.00; 2026=18.00; 2027=20.00", "6.00", "42.86"),
            ("IND.01.AEI.12.01", Relevance.MuyRelevante, Aggregation.Agregable, "2020=35.00", "2022=50.00; 2023=60.00; 2024=70.00; 2025=80.00; 2026=90.00; 2027=100.00", "35.00", "50.00"),
            ("IND.01.AEI.12.02", Relevance.Relevante, Aggregation.NoAgregable, "2020=8.00", "2022=12.00; 2023=12.00; 2024=12.00; 2025=12.00; 2026=12.00; 2027=12.00", "8.00", "66.67"),
            ("IND.01.AEI.12.03", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=1.00", "2022=2.00; 2023=3.00; 2024=4.00; 2025=5.00; 2026=6.00; 2027=7.00", "1.00", "25.00"),
            ("IND.01.AEI.12.04", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=0.00", "2022=15.00; 2023=20.00; 2024=25.00; 2025=30.00; 2026=35.00; 2027=40.00", "0.00", "0.00"),
            ("IND.01.AEI.12.05", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=4.00", "2022=6.00; 2023=6.00; 2024=8.00; 2025=8.00; 2026=10.00; 2027=10.00", "4.00", "50.00"),
            ("IND.01.AEI.12.06", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=0.00", "2022=10.00; 2023=15.00; 2024=20.00; 2025=25.00; 2026=30.00; 2027=35.00", "0.00", "0.00"),
            ("IND.01.AEI.12.07", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=45.00", "2022=40.00; 2023=50.00; 2024=60.00; 2025=70.00; 2026=80.00; 2027=90.00", "45.00", "75.00"),
            ("IND.01.AEI.12.08", Relevance.MuyRelevante, Aggregation.NoAgregable, "2020=60.00", "2022=50.00; 2023=60.00; 2024=70.00; 2025=80.00; 2026=90.00; 2027=100.00", "60.00", "85.71"),
        ];
        foreach (var (code, relevance, aggregation, baseline, expected, obtained, avance) in indicators)
        {
            b.Indicator(code, Names.GetValueOrDefault(code, string.Empty), relevance, Sentido.Ascendente, aggregation, baseline, expected, Missing + "; 2024-S1=" + obtained, "2024-S1=" + avance);
        }

        b.OnPage(6)
            .Average("Avance promedio de AEI:", "AEI", "50.68")
            .Summary("Tabla Resumen: Semaforización por nivel de avance", SummarySubject.Actions, "2024-S1", notAvailable: true, total: true, "Acciones|32|6|0|0|38");
        return b.Build();
    }
}

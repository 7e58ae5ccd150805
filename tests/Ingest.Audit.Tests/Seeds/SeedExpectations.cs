namespace Ingest.Audit.Tests.Seeds;

/// <summary>An inconsistency found by reading a seed text by hand, and the rule that must catch it.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Code">The subject code of the finding.</param>
/// <param name="Why">What is wrong, with the printed figures.</param>
internal sealed record ExpectedFinding(string Rule, string? Code, string Why)
{
    public string Key => Rule + " " + Code;
}

/// <summary>The inconsistencies found by hand in the seed texts (shared/seeds), per seed.</summary>
internal static class SeedExpectations
{
    public static IReadOnlyList<ExpectedFinding> Seed004 { get; } =
    [
        new(RuleIds.NarrativeContradiction, "AEI.04.01", "ALERTAS: AEI.04.01 'ejecución física total del 49.72%'; the table prints 53.64."),
        new(RuleIds.NarrativeContradiction, "IND.01.AEI.04.01", "ALERTAS: 'Porcentaje de expedientes administrativos externos archivado ... 47.1%'; the table prints 54.95."),
        new(RuleIds.NarrativeContradiction, "AEI.04.03", "ALERTAS: AEI.04.03 'ejecución física total del 58.13%'; the table prints 75.39."),
        new(RuleIds.NarrativeContradiction, "IND.01.AEI.04.03", "ALERTAS: 'Número de acciones de fiscalización ejecutadas ... 9.63%'; the table prints 87.78."),
        new(RuleIds.NarrativeContradiction, "AEI.07.01", "ALERTAS: AEI.07.01's indicator 'tienen un avance del 61.33%'; the table prints 54.81."),
        new(RuleIds.IndicatorProgress, "IND.01.AEI.03.05", "IND.01.AEI.03.05 prints an avance tipo I of 108.00, above the 100 cap (its action prints 100.00)."),
        new(RuleIds.SuspiciousValue, "AEI.03.05", "AEI.03.04 and AEI.03.05 have the same name 'PROGRAMAS DE FORTALECIMIENTO DE CAPACIDADES PERMANENTES PARA LÍDERES SOCIALES DEL DISTRITO'."),
        // The printed headers (PDF and seed text): Logro Esperado 2023..2027, one Valores Observados column headed 2024 (the
        // observation at the first semester, the evaluated period) and Avance Tipo I 2024 - Sem1. Every computable avance is
        // VO over the LE headed 2023, not 2024 (IND.01.AEI.01.01: 47.60 / 94.00 = 50.64, not / 96.00 = 49.58; IND.01.AEI.05.02:
        // 450 / 790 = 56.96): one report-wide convention, one warning.
        new(RuleIds.IndicatorProgress, null, "Every recomputable indicator avance (IND.01.AEI.01.01 50.64, 02.01 50.63, 02.02 100.00, 03.03 30.46, 05.02 56.96, 06.01 41.67, 06.02 52.73, 07.01 54.81, 07.02 80.95, 07.03 40.92) divides the VO by the LE headed 2023 instead of 2024: one report-wide warning."),
        new(RuleIds.IndicatorProgress, "IND.01.AEI.05.01", "IND.01.AEI.05.01 (LE 2023..2027 = 5, 4, 5, 4, 5; VO 2024 = 1.00) prints 15.00: 1 / 4 = 25 by the rule, 1 / 5 = 20 by the report's own 2023 column; neither gives 15."),
        new(RuleIds.ActionProgress, "AEI.05.01", "AEI.05.01 prints 25.00 but its only indicator IND.01.AEI.05.01 prints 15.00 and, computed as the report computes its indicators (LE headed 2023), gives 20.00."),
        new(RuleIds.NarrativeContradiction, "IND.01.AEI.05.01", "AEI.05.01 text: 'cuyo indicador es el Número de acciones implementadas ..., cuenta con avance del 25%'; the indicator's row prints 15.00."),
        new(RuleIds.UnitMismatch, "IND.01.AEI.02.05", "IND.01.AEI.02.05 obtains 100.00 against expected values of 210,000 and more (2,100 times smaller): a percentage or a wrong scale in a count series."),
    ];

    public static IReadOnlyList<ExpectedFinding> Seed000 { get; } =
    [
        new(RuleIds.CountMismatch, "OEI.08", "Section 3: OEI 08 'contiene (04) Acciones Estratégicas Institucionales' but lists AEI.08.01-03 (Cuadro 02 too)."),
        new(RuleIds.CountMismatch, "OEI.04", "Section 4.2.1: OEI 04 'Dispone de (3) Acciones' but lists AEI.04.01-04 (section 3 says (04))."),
        new(RuleIds.CountMismatch, "OEI.05", "POI: OEI 05 'vinculado a 03 Acciones Estratégicas AEI' but the PEI has 4 (AEI.05.02 has no AO)."),
        new(RuleIds.CountMismatch, null, "Conclusions: 'de las treinta dos (32) Acciones Estratégicas Institucionales' where the PEI has 34."),
        new(RuleIds.NarrativeContradiction, "OEI.01", "Section 3.2: 'el OEI.01 alcanzo un 49.55%' but its descending indicator (LE 6%, VO 12.19%) gives 49.22."),
        new(RuleIds.TotalMismatch, null, "POI OEI 04: promedio 98.8 where the mean of 95.5, 100, 100, 100 is 98.875; Tabla 1: IGI anual 99 % where the priority-weighted mean of the OEI is 99.53: both truncated, not rounded: one warning for the truncation convention."),
    ];

    public static IReadOnlyList<ExpectedFinding> Seed001 { get; } =
    [
        new(RuleIds.PercentMismatch, "AEI.06.02", "AEI.06.02: Unidad de Planeamiento y Presupuesto executes 1 of 3 (33%) but the table prints 17%."),
        new(RuleIds.NarrativeContradiction, "AEI.05.04", "AEI.05.04: the text says the Oficina de Informática executed 60%; its row prints 200% (3 programmed, 6 executed)."),
        new(RuleIds.SuspiciousValue, "AEI.01.01", "AEI.01.01's TOTAL adds 1 (Oficina de Informática) to 8,618,788 (Gestión de Cobranza): heterogeneous units."),
        new(RuleIds.SuspiciousValue, "AEI.05.04", "AEI.05.04's TOTAL adds 3 systems to 24,000 documents: heterogeneous units."),
    ];

    public static IReadOnlyList<ExpectedFinding> Seed002 { get; } =
    [
        new(RuleIds.ReportAverage, null, "'Avance promedio de AEI: 50.68' is the mean of the 35 non-zero AEI; the mean of all 38 is 46.68 (one warning: zero rows skipped)."),
        // Every one of the 38 indicators prints, as its obtained value for 2024-S1, its own baseline (SPEC 5: "obtained value
        // equal to the baseline in every period"), and its avance is that baseline over the 2024 target: one warning each.
        new(RuleIds.SuspiciousValue, "IND.01.AEI.01.01", "The only obtained value printed (2024-S1) equals the baseline (3.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.01.02", "The only obtained value printed (2024-S1) equals the baseline (160.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.02.01", "The only obtained value printed (2024-S1) equals the baseline (0.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.02.02", "The only obtained value printed (2024-S1) equals the baseline (8.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.02.03", "The only obtained value printed (2024-S1) equals the baseline (3.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.03.01", "The only obtained value printed (2024-S1) equals the baseline (2,550.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.03.02", "The only obtained value printed (2024-S1) equals the baseline (3,700.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.04.01", "The only obtained value printed (2024-S1) equals the baseline (15.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.04.02", "The only obtained value printed (2024-S1) equals the baseline (9.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.04.03", "The only obtained value printed (2024-S1) equals the baseline (8.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.04.04", "The only obtained value printed (2024-S1) equals the baseline (20.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.05.01", "The only obtained value printed (2024-S1) equals the baseline (8.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.05.02", "The only obtained value printed (2024-S1) equals the baseline (10.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.05.03", "The only obtained value printed (2024-S1) equals the baseline (10.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.05.04", "The only obtained value printed (2024-S1) equals the baseline (30.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.06.01", "The only obtained value printed (2024-S1) equals the baseline (20.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.06.02", "The only obtained value printed (2024-S1) equals the baseline (400.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.06.03", "The only obtained value printed (2024-S1) equals the baseline (40.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.06.04", "The only obtained value printed (2024-S1) equals the baseline (10.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.07.01", "The only obtained value printed (2024-S1) equals the baseline (120.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.07.02", "The only obtained value printed (2024-S1) equals the baseline (3,000.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.08.01", "The only obtained value printed (2024-S1) equals the baseline (15.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.08.02", "The only obtained value printed (2024-S1) equals the baseline (16.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.09.01", "The only obtained value printed (2024-S1) equals the baseline (1,050.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.09.02", "The only obtained value printed (2024-S1) equals the baseline (20.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.10.01", "The only obtained value printed (2024-S1) equals the baseline (5.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.10.02", "The only obtained value printed (2024-S1) equals the baseline (6.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.11.01", "The only obtained value printed (2024-S1) equals the baseline (15.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.11.02", "The only obtained value printed (2024-S1) equals the baseline (20.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.11.03", "The only obtained value printed (2024-S1) equals the baseline (6.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.01", "The only obtained value printed (2024-S1) equals the baseline (35.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.02", "The only obtained value printed (2024-S1) equals the baseline (8.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.03", "The only obtained value printed (2024-S1) equals the baseline (1.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.04", "The only obtained value printed (2024-S1) equals the baseline (0.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.05", "The only obtained value printed (2024-S1) equals the baseline (4.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.06", "The only obtained value printed (2024-S1) equals the baseline (0.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.07", "The only obtained value printed (2024-S1) equals the baseline (45.00); 2022 and 2023 are ND."),
        new(RuleIds.SuspiciousValue, "IND.01.AEI.12.08", "The only obtained value printed (2024-S1) equals the baseline (60.00); 2022 and 2023 are ND."),
    ];

    public static IReadOnlyList<ExpectedFinding> Seed003 { get; } =
    [
        new(RuleIds.SummaryDisagreement, null, "OER 2024: Cuadro 1 (and the 1.3 text) count (6, 1, 2, 4); Cuadro 3 counts (7, 0, 2, 4)."),
        new(RuleIds.SummaryDisagreement, null, "AER 2024: the 1.3 text counts 15 low and 7 ND; Cuadro 17 counts 17 low and 5 ND."),
        new(RuleIds.IndicatorProgress, null, "Cuadro 2 prints 0.00% for every unmet descending (and some ascending) indicator (DCI 97.06, anemia 63.04, VIH 16.83, ...): one warning for the zero-for-unmet convention."),
        new(RuleIds.IndicatorProgress, "IND.02.AER.03.06", "VO 2024 blank, yet the avance is printed 0.00% (must be ND)."),
        new(RuleIds.IndicatorProgress, "IND.03.AER.03.06", "LE 13.30%, VO 66.00% (ascending, met): avance 100, printed 0.00% — not even the report's zero-for-unmet convention."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.07.04", "LE 2024 = 0.00%: not computable, printed 0.00%."),
        new(RuleIds.IndicatorProgress, "IND.01.OER.10", "0.74 / 1.31 = 56.49, printed 56.35% (and quoted so in the text)."),
        new(RuleIds.SuspiciousValue, "IND.01.OER.01", "VO 2023 and 2024 equal the baseline 18.75%."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.10.01", "VO 2023 and 2024 equal the baseline 15.38%."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.07.04", "Baseline, targets and values all 0.00%."),
        new(RuleIds.SuspiciousValue, "IND.02.AER.10.01", "The code is printed damaged as 'D.02.AER.10.01'."),
        new(RuleIds.UnitMismatch, "IND.03.AER.10.02", "'Número de hectáreas degradadas' with baseline and targets in hectares but values 61.40% and 60.80%."),
        new(RuleIds.MissingData, "IND.02.AER.03.06", "VO 2024 not printed for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.10.01", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.PercentMismatch, null, "Budget: most % EJECUCIÓN are rounded to one decimal and printed with two (97.10% for 97.1235): one warning for the coarser rounding."),
        new(RuleIds.PercentMismatch, "AER.07.05", "AER 07.05: devengado 25,290 / PIM 49,080 = 51.53%, printed 0.22% (= devengado / PIA)."),
        new(RuleIds.PercentMismatch, "AER.08.02", "AER 08.02: 659,893 / 1,586,805 = 41.59%, printed 37.70%."),
        new(RuleIds.PercentMismatch, "AER.09.04", "AER 09.04: 228,838 / 317,261 = 72.13%, printed 72.21%."),
        new(RuleIds.TotalMismatch, null, "Budget Total PIA 2,355,134,676: the rows add up to 10,497,053,353 (plus the first rows)."),
        new(RuleIds.TotalMismatch, null, "Budget Total PIM 5,463,370,829 differs from the sum of the rows."),
        new(RuleIds.TotalMismatch, null, "Budget Total DEVENGADO 2,731,370,222 differs from the sum of the rows."),
    ];

    /// <summary>Gets the inconsistencies found by hand in seed 003 whose figures <see cref="Seed003"/> does not build (the
    /// end-to-end test expects them with <see cref="Seed003"/>'s).</summary>
    public static IReadOnlyList<ExpectedFinding> Seed003NotModelled { get; } =
    [
        new(RuleIds.IndicatorProgress, "IND.01.OER.06", "LB 37.80%, LE 2024 34.99%, VO 31.98%: ascending 91.40 (the targets fall below the baseline, so the inferred sentido is descending: 100); printed 91.41, reproduced by neither."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.03.03", "Razón de mortalidad materna (descending) 2023: VO 67.7 below LE 121.9 is met (100), printed 55.52% (2024, in the same situation, prints 100.00%)."),
        new(RuleIds.IndicatorProgress, "IND.02.AER.03.06", "2023 (Cuadro 42): LE 37.80%, VO 42.7 (ascending, met): 100, printed 0.00%."),
        new(RuleIds.IndicatorProgress, "IND.03.AER.03.06", "2023 (Cuadro 42): LE 11.00%, VO 27 (ascending, met): 100, printed 0.00%."),
        new(RuleIds.IndicatorProgress, "IND.02.AER.07.03", "2023: LE 1.02%, VO 35.03% (ascending, met): 100, printed 0.00%."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.07.04", "2023 (Cuadro 52): LE 0.00%: not computable, printed 100.00%."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.07.04", "2024 (Cuadro 52): LE 0.00%: not computable, printed 100.00%."),
        new(RuleIds.ValueDisagreement, "IND.01.AER.07.04", "Avance 2024 printed 0.00% in Cuadro 2 and 100.00% in Cuadro 52."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.08.01", "2023: LE 0%: not computable, printed 100.00%."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.08.01", "2024: LE 0%: not computable, printed 100.00%."),
        new(RuleIds.IndicatorProgress, "IND.01.AER.08.02", "2023: LE 0.00%: not computable, printed 100.00%."),
        new(RuleIds.IndicatorProgress, "IND.02.AER.08.02", "2023: LE 0.00%: not computable, printed 0.00%."),
        new(RuleIds.IndicatorProgress, "IND.03.AER.10.02", "2023: LE 34.73 (hectares, descending), VO 61.40%: 56.56 at best, printed 1.77%."),
        new(RuleIds.ValueDisagreement, "IND.01.AER.09.05", "VO 2024 printed 14.70% in Cuadro 2 and -14.70% in the AER 09.05 table (the baseline too: 49.40% / -49.40%)."),
        new(RuleIds.UnitMismatch, "IND.01.AER.09.02", "VO 2023 1,909,428 against targets of 1,594.00 and 1,688.50 (millones de USD FOB): a thousand times the scale."),
        new(RuleIds.UnitMismatch, "IND.01.AER.09.02", "VO 2024 2,289,139 against the same targets."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.08.02", "Baseline, VO 2023 and VO 2024 all 0.00%."),
        new(RuleIds.SuspiciousValue, "IND.02.AER.08.02", "Baseline, VO 2023 and VO 2024 all 0.00%."),
        new(RuleIds.SuspiciousValue, "IND.02.AER.07.05", "Baseline, VO 2023 and VO 2024 all 0."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.13.01", "VO 2023 and 2024 equal the baseline 37.70% (targets too)."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.13.04", "VO 2023 and 2024 equal the baseline 25."),
        new(RuleIds.SuspiciousValue, "IND.01.AER.13.05", "VO 2023 and 2024 equal the baseline 1.05."),
        new(RuleIds.NarrativeContradiction, null, "The text's AER totals count ND indicators as 0: AER 09.02 'cumplimiento global de 50%' (CEPLAN: 100), AER 11.02 32.56% / 52.11% (48.84 / 78.17), AER 12.02 50.00% in 2024 (100), and AER 10.01's 24.99% in 2024 (49.98; no role cue, not read): one warning for the convention."),
        new(RuleIds.NarrativeContradiction, "AER.09.02", "'no se reportó información ... deja el indicador en 0%': IND.02.AER.09.02 is ND in the table, and the AER's other indicator gives 100."),
        new(RuleIds.NarrativeContradiction, "AER.12.04", "'Siendo el avance real de 78% al 2023' for the first indicator; Cuadro 60 prints 100.00% (VO 35% = LE 35%)."),
        new(RuleIds.NarrativeContradiction, "AER.12.04", "'y 75% avance al 2024' for the same indicator; Cuadro 60 prints 100.00% (VO 40% = LE 40%)."),
        new(RuleIds.NarrativeContradiction, "AER.13.03", "'cumplimiento global de 99.94% en 2024' is the mean of two of its three indicators (99.89, 100); with IND.01's 95.29 it is 98.39."),
        new(RuleIds.MissingData, "IND.01.AER.01.01", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.01.04", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.04.03", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.05.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.OER.03", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.OER.04", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.OER.05", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.OER.08", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.01.03", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.04.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.OER.03", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.OER.04", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.10.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.11.01", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.12.01", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.12.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.AER.13.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.01.OER.11", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.09.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.10.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.10.03", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.11.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.02.AER.13.02", "VO 2024 ND for the evaluated year (info)."),
        new(RuleIds.MissingData, "IND.03.AER.13.02", "VO 2024 ND for the evaluated year (info)."),
    ];
}

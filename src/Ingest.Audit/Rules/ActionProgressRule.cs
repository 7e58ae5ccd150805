using Ingest.Audit.Conventions;
using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary><c>action-progress</c>: an action's or objective's printed avance differs from the relevance-weighted mean of its indicators.</summary>
internal sealed class ActionProgressRule : IAuditRule
{
    public string Id => RuleIds.ActionProgress;

    public void Check(AuditContext context)
    {
        var report = context.Report;

        // The indicator rule runs first: when the report computes its indicators' avances by a convention of its own (seed 004:
        // the column headed 2023), an action is checked against its indicators computed the same way, so that an action that
        // agrees with its printed indicators raises nothing and one that departs from them stays an error.
        var own = ConventionPolicy.Own(context, RuleIds.IndicatorProgress) is { } found && ConventionSearch.AppliesToIndicators(found) ? found : null;
        foreach (var action in report.Actions)
        {
            Check(context, action.Code, action.StatedProgress, own);
        }

        foreach (var objective in report.Objectives)
        {
            Check(context, objective.Code, objective.StatedProgress, own);
        }
    }

    /// <summary>
    /// Gets a value indicating whether some printing of an indicator gives its avance by the CEPLAN rule (seed 003 prints
    /// IND.02.AER.13.01 as 0.00% in Cuadro 2, the report's zero-for-unmet convention, and as 98.90% next to its AER in Cuadro 61):
    /// an action that agrees with that printed figure follows its printed indicators.
    /// </summary>
    private static bool PrintedByTheRule(CeplanReport report, string code, Period period, Period? evaluated)
        => report.Indicators
            .Where(i => string.Equals(i.Code, code, StringComparison.Ordinal))
            .Any(i => i.Find(Measure.StatedProgress, period) is { Value: not null } stated
                && IndicatorFigures.TipoI(i, period, evaluated).Value is { } ceplan
                && Rounding.Agrees(stated, ceplan));

    private void Check(AuditContext context, string code, IReadOnlyList<PeriodValue> statedProgress, Alternative? own)
    {
        var indicators = ReportLookup.IndicatorsOf(context.Report, code);
        if (indicators.Count == 0)
        {
            return;
        }

        foreach (var periodValue in statedProgress.DistinctBy(p => p.Period))
        {
            var stated = periodValue.Value;
            var indicatorPeriods = indicators.SelectMany(i => i.Observations).Where(o => o.Measure == Measure.StatedProgress).Select(o => o.Period).Distinct().ToList();
            Period? onlyPeriod = indicatorPeriods.Count == 1 ? indicatorPeriods[0] : null;
            if (!stated.HasValue || (periodValue.Period ?? context.EvaluatedPeriod ?? onlyPeriod) is not { } period)
            {
                continue;
            }

            var evaluated = context.EvaluatedPeriod;
            var parts = own is null
                ? ReportLookup.Parts(indicators, period, evaluated)
                : ReportLookup.Parts(indicators, period, evaluated, i => PrintedByTheRule(context.Report, i.Code, period, evaluated) ? null : ConventionSearch.IndicatorUnder(own, i, period, evaluated));
            var weights = Weighting.Weights(parts);
            if (Weighting.Mean(parts) is not { } recomputed)
            {
                if (!indicators.Any(i => i.Observations.Any(o => o.Period.Year == period.Year)))
                {
                    // Indicators listed by name only (an IEI's "Cuadro 04 OEI, AEI e Indicadores") print no figure at all for
                    // the year: the avance cannot be checked, but nothing printed says it should be ND.
                    context.NotComputable(code, "action-avance", period, stated, "no se imprime ninguna cifra de sus indicadores para el periodo");
                    continue;
                }

                var reconciled = context.NotComputable(code, "action-avance", period, stated, "todos sus indicadores son ND");
                var finding = new FindingDraft(
                    Id, Severity.Error, stated.Source, code, period.ToString(), stated.ToString(), string.Empty, stated.Tolerance,
                    "Todos los indicadores de " + code + " son ND, por lo que su avance no es calculable y debe figurar como ND, pero el reporte imprime un número.",
                    code + ": el avance impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero todos sus indicadores son ND" + Invariant.PeriodSuffix(period) + ".");
                context.Add(finding);
                reconciled.Finding = finding;
                continue;
            }

            var present = parts.Where(p => p.Value.HasValue).ToList();
            var how = present.Count == 1 ? "un solo indicador (" + present[0].Code + ")"
                : parts.Any(p => p.Value.HasValue && p.Relevance == Relevance.Unknown) ? "relevancia no impresa: promedio simple de " + Invariant.Count(present.Count) + " indicadores"
                : "pesos por relevancia " + string.Join(';', weights.Select(w => Invariant.Format(w, 0))) + " para " + string.Join(';', present.Select(p => p.Code));
            var values = string.Join("; ", present.Select(p => p.Code + " " + Invariant.Format(p.Value!.Value, 2)));
            var basis = "los avances tipo I de los indicadores, con tope de 100";
            var spanishBasis = "el promedio ponderado de sus indicadores";
            var ceplanNote = string.Empty;
            if (own is not null)
            {
                basis = "los avances de los indicadores calculados como los calcula el reporte (su propia convención para los indicadores: " + own.Describe() + ")";
                ceplanNote = Weighting.Mean(ReportLookup.Parts(indicators, period, evaluated)) is { } ceplan
                    ? " Con la regla CEPLAN (avance tipo I con tope de 100) el promedio es " + Invariant.Format(ceplan, stated.Decimals) + "."
                    : string.Empty;
                spanishBasis = "el promedio ponderado de sus indicadores calculados con la convención del propio reporte (" + own.Convention.Short + ")";
            }

            context.Compare(new Comparison
            {
                Rule = Id,
                Subject = code,
                Figure = "action-avance",
                Period = period,
                Code = code,
                Stated = stated,
                Recomputed = recomputed,
                Reason = how,
                Explanation = "Avance recalculado: " + Invariant.Recomputed(recomputed, stated) + ", el promedio ponderado de " + basis + " (" + how + "; " + values + ")." + ceplanNote,
                Message = code + ": el avance impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero " + spanishBasis + " es "
                    + Invariant.WithUnit(Invariant.Format(recomputed, stated.Decimals), stated) + Invariant.PeriodSuffix(period) + ".",
                Alternatives = () => ConventionSearch.WeightedMean(parts, stated, context.Options.MaxWeightSearchIndicators),
            });
        }
    }
}

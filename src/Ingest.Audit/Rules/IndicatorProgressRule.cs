using Ingest.Audit.Conventions;
using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary><c>indicator-progress</c>: an indicator's printed avance tipo I differs from the recomputation (direction, cap, LE = 0 or VO missing printed as a number).</summary>
internal sealed class IndicatorProgressRule : IAuditRule
{
    public string Id => RuleIds.IndicatorProgress;

    public void Check(AuditContext context)
    {
        // An indicator printed twice with the same figures (seed 003: Cuadro 2 and its OER's own table) is one figure to check.
        var seen = new HashSet<(string Code, Period Period, decimal? Stated, decimal? Expected, decimal? Obtained)>();
        foreach (var indicator in context.Report.Indicators)
        {
            foreach (var observation in indicator.Observations.Where(o => o.Measure == Measure.StatedProgress))
            {
                var key = (indicator.Code, observation.Period, observation.Value.Value, IndicatorFigures.Expected(indicator, observation.Period)?.Value, IndicatorFigures.Obtained(indicator, observation.Period, context.EvaluatedPeriod)?.Value);
                if (seen.Add(key))
                {
                    Check(context, indicator, observation.Period, observation.Value);
                }
            }
        }
    }

    private void Check(AuditContext context, Indicator indicator, Period period, ReportValue stated)
    {
        if (stated.Value is not { } value)
        {
            return;
        }

        var sentido = IndicatorFigures.Sentido(indicator);
        var evaluated = context.EvaluatedPeriod;
        var avance = IndicatorFigures.TipoI(indicator, period, evaluated);
        var how = Describe(indicator, sentido, period, evaluated);
        if (avance.Value is not { } recomputed)
        {
            var obtainedColumn = IndicatorFigures.Obtained(indicator, period, evaluated);
            var expectedColumn = IndicatorFigures.Expected(indicator, period);
            var reason = obtainedColumn is null ? "VO no impreso" : expectedColumn is null ? "LE no impreso" : avance.Reason ?? "no calculable";
            var reconciled = context.NotComputable(indicator.Code, "avance-tipo-i", period, stated, reason);
            var printedWhereNotComputable = (obtainedColumn is not null && !obtainedColumn.HasValue)
                || (expectedColumn?.Value == 0m && indicator.Aggregation is not (Aggregation.MaximoPermisible or Aggregation.MinimoPermisible));
            if (printedWhereNotComputable)
            {
                var finding = new FindingDraft(
                    Id, Severity.Error, stated.Source, indicator.Code, period.ToString(), stated.ToString(), string.Empty, stated.Tolerance,
                    "El avance tipo I no es calculable (" + avance.Reason + ") y debe figurar como ND, pero el reporte imprime un número.",
                    indicator.Code + ": el avance tipo I impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero no es calculable (" + avance.Reason + "); debe ser ND" + Invariant.PeriodSuffix(period) + ".");
                context.Add(finding);
                reconciled.Finding = finding;
            }
            else if (value > 100m + stated.Tolerance)
            {
                var finding = new FindingDraft(
                    Id, Severity.Error, stated.Source, indicator.Code, period.ToString(), stated.ToString(), "100.00", stated.Tolerance,
                    "El avance tipo I tiene un tope de 100%, pero el reporte imprime " + stated + "; el logro esperado o el valor obtenido no está impreso, por lo que solo se verificó el tope.",
                    indicator.Code + ": el avance tipo I impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " y supera el tope de 100%" + Invariant.PeriodSuffix(period) + ".");
                context.Add(finding);
                reconciled.Finding = finding;
            }

            return;
        }

        context.Compare(new Comparison
        {
            Rule = Id,
            Subject = indicator.Code,
            Figure = "avance-tipo-i",
            Period = period,
            Code = indicator.Code,
            Stated = stated,
            Recomputed = recomputed,
            Reason = how,
            Explanation = "Avance tipo I recalculado según la regla CEPLAN: " + Invariant.Recomputed(recomputed, stated) + " (" + how + ").",
            Message = indicator.Code + ": el avance tipo I impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero el recalculado es "
                + Invariant.WithUnit(Invariant.Format(recomputed, stated.Decimals), stated) + Invariant.PeriodSuffix(period) + ".",
            Alternatives = () => ConventionSearch.Indicator(indicator, period, evaluated, stated, avance),
        });
    }

    private static string Describe(Indicator indicator, ResolvedSentido sentido, Period period, Period? evaluated)
    {
        var le = IndicatorFigures.Expected(indicator, period);
        var vo = IndicatorFigures.Obtained(indicator, period, evaluated);
        var rule = indicator.Aggregation switch
        {
            Aggregation.MaximoPermisible => "máximo permisible: 100 si VO <= LE, si no 0",
            Aggregation.MinimoPermisible => "mínimo permisible: 100 si VO >= LE, si no 0",
            _ => sentido.Sentido == Sentido.Descendente ? "descendente: min(100, LE / VO * 100)" : "ascendente: min(100, VO / LE * 100)",
        };
        return rule + (sentido.Inferred ? ", sentido inferido de los logros esperados" : string.Empty)
            + "; LE " + (le?.ToString() ?? "-") + ", VO " + (vo?.ToString() ?? "-")
            + (IndicatorFigures.YearReadAsSemester(indicator, period, evaluated)
                ? " (la columna de VO con encabezado " + Invariant.Count(period.Year) + " se lee como la observación de " + period + ", el semestre evaluado; LE del año)"
                : string.Empty);
    }
}

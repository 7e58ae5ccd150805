using Ingest.Audit.Conventions;
using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary><c>report-average</c>: a report-level average ("Avance promedio de AEI", "Índice de gestión") differs from the mean of the listed rows.</summary>
internal sealed class ReportAverageRule : IAuditRule
{
    public string Id => RuleIds.ReportAverage;

    public void Check(AuditContext context)
    {
        foreach (var figure in context.Report.StatedFigures)
        {
            if (figure.Kind is not (StatedFigureKind.ReportAverage or StatedFigureKind.ManagementIndex) || !figure.Value.HasValue)
            {
                continue;
            }

            var period = figure.Period ?? context.EvaluatedPeriod;
            var rows = Rows(context.Report, figure, period);
            if (rows.Count == 0)
            {
                continue;
            }

            var present = rows.Where(r => r.Value.HasValue).ToList();
            if (present.Count == 0)
            {
                context.NotComputable(figure.Scope, "average", period, figure.Value, "todas las filas listadas son ND");
                continue;
            }

            var values = present.Select(r => r.Value!.Value).ToList();
            var weights = present.Select(r => r.Weight).ToList();
            var recomputed = Weighting.Mean(values, weights);
            var weighted = weights.Distinct().Count() > 1;
            var how = (weighted ? "promedio ponderado por prioridad" : "promedio simple") + " de " + Invariant.Count(present.Count) + " avances de " + figure.Scope + " listados"
                + (present.Count < rows.Count ? ", " + Invariant.Count(rows.Count - present.Count) + " fila(s) ND excluida(s)" : string.Empty);
            var stated = figure.Value;
            context.Compare(new Comparison
            {
                Rule = Id,
                Subject = figure.Label,
                Figure = "average",
                Period = period,
                Stated = stated,
                Recomputed = recomputed,
                Reason = how,
                Explanation = "Recálculo de \"" + figure.Label + "\": " + Invariant.Recomputed(recomputed, stated) + " (" + how + ").",
                Message = figure.Label.TrimEnd(':', ' ') + ": el promedio impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero el promedio de las filas listadas es "
                    + Invariant.WithUnit(Invariant.Format(recomputed, stated.Decimals), stated) + Invariant.PeriodSuffix(period) + ".",
                Alternatives = () => weighted ? [] : ConventionSearch.Mean(rows.Select(r => r.Value).ToList(), stated),
            });
        }
    }

    private static List<(decimal? Value, decimal Weight)> Rows(CeplanReport report, StatedFigure figure, Period? period)
    {
        var scope = figure.Scope.ToUpperInvariant();
        if (figure.Kind == StatedFigureKind.ManagementIndex || scope is "OEI" or "OER")
        {
            var objectives = report.Objectives.Select(o => (o.Priority, Value: ReportLookup.ForPeriod(o.StatedProgress, period))).Where(o => o.Value is not null).ToList();
            var byPriority = figure.Kind == StatedFigureKind.ManagementIndex && objectives.All(o => o.Priority is not null) && objectives.Count > 0;
            var pmax = byPriority ? objectives.Max(o => o.Priority!.Value) : 0;
            return objectives.Select(o => (o.Value!.Value, byPriority ? (decimal)(pmax - o.Priority!.Value + 1) : 1m)).ToList();
        }

        if (scope is "IND")
        {
            return report.Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => ReportLookup.StatedProgress(report, i.Code, period)).Where(v => v is not null).Select(v => (v!.Value, 1m)).ToList();
        }

        return report.Actions.Select(a => ReportLookup.ForPeriod(a.StatedProgress, period)).Where(v => v is not null).Select(v => (v!.Value, 1m)).ToList();
    }
}

using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary><c>missing-data</c>: ND where the evaluated period requires a value, or an ND count that disagrees with the listed ND items.</summary>
internal sealed class MissingDataRule : IAuditRule
{
    public string Id => RuleIds.MissingData;

    public void Check(AuditContext context)
    {
        CheckNotAvailableBins(context);
        CheckEvaluatedPeriod(context);
    }

    private void CheckNotAvailableBins(AuditContext context)
    {
        foreach (var table in context.Report.Summaries)
        {
            var period = table.Period ?? context.EvaluatedPeriod;
            foreach (var row in SummaryCounts.CountedRows(table))
            {
                if (row.NotAvailable?.Value is not { } stated || SummaryCounts.Listed(context.Report, table, row, period) is not { } listed)
                {
                    continue;
                }

                var nd = listed.Count(v => v is null);
                if (nd == (int)stated)
                {
                    continue;
                }

                context.Add(new FindingDraft(
                    Id, Severity.Error, row.NotAvailable.Source, null, Invariant.Period(period), row.NotAvailable.ToString(), Invariant.Count(nd), null,
                    "\"" + table.Title + "\" registra " + row.NotAvailable + " ND para \"" + row.Label + "\", pero " + Invariant.Count(nd) + " de los " + Invariant.Count(listed.Count) + " avances listados son ND.",
                    table.Title + ": la columna ND registra " + row.NotAvailable + " pero hay " + Invariant.Count(nd) + " elementos ND listados" + Invariant.PeriodSuffix(period) + "."));
            }
        }
    }

    private void CheckEvaluatedPeriod(AuditContext context)
    {
        if (context.EvaluatedPeriod is not { } evaluated)
        {
            return;
        }

        foreach (var indicator in context.Report.Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal))
        {
            var obtained = IndicatorFigures.Obtained(indicator, evaluated, evaluated);
            if (obtained is null || obtained.HasValue || IndicatorFigures.Expected(indicator, evaluated)?.Value is null)
            {
                continue;
            }

            context.Add(new FindingDraft(
                Id, Severity.Info, obtained.Source, indicator.Code, evaluated.ToString(), obtained.ToString(), string.Empty, null,
                "El valor obtenido de " + indicator.Code + " para el periodo evaluado " + evaluated + " no está disponible (" + obtained.Missing.ToString() + "), por lo que su avance no se puede verificar.",
                indicator.Code + ": no registra valor obtenido para el periodo evaluado " + evaluated + " (ND)."));
        }

        foreach (var action in context.Report.Actions)
        {
            var stated = ReportLookup.ForPeriod(action.StatedProgress, evaluated);
            if (stated is null || stated.HasValue)
            {
                continue;
            }

            var parts = ReportLookup.Parts(ReportLookup.IndicatorsOf(context.Report, action.Code), evaluated, evaluated);
            if (Weighting.Mean(parts) is not { } recomputed)
            {
                continue;
            }

            context.Add(new FindingDraft(
                Id, Severity.Warning, stated.Source, action.Code, evaluated.ToString(), stated.ToString(), Invariant.Format(recomputed, 2), null,
                "El avance de " + action.Code + " figura como ND aunque sus indicadores dan " + Invariant.Format(recomputed, 2) + ".",
                action.Code + ": el avance figura como ND pero sus indicadores permiten calcular " + Invariant.Format(recomputed, 2) + "%" + Invariant.PeriodSuffix(evaluated) + "."));
        }
    }
}

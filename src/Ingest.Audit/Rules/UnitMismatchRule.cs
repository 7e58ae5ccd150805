namespace Ingest.Audit.Rules;

/// <summary><c>unit-mismatch</c>: values inconsistent with the indicator's unit ("Número de hectáreas" printed with %) or with its own series (a value 1000x its targets).</summary>
internal sealed class UnitMismatchRule : IAuditRule
{
    public string Id => RuleIds.UnitMismatch;

    public void Check(AuditContext context)
    {
        foreach (var indicator in context.Report.Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal))
        {
            CheckPrintedUnits(context, indicator);
            CheckSeries(context, indicator);
        }
    }

    private void CheckPrintedUnits(AuditContext context, Indicator indicator)
    {
        var values = indicator.Observations.Where(o => o.Measure != Measure.StatedProgress && o.Value.HasValue).ToList();
        var wrong = indicator.Unit switch
        {
            IndicatorUnit.Number => values.Where(o => o.Value.Unit == ValueUnit.Percent).ToList(),
            IndicatorUnit.Percent => values.Where(o => o.Value.Unit is ValueUnit.Soles or ValueUnit.Dollars).ToList(),
            IndicatorUnit.Soles or IndicatorUnit.Dollars => values.Where(o => o.Value.Unit == ValueUnit.Percent).ToList(),
            _ => [],
        };
        if (wrong.Count == 0)
        {
            return;
        }

        var printed = string.Join(";", wrong.Select(o => o.Value.Source.Raw.Length > 0 ? o.Value.Source.Raw : Invariant.WithUnit(o.Value.ToString(), o.Value)));
        var periods = string.Join(", ", wrong.Select(o => SpanishTerms.Name(o.Measure) + " " + o.Period));
        context.Add(new FindingDraft(
            Id, Severity.Error, wrong[0].Value.Source, indicator.Code, wrong.Count == 1 ? wrong[0].Period.ToString() : null, printed, string.Empty, null,
            "\"" + indicator.Name + "\" se mide en " + SpanishTerms.Name(indicator.Unit) + ", pero sus valores se imprimen como " + SpanishTerms.Name(wrong[0].Value.Unit) + " (" + periods + ").",
            indicator.Code + ": el indicador se mide en " + SpanishTerms.Name(indicator.Unit) + " pero sus valores se imprimen como " + SpanishTerms.Name(wrong[0].Value.Unit) + " (" + printed + ")."));
    }

    private void CheckSeries(AuditContext context, Indicator indicator)
    {
        var targets = indicator.Observations.Where(o => o.Measure == Measure.Expected && o.Value.Value is { } v && v != 0m).Select(o => Math.Abs(o.Value.Value!.Value)).Order().ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var median = targets[targets.Count / 2];
        var factor = context.Options.SeriesOutlierFactor;

        // A percentage whose targets are all percentages (at most 100) and whose obtained value is above 100 and 10 times
        // its targets was printed as a ratio times 100 once more (34.37 printed 3,437.00).
        var percentScale = indicator.Unit == IndicatorUnit.Percent && targets[^1] <= 100m;
        foreach (var observation in indicator.Observations.Where(o => o.Measure == Measure.Obtained && o.Value.Value is { } v && v != 0m))
        {
            var value = Math.Abs(observation.Value.Value!.Value);
            var percentTooLarge = percentScale && value > 100m && value >= median * 10m;
            if (value < median * factor && value * factor > median && !percentTooLarge)
            {
                continue;
            }

            context.Add(new FindingDraft(
                Id, Severity.Warning, observation.Value.Source, indicator.Code, observation.Period.ToString(), observation.Value.ToString(), Invariant.Format(median, 2), null,
                "El valor obtenido " + observation.Value + " es al menos " + Invariant.Format(percentTooLarge ? 10m : factor, 0) + " veces mayor o menor que los logros esperados del indicador (mediana " + Invariant.Format(median, 2) + "): un error de unidad o de escala.",
                indicator.Code + ": el valor obtenido " + observation.Value + " no guarda escala con sus metas (mediana " + Invariant.Format(median, 2) + ")" + Invariant.PeriodSuffix(observation.Period) + "."));
        }
    }
}

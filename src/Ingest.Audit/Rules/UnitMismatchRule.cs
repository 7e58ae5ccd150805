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
        var periods = string.Join(", ", wrong.Select(o => o.Measure.ToString().ToLowerInvariant() + " " + o.Period));
        context.Add(new FindingDraft(
            Id, Severity.Error, wrong[0].Value.Source, indicator.Code, wrong.Count == 1 ? wrong[0].Period.ToString() : null, printed, string.Empty, null,
            "\"" + indicator.Name + "\" is measured in " + indicator.Unit.ToString().ToLowerInvariant() + " but values are printed as " + wrong[0].Value.Unit.ToString().ToLowerInvariant() + " (" + periods + ").",
            indicator.Code + ": el indicador se mide en " + Spanish(indicator.Unit) + " pero sus valores se imprimen como " + SpanishPrinted(wrong[0].Value.Unit) + " (" + printed + ")."));
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
        foreach (var observation in indicator.Observations.Where(o => o.Measure == Measure.Obtained && o.Value.Value is { } v && v != 0m))
        {
            var value = Math.Abs(observation.Value.Value!.Value);
            if (value < median * factor && value * factor > median)
            {
                continue;
            }

            context.Add(new FindingDraft(
                Id, Severity.Warning, observation.Value.Source, indicator.Code, observation.Period.ToString(), observation.Value.ToString(), Invariant.Format(median, 2), null,
                "The obtained value " + observation.Value + " is at least " + Invariant.Format(factor, 0) + " times larger or smaller than the indicator's expected values (median " + Invariant.Format(median, 2) + "): a unit or scale error.",
                indicator.Code + ": el valor obtenido " + observation.Value + " no guarda escala con sus metas (mediana " + Invariant.Format(median, 2) + ")" + Invariant.PeriodSuffix(observation.Period) + "."));
        }
    }

    private static string Spanish(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Number => "número",
        IndicatorUnit.Percent => "porcentaje",
        IndicatorUnit.Soles => "soles",
        IndicatorUnit.Dollars => "dólares",
        _ => unit.ToString().ToLowerInvariant(),
    };

    private static string SpanishPrinted(ValueUnit unit) => unit switch
    {
        ValueUnit.Percent => "porcentaje",
        ValueUnit.Soles => "soles",
        ValueUnit.Dollars => "dólares",
        _ => "número",
    };
}

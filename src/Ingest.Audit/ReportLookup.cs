using Ingest.Audit.Recompute;

namespace Ingest.Audit;

/// <summary>Lookups over the canonical model shared by the rules.</summary>
internal static class ReportLookup
{
    /// <summary>Gets the stated figure for a period: the entry of that period, else the only entry when it has no period.</summary>
    public static ReportValue? ForPeriod(IReadOnlyList<PeriodValue> values, Period? period)
    {
        foreach (var value in values)
        {
            if (value.Period == period)
            {
                return value.Value;
            }
        }

        // One printing only: take it when either side has no period, or when one is a semester of the other's year ("Año: 2024" over 2024-S1 avances).
        return values.Count == 1 && (values[0].Period is null || period is null || values[0].Period!.Value.Year == period.Value.Year) ? values[0].Value : null;
    }

    /// <summary>Gets the indicators of an action or objective, first printing of each code.</summary>
    public static IReadOnlyList<Indicator> IndicatorsOf(CeplanReport report, string parentCode)
        => report.Indicators.Where(i => string.Equals(i.ParentCode, parentCode, StringComparison.Ordinal)).DistinctBy(i => i.Code, StringComparer.Ordinal).ToList();

    /// <summary>Gets the stated progress of an action or objective code for a period.</summary>
    public static ReportValue? StatedProgress(CeplanReport report, string code, Period? period)
    {
        var action = report.Actions.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal));
        if (action is not null)
        {
            return ForPeriod(action.StatedProgress, period);
        }

        var objective = report.Objectives.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.Ordinal));
        if (objective is not null)
        {
            return ForPeriod(objective.StatedProgress, period);
        }

        var indicator = report.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
        return indicator is null ? null : indicator.Find(Measure.StatedProgress, period ?? default) ?? SoleStated(indicator, period);
    }

    /// <summary>Gets the indicators' parts of an action's avance for a period: the recomputed tipo I when computable, else the printed avance capped at 100, else ND.</summary>
    public static IReadOnlyList<WeightedPart> Parts(IReadOnlyList<Indicator> indicators, Period period, Period? evaluated)
        => Parts(indicators, period, evaluated, null);

    /// <summary>Gets the indicators' parts of an action's avance for a period: the avance under <paramref name="under"/> (the report's own convention) when it gives one, else as <see cref="Parts(IReadOnlyList{Indicator}, Period, Period?)"/>.</summary>
    public static IReadOnlyList<WeightedPart> Parts(IReadOnlyList<Indicator> indicators, Period period, Period? evaluated, Func<Indicator, decimal?>? under)
    {
        var parts = new List<WeightedPart>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var avance = under?.Invoke(indicator) ?? IndicatorFigures.TipoI(indicator, period, evaluated).Value;
            if (avance is null && indicator.Find(Measure.StatedProgress, period)?.Value is { } stated)
            {
                avance = Math.Clamp(stated, 0m, 100m);
            }

            parts.Add(new WeightedPart(indicator.Code, avance, indicator.Relevance));
        }

        return parts;
    }

    /// <summary>Finds the indicator a name denotes, when exactly one does.</summary>
    public static Indicator? IndicatorByName(CeplanReport report, string name)
    {
        var matches = report.Indicators.Where(i => Names.Match(i.Name, name)).DistinctBy(i => i.Code, StringComparer.Ordinal).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static ReportValue? SoleStated(Indicator indicator, Period? period)
    {
        if (period is not null)
        {
            return null;
        }

        var stated = indicator.Observations.Where(o => o.Measure == Measure.StatedProgress).ToList();
        return stated.Count == 1 ? stated[0].Value : null;
    }
}

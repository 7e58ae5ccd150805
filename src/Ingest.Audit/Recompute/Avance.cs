namespace Ingest.Audit.Recompute;

/// <summary>A recomputed avance: the capped value, the uncapped ratio, or why it cannot be computed.</summary>
/// <param name="Value">The avance in percent, capped to [0, 100]; <see langword="null"/> when not computable.</param>
/// <param name="Uncapped">The ratio before capping, when there is one.</param>
/// <param name="Reason">Why it is not computable, or how it was scored (threshold compliance), in Spanish.</param>
internal sealed record Avance(decimal? Value, decimal? Uncapped, string? Reason)
{
    public static Avance NotComputable(string reason) => new(null, null, reason);
}

/// <summary>Avance tipo I and II of an indicator (SPEC section 4).</summary>
internal static class AvanceTipoI
{
    /// <summary>Computes avance tipo I from the expected (LE) and obtained (VO) values.</summary>
    public static Avance Compute(Sentido sentido, Aggregation aggregation, decimal? expected, decimal? obtained)
    {
        if (obtained is not { } vo)
        {
            return Avance.NotComputable("VO no disponible");
        }

        if (expected is not { } le)
        {
            return Avance.NotComputable("LE no disponible");
        }

        if (aggregation == Aggregation.MaximoPermisible)
        {
            return new Avance(vo <= le ? 100m : 0m, null, "umbral: máximo permisible (VO <= LE)");
        }

        if (aggregation == Aggregation.MinimoPermisible)
        {
            return new Avance(vo >= le ? 100m : 0m, null, "umbral: mínimo permisible (VO >= LE)");
        }

        if (le == 0m)
        {
            return Avance.NotComputable("LE = 0");
        }

        switch (sentido)
        {
            case Sentido.Ascendente:
                return Capped(vo / le * 100m);
            case Sentido.Descendente:
                if (vo <= le)
                {
                    return new Avance(100m, vo == 0m ? null : le / vo * 100m, null);
                }

                return vo == 0m ? Avance.NotComputable("VO = 0") : Capped(le / vo * 100m);
            case Sentido.NoDefinido:
                return Avance.NotComputable("sentido no definido, sin máximo / mínimo permisible");
            default:
                return Avance.NotComputable("sentido desconocido");
        }
    }

    /// <summary>Caps a ratio to [0, 100].</summary>
    public static Avance Capped(decimal ratio) => new(Math.Clamp(ratio, 0m, 100m), ratio, null);

    /// <summary>Computes avance tipo II (progress from the baseline): ascending (VO - LB) / (LE - LB), descending (LB - VO) / (LB - LE).</summary>
    public static Avance TipoII(Sentido sentido, decimal? baseline, decimal? expected, decimal? obtained)
    {
        if (baseline is not { } lb || expected is not { } le || obtained is not { } vo)
        {
            return Avance.NotComputable("falta LB, LE o VO");
        }

        if (le == lb)
        {
            return Avance.NotComputable("LE = LB");
        }

        return sentido switch
        {
            Sentido.Ascendente => Capped((vo - lb) / (le - lb) * 100m),
            Sentido.Descendente => Capped((lb - vo) / (lb - le) * 100m),
            _ => Avance.NotComputable("sentido desconocido"),
        };
    }
}

/// <summary>What the audit knows about an indicator's direction.</summary>
/// <param name="Sentido">The direction.</param>
/// <param name="Inferred"><see langword="true"/> when it was not printed but inferred from the expected values.</param>
internal readonly record struct ResolvedSentido(Sentido Sentido, bool Inferred);

/// <summary>The inputs of an indicator's avance for a period.</summary>
internal static class IndicatorFigures
{
    /// <summary>Gets the printed or inferred sentido: when not printed, the first expected value after the baseline year lower than the baseline means descending, higher ascending.</summary>
    public static ResolvedSentido Sentido(Indicator indicator)
    {
        if (indicator.Sentido != Ingest.Ceplan.Model.Sentido.Unknown)
        {
            return new ResolvedSentido(indicator.Sentido, indicator.SentidoInferred);
        }

        if (indicator.BaselineValue.Value is not { } lb)
        {
            return new ResolvedSentido(Ingest.Ceplan.Model.Sentido.Unknown, false);
        }

        var expected = indicator.Observations
            .Where(o => o.Measure == Measure.Expected && o.Value.Value.HasValue && (indicator.BaselineYear is not { } year || o.Period.Year > year))
            .OrderBy(o => o.Period);
        foreach (var observation in expected)
        {
            var le = observation.Value.Value!.Value;
            if (le != lb)
            {
                return new ResolvedSentido(le < lb ? Ingest.Ceplan.Model.Sentido.Descendente : Ingest.Ceplan.Model.Sentido.Ascendente, true);
            }
        }

        return new ResolvedSentido(Ingest.Ceplan.Model.Sentido.Unknown, false);
    }

    /// <summary>Gets the expected value for a period: the period's own column, else its year's (a semester is measured against the annual target).</summary>
    public static ReportValue? Expected(Indicator indicator, Period period)
        => indicator.Find(Measure.Expected, period)
           ?? (period.Semester is not null || period.EndYear is not null ? indicator.Find(Measure.Expected, new Period(period.EndYear ?? period.Year)) : null);

    /// <summary>
    /// Gets the obtained value for a period: the period's own column, else (for a range) its last year's, else (for the
    /// evaluated semester of a semester report that prints no semester column) its year's: a seguimiento "al primer semestre"
    /// heads its one observation with the year, and that value is the observation at the semester.
    /// </summary>
    public static ReportValue? Obtained(Indicator indicator, Period period, Period? evaluated)
        => indicator.Find(Measure.Obtained, period)
           ?? (period.EndYear is { } end ? indicator.Find(Measure.Obtained, new Period(end)) : null)
           ?? (YearReadAsSemester(indicator, period, evaluated) ? indicator.Find(Measure.Obtained, new Period(period.Year)) : null);

    /// <summary>Gets a value indicating whether the obtained value of a semester is read from its year's column (see <see cref="Obtained"/>).</summary>
    public static bool YearReadAsSemester(Indicator indicator, Period period, Period? evaluated)
        => period.Semester is not null && period.EndYear is null && evaluated == period
           && indicator.Find(Measure.Obtained, period) is null
           && indicator.Find(Measure.Obtained, new Period(period.Year)) is not null;

    /// <summary>Recomputes avance tipo I of an indicator for a period under the CEPLAN rule.</summary>
    public static Avance TipoI(Indicator indicator, Period period, Period? evaluated)
    {
        var sentido = Sentido(indicator);
        return AvanceTipoI.Compute(sentido.Sentido, indicator.Aggregation, Expected(indicator, period)?.Value, Obtained(indicator, period, evaluated)?.Value);
    }
}

using Ingest.Audit.Recompute;

namespace Ingest.Audit.Conventions;

/// <summary>Tries the alternative conventions of SPEC section 4 on a printed figure that differs from its CEPLAN recomputation.</summary>
internal static class ConventionSearch
{
    /// <summary>Rounding alternatives: truncation, and rounding to fewer decimals than printed.</summary>
    public static IEnumerable<Alternative> Rounding(ReportValue stated, decimal recomputed)
    {
        if (Recompute.Rounding.AgreesTruncated(stated, recomputed))
        {
            yield return new Alternative(Convention.Truncation, Invariant.Recomputed(recomputed, stated) + " truncado");
        }

        if (Recompute.Rounding.CoarserDecimals(stated, recomputed) is { } decimals)
        {
            yield return new Alternative(Convention.CoarserRounding, Invariant.Count(decimals) + " decimal(es)");
        }
    }

    /// <summary>Alternatives for an indicator's avance tipo I.</summary>
    public static IEnumerable<Alternative> Indicator(Indicator indicator, Period period, Period? evaluated, ReportValue stated, Avance ceplan)
    {
        var sentido = IndicatorFigures.Sentido(indicator);
        var expected = IndicatorFigures.Expected(indicator, period)?.Value;
        var obtained = IndicatorFigures.Obtained(indicator, period, evaluated)?.Value;
        if (sentido.Inferred && sentido.Sentido is Sentido.Ascendente or Sentido.Descendente)
        {
            var opposite = sentido.Sentido == Sentido.Ascendente ? Sentido.Descendente : Sentido.Ascendente;
            var other = AvanceTipoI.Compute(opposite, indicator.Aggregation, expected, obtained);
            if (Reproduces(stated, other.Value))
            {
                yield return new Alternative(Convention.InferredSentido, opposite == Sentido.Ascendente ? "ascendente" : "descendente");
            }
        }

        if (sentido.Sentido == Sentido.Descendente && !sentido.Inferred && expected is { } le && le != 0m && obtained is { } vo
            && Reproduces(stated, AvanceTipoI.Capped(vo / le * 100m).Value))
        {
            yield return new Alternative(Convention.AscendingRatio, string.Empty);
        }

        if (ceplan.Value is < 100m && stated.Value == 0m)
        {
            yield return new Alternative(Convention.ZeroForUnmet, string.Empty);
        }

        if (ceplan.Uncapped is > 100m && Reproduces(stated, ceplan.Uncapped))
        {
            yield return new Alternative(Convention.Uncapped, string.Empty);
        }

        foreach (var observation in indicator.Observations.Where(o => o.Measure == Measure.Expected && o.Value.HasValue))
        {
            if (observation.Value.Value == expected)
            {
                continue;
            }

            var other = AvanceTipoI.Compute(sentido.Sentido, indicator.Aggregation, observation.Value.Value, obtained);
            if (Reproduces(stated, other.Value))
            {
                yield return new Alternative(Convention.OtherPeriod, "LE de " + observation.Period, Measure.Expected, observation.Period);
                break;
            }
        }

        foreach (var observation in indicator.Observations.Where(o => o.Measure == Measure.Obtained && o.Value.HasValue && o.Period != period))
        {
            var other = AvanceTipoI.Compute(sentido.Sentido, indicator.Aggregation, expected, observation.Value.Value);
            if (Reproduces(stated, other.Value))
            {
                yield return new Alternative(Convention.OtherPeriod, "VO de " + observation.Period, Measure.Obtained, observation.Period);
                break;
            }
        }

        var tipoII = AvanceTipoI.TipoII(sentido.Sentido, indicator.BaselineValue.Value, expected, obtained);
        if (Reproduces(stated, tipoII.Value))
        {
            yield return new Alternative(Convention.TipoII, string.Empty);
        }
    }

    /// <summary>
    /// Recomputes an indicator's avance under a convention the report follows for its indicators (another period's column,
    /// the ascending ratio, no cap, zero for unmet, tipo II), so that an action's avance can be checked the way the report
    /// computes its indicators; <see langword="null"/> when the convention does not apply to one indicator or gives no value.
    /// </summary>
    public static decimal? IndicatorUnder(Alternative convention, Indicator indicator, Period period, Period? evaluated)
    {
        var sentido = IndicatorFigures.Sentido(indicator).Sentido;
        var expected = IndicatorFigures.Expected(indicator, period)?.Value;
        var obtained = IndicatorFigures.Obtained(indicator, period, evaluated)?.Value;
        var ceplan = AvanceTipoI.Compute(sentido, indicator.Aggregation, expected, obtained);
        if (convention.Convention == Convention.OtherPeriod)
        {
            return convention switch
            {
                { ColumnMeasure: Measure.Expected, Column: { } column } => AvanceTipoI.Compute(sentido, indicator.Aggregation, indicator.Find(Measure.Expected, column)?.Value, obtained).Value,
                { ColumnMeasure: Measure.Obtained, Column: { } column } => AvanceTipoI.Compute(sentido, indicator.Aggregation, expected, indicator.Find(Measure.Obtained, column)?.Value).Value,
                _ => null,
            };
        }

        if (convention.Convention == Convention.AscendingRatio)
        {
            return sentido == Sentido.Descendente && expected is { } le && le != 0m && obtained is { } vo ? AvanceTipoI.Capped(vo / le * 100m).Value : ceplan.Value;
        }

        if (convention.Convention == Convention.Uncapped)
        {
            return ceplan.Uncapped ?? ceplan.Value;
        }

        if (convention.Convention == Convention.ZeroForUnmet)
        {
            return ceplan.Value is < 100m ? 0m : ceplan.Value;
        }

        return convention.Convention == Convention.TipoII ? AvanceTipoI.TipoII(sentido, indicator.BaselineValue.Value, expected, obtained).Value : null;
    }

    /// <summary>Gets a value indicating whether <see cref="IndicatorUnder"/> can apply a convention.</summary>
    public static bool AppliesToIndicators(Alternative convention)
        => (convention.Convention == Convention.OtherPeriod && convention.Column is not null)
           || convention.Convention == Convention.AscendingRatio || convention.Convention == Convention.Uncapped
           || convention.Convention == Convention.ZeroForUnmet || convention.Convention == Convention.TipoII;

    /// <summary>Alternatives for a weighted mean of indicator avances.</summary>
    public static IEnumerable<Alternative> WeightedMean(IReadOnlyList<WeightedPart> parts, ReportValue stated, int maxSearch)
    {
        var present = parts.Where(p => p.Value.HasValue).ToList();
        var values = present.Select(p => p.Value!.Value).ToList();
        if (values.Count == 0)
        {
            yield break;
        }

        var relevanceKnown = present.All(p => p.Relevance != Relevance.Unknown);
        if (relevanceKnown && present.Select(p => p.Relevance).Distinct().Count() > 1 && Reproduces(stated, Weighting.SimpleMean(values)))
        {
            yield return new Alternative(Convention.EqualWeights, string.Empty);
        }

        if (!relevanceKnown && values.Count > 1 && values.Count <= maxSearch)
        {
            foreach (var weights in Weighting.AllWeightings(values.Count))
            {
                if (Reproduces(stated, Weighting.Mean(values, weights)))
                {
                    yield return new Alternative(Convention.UnknownRelevance, "pesos " + string.Join(';', weights.Select(w => Invariant.Format(w, 0))));
                    break;
                }
            }
        }

        foreach (var alternative in Mean(parts.Select(p => p.Value).ToList(), stated))
        {
            yield return alternative;
        }
    }

    /// <summary>Alternatives for a simple mean of listed rows: zero rows skipped, ND rows as zero.</summary>
    public static IEnumerable<Alternative> Mean(IReadOnlyList<decimal?> rows, ReportValue stated)
    {
        var present = rows.Where(r => r.HasValue).Select(r => r!.Value).ToList();
        var nonZero = present.Where(v => v != 0m).ToList();
        if (nonZero.Count != present.Count && Reproduces(stated, Weighting.SimpleMean(nonZero)))
        {
            yield return new Alternative(Convention.SkipZeroRows, Invariant.Count(present.Count - nonZero.Count) + " fila(s) con 0 excluida(s)");
        }

        if (present.Count != rows.Count && Reproduces(stated, rows.Sum(r => r ?? 0m) / rows.Count))
        {
            yield return new Alternative(Convention.NotAvailableAsZero, Invariant.Count(rows.Count - present.Count) + " fila(s) ND como 0");
        }

        if (present.Count is > 1 and <= 30)
        {
            for (var i = 0; i < present.Count; i++)
            {
                var without = present.Where((_, j) => j != i).ToList();
                if (Reproduces(stated, Weighting.SimpleMean(without)))
                {
                    yield return new Alternative(Convention.SkipRows, "fila " + Invariant.Count(i + 1) + " omitida");
                    yield break;
                }
            }
        }
    }

    /// <summary>Gets a value indicating whether a candidate, rounded or truncated to the printed decimals, gives the printed figure.</summary>
    public static bool Reproduces(ReportValue stated, decimal? candidate)
        => candidate is { } c && (Recompute.Rounding.Agrees(stated, c) || Recompute.Rounding.AgreesTruncated(stated, c));
}

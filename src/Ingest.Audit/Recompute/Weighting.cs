namespace Ingest.Audit.Recompute;

/// <summary>One indicator's part in its action's avance.</summary>
/// <param name="Code">The indicator's code.</param>
/// <param name="Value">Its capped avance tipo I; <see langword="null"/> when ND (excluded).</param>
/// <param name="Relevance">Its relevancia.</param>
internal sealed record WeightedPart(string Code, decimal? Value, Relevance Relevance);

/// <summary>The relevance-weighted mean of SPEC section 4.</summary>
internal static class Weighting
{
    /// <summary>Gets the weights of the non-ND parts: <c>Rmax - R + 1</c>; all 1 when one relevance is unknown.</summary>
    public static IReadOnlyList<decimal> Weights(IReadOnlyList<WeightedPart> parts)
    {
        var present = parts.Where(p => p.Value.HasValue).ToList();
        if (present.Count == 0)
        {
            return [];
        }

        if (present.Any(p => p.Relevance == Relevance.Unknown))
        {
            return present.Select(_ => 1m).ToList();
        }

        var rmax = present.Max(p => (int)p.Relevance);
        return present.Select(p => (decimal)(rmax - (int)p.Relevance + 1)).ToList();
    }

    /// <summary>Gets the relevance-weighted mean of the non-ND parts, or <see langword="null"/> when all are ND.</summary>
    public static decimal? Mean(IReadOnlyList<WeightedPart> parts)
    {
        var values = parts.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).ToList();
        return values.Count == 0 ? null : Mean(values, Weights(parts));
    }

    /// <summary>Gets a weighted mean.</summary>
    public static decimal Mean(IReadOnlyList<decimal> values, IReadOnlyList<decimal> weights)
    {
        var sum = 0m;
        var total = 0m;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i] * weights[i];
            total += weights[i];
        }

        return sum / total;
    }

    /// <summary>Gets the simple mean, or <see langword="null"/> for no values.</summary>
    public static decimal? SimpleMean(IReadOnlyList<decimal> values) => values.Count == 0 ? null : values.Sum() / values.Count;

    /// <summary>Enumerates every CEPLAN weighting of <paramref name="count"/> parts (weights 1..3, at least one weight 1), for relevance that is not printed.</summary>
    public static IEnumerable<decimal[]> AllWeightings(int count)
    {
        var weights = new int[count];
        Array.Fill(weights, 1);
        while (true)
        {
            if (weights.Contains(1))
            {
                yield return weights.Select(w => (decimal)w).ToArray();
            }

            var i = 0;
            while (i < count && weights[i] == 3)
            {
                weights[i] = 1;
                i++;
            }

            if (i == count)
            {
                yield break;
            }

            weights[i]++;
        }
    }
}

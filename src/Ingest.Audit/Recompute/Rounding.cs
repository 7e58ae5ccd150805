namespace Ingest.Audit.Recompute;

/// <summary>Comparison of a recomputed figure with a printed one, at the printed precision.</summary>
internal static class Rounding
{
    /// <summary>Gets a value indicating whether a recomputed figure, rounded to the printed decimals, gives the printed figure (within half a unit of its last decimal).</summary>
    public static bool Agrees(ReportValue stated, decimal recomputed)
        => stated.Value is { } v && Math.Abs(v - recomputed) <= stated.Tolerance;

    /// <summary>Gets a value indicating whether truncating (not rounding) the recomputed figure to the printed decimals gives the printed figure.</summary>
    public static bool AgreesTruncated(ReportValue stated, decimal recomputed)
        => stated.Value is { } v && Truncate(recomputed, stated.Decimals) == Truncate(v, stated.Decimals);

    /// <summary>Gets the number of decimals to which the figure was really rounded when it is printed with trailing zeros (<c>72.60</c> → 1), or <see langword="null"/>.</summary>
    public static int? CoarserDecimals(ReportValue stated, decimal recomputed)
    {
        if (stated.Value is not { } v)
        {
            return null;
        }

        for (var decimals = stated.Decimals - 1; decimals >= 0; decimals--)
        {
            if (Math.Round(v, decimals) != v)
            {
                return null;
            }

            // Spreadsheets often round twice (94.6495 -> 94.65 -> 94.7): accept that too.
            var twice = Math.Round(Math.Round(recomputed, decimals + 1, MidpointRounding.AwayFromZero), decimals, MidpointRounding.AwayFromZero);
            if (Math.Abs(v - recomputed) <= 0.5m / Pow10(decimals) || twice == v)
            {
                return decimals;
            }
        }

        return null;
    }

    /// <summary>Truncates towards zero to a number of decimals.</summary>
    public static decimal Truncate(decimal value, int decimals)
    {
        var scale = Pow10(decimals);
        return decimal.Truncate(value * scale) / scale;
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}

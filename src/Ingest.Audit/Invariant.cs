using System.Globalization;

namespace Ingest.Audit;

/// <summary>Invariant text for the numbers of findings and of the reconciled view.</summary>
internal static class Invariant
{
    /// <summary>Formats a number with a fixed count of decimals, invariant culture.</summary>
    public static string Format(decimal value, int decimals)
        => value.ToString("F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats a recomputed figure with two decimals more than the stated one, so that a rounding or truncation difference stays visible.</summary>
    public static string Recomputed(decimal value, ReportValue stated) => Format(value, Math.Max(2, stated.Decimals + 2));

    /// <summary>Formats a count.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Joins a count vector with <c>;</c>.</summary>
    public static string Counts(IEnumerable<int> values) => string.Join(';', values.Select(Count));

    /// <summary>Joins printed counts with <c>;</c>; a missing count is written <c>ND</c>.</summary>
    public static string Counts(IEnumerable<ReportValue?> values) => string.Join(';', values.Select(v => v?.ToString() ?? "-"));

    /// <summary>Formats a period key, or nothing.</summary>
    public static string Period(Period? period) => period?.ToString() ?? string.Empty;

    /// <summary>The Spanish suffix <c> (2024-S1)</c> of a message, or nothing.</summary>
    public static string PeriodSuffix(Period? period) => period is { } p ? " (" + p + ")" : string.Empty;

    /// <summary>Writes the unit of a stated figure after its number (<c>%</c>) for messages.</summary>
    public static string WithUnit(string number, ReportValue stated)
        => stated.Unit switch
        {
            ValueUnit.Percent => number + "%",
            ValueUnit.Soles => "S/ " + number,
            ValueUnit.Dollars => "US$ " + number,
            _ => number,
        };
}

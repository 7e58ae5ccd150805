using System.Globalization;

namespace Ingest.Ceplan.Model;

/// <summary>Why a printed figure carries no number.</summary>
public enum MissingReason
{
    /// <summary>The figure is present (not missing).</summary>
    None,

    /// <summary>Printed as <c>ND</c> ("no disponible" / "no determinado").</summary>
    NotAvailable,

    /// <summary>Printed as a dash (<c>-</c>, <c>–</c>).</summary>
    Dash,

    /// <summary>The cell or slot is empty.</summary>
    Blank,

    /// <summary>Printed, but not a readable number; <see cref="Provenance.Raw"/> holds the text.</summary>
    Unreadable,
}

/// <summary>The unit a printed figure is written in.</summary>
public enum ValueUnit
{
    /// <summary>A plain number.</summary>
    None,

    /// <summary>Followed by <c>%</c>.</summary>
    Percent,

    /// <summary>Preceded by <c>S/</c> (Peruvian soles).</summary>
    Soles,

    /// <summary>Preceded by <c>US$</c> or <c>$</c>.</summary>
    Dollars,
}

/// <summary>A figure printed in a report: its number (or why there is none), how many decimals were printed, and where.</summary>
/// <param name="Value">The number; <see langword="null"/> when the figure is missing (ND, dash, blank): missing is never 0.</param>
/// <param name="Decimals">The number of decimals printed (<c>12.19%</c> → 2); the rounding tolerance is half a unit of the last printed decimal.</param>
/// <param name="Unit">The unit written beside the number.</param>
/// <param name="Missing">Why there is no number, or <see cref="MissingReason.None"/>.</param>
/// <param name="Source">Where the figure is printed.</param>
public sealed record ReportValue(decimal? Value, int Decimals, ValueUnit Unit, MissingReason Missing, Provenance Source)
{
    /// <summary>Gets a value indicating whether the figure has a number.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>Gets half a unit of the last printed decimal (0.005 for two decimals, 0.5 for none).</summary>
    public decimal Tolerance => 0.5m / Pow10(Decimals);

    /// <summary>Creates a present value.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The printed decimals.</param>
    /// <param name="source">Where it is printed; <see cref="Provenance.None"/> when omitted.</param>
    /// <param name="unit">The printed unit.</param>
    /// <returns>The value.</returns>
    public static ReportValue Of(decimal value, int decimals, Provenance? source = null, ValueUnit unit = ValueUnit.None)
        => new(value, decimals, unit, MissingReason.None, source ?? Provenance.None);

    /// <summary>Creates a missing value.</summary>
    /// <param name="reason">Why it is missing.</param>
    /// <param name="source">Where the missing mark is printed.</param>
    /// <returns>The value.</returns>
    public static ReportValue MissingValue(MissingReason reason, Provenance? source = null)
        => new(null, 0, ValueUnit.None, reason, source ?? Provenance.None);

    /// <summary>Gets the value as printed with its decimals, or <c>ND</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Value is { } v ? v.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "ND";

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

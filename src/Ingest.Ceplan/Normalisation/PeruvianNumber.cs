using System.Globalization;
using System.Text;
using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Normalisation;

/// <summary>Reads figures as Peruvian reports print them.</summary>
/// <remarks>
/// Thousands are grouped with commas and the decimal mark is a point (<c>1,267,432</c>, <c>8,600.00</c>); an apostrophe
/// may mark millions (<c>49'295,901.29</c>). A comma followed by other than three digits is read as a decimal comma
/// (<c>12,5</c>), as Word documents typed by hand sometimes print. <c>ND</c>, a dash and a blank are missing, never 0.
/// Units: a trailing <c>%</c>, a leading <c>S/</c> or <c>S/.</c>, <c>US$</c> or <c>$</c>; a trailing unit word (<c>1.70m</c>,
/// <c>370 km</c>) is dropped.
/// </remarks>
public static class PeruvianNumber
{
    /// <summary>Reads a printed figure.</summary>
    /// <param name="raw">The text as printed.</param>
    /// <param name="source">Where it is printed; <see cref="Provenance.None"/> when omitted.</param>
    /// <returns>The value; missing (with the reason) when the text is ND, a dash, blank or not a number.</returns>
    public static ReportValue Parse(string? raw, Provenance? source = null)
    {
        source ??= Provenance.None;
        var text = Clean(raw);
        if (text.Length == 0)
        {
            return ReportValue.MissingValue(MissingReason.Blank, source);
        }

        if (IsNotAvailable(text))
        {
            return ReportValue.MissingValue(MissingReason.NotAvailable, source);
        }

        if (text is "-" or "–" or "—" or "--")
        {
            return ReportValue.MissingValue(MissingReason.Dash, source);
        }

        return TryRead(text, out var value, out var decimals, out var unit)
            ? new ReportValue(value, decimals, unit, MissingReason.None, source)
            : ReportValue.MissingValue(MissingReason.Unreadable, source);
    }

    /// <summary>Reads a printed figure that must be a number.</summary>
    /// <param name="raw">The text.</param>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The printed decimals.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    public static bool TryParse(string? raw, out decimal value, out int decimals)
        => TryRead(Clean(raw), out value, out decimals, out _);

    private static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            // Stray spaces inside a figure come from justified or wrapped cells: "1, 267" is one number.
            if (!char.IsWhiteSpace(ch) && ch != '\u00A0')
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    private static bool IsNotAvailable(string text)
        => text.Equals("ND", StringComparison.OrdinalIgnoreCase) || text.Equals("N.D.", StringComparison.OrdinalIgnoreCase)
            || text.Equals("N/D", StringComparison.OrdinalIgnoreCase) || text.Equals("N.D", StringComparison.OrdinalIgnoreCase)
            || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase);

    private static bool TryRead(string text, out decimal value, out int decimals, out ValueUnit unit)
    {
        value = 0;
        decimals = 0;
        unit = ValueUnit.None;
        var span = text.AsSpan();
        if (span.StartsWith("S/.", StringComparison.OrdinalIgnoreCase))
        {
            unit = ValueUnit.Soles;
            span = span[3..];
        }
        else if (span.StartsWith("S/", StringComparison.OrdinalIgnoreCase))
        {
            unit = ValueUnit.Soles;
            span = span[2..];
        }
        else if (span.StartsWith("US$", StringComparison.OrdinalIgnoreCase))
        {
            unit = ValueUnit.Dollars;
            span = span[3..];
        }
        else if (span.StartsWith("$", StringComparison.Ordinal))
        {
            unit = ValueUnit.Dollars;
            span = span[1..];
        }

        var negative = false;
        if (span.Length > 0 && span[0] is '-' or '−' or '–')
        {
            negative = true;
            span = span[1..];
        }
        else if (span.Length > 0 && span[0] == '+')
        {
            span = span[1..];
        }

        if (span.EndsWith("%", StringComparison.Ordinal))
        {
            unit = ValueUnit.Percent;
            span = span[..^1];
        }
        else
        {
            // A unit word glued to the number ("1.70m", "370km"): keep the number.
            var end = span.Length;
            while (end > 0 && char.IsLetter(span[end - 1]))
            {
                end--;
            }

            if (end < span.Length && end > 0 && char.IsDigit(span[end - 1]))
            {
                span = span[..end];
            }
        }

        if (span.IsEmpty || !char.IsDigit(span[0]) || !char.IsDigit(span[^1]))
        {
            return false;
        }

        var digits = new StringBuilder(span.Length);
        var decimalAt = DecimalMark(span);
        for (var i = 0; i < span.Length; i++)
        {
            var ch = span[i];
            if (char.IsDigit(ch))
            {
                digits.Append(ch);
            }
            else if (i == decimalAt)
            {
                digits.Append('.');
                decimals = span.Length - i - 1;
            }
            else if (ch is not (',' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Finds the index of the decimal mark, or -1 when the number is whole.</summary>
    private static int DecimalMark(ReadOnlySpan<char> span)
    {
        var lastPoint = span.LastIndexOf('.');
        var lastComma = span.LastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0)
        {
            return Math.Max(lastPoint, lastComma);
        }

        if (lastPoint >= 0)
        {
            // Several points are thousands groups (European style "1.234.567").
            return span.IndexOf('.') == lastPoint ? lastPoint : -1;
        }

        if (lastComma >= 0)
        {
            // "1,267" and "1,267,432" group thousands; "12,5" and "0,50" carry a decimal comma.
            var single = span.IndexOf(',') == lastComma;
            var groupOfThree = span.Length - lastComma - 1 == 3;
            return single && !groupOfThree ? lastComma : -1;
        }

        return -1;
    }
}

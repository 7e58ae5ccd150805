using System.Globalization;

namespace Ingest.Ceplan.Model;

/// <summary>A reporting period: a year, a semester of a year, or a range of years.</summary>
/// <param name="Year">The (first) year.</param>
/// <param name="Semester">1 or 2 for a semester; <see langword="null"/> for a whole year.</param>
/// <param name="EndYear">The last year of a range (<c>2023-2024</c>); <see langword="null"/> for one year.</param>
public readonly record struct Period(int Year, int? Semester = null, int? EndYear = null) : IComparable<Period>
{
    /// <summary>Gets the period's key: <c>2024</c>, <c>2024-S1</c>, <c>2023-2024</c>.</summary>
    /// <returns>The key.</returns>
    public override string ToString()
        => EndYear is { } end ? string.Create(CultureInfo.InvariantCulture, $"{Year}-{end}")
            : Semester is { } s ? string.Create(CultureInfo.InvariantCulture, $"{Year}-S{s}")
            : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="period">The period read.</param>
    /// <returns><see langword="true"/> when the key is well formed.</returns>
    public static bool TryParse(string? key, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(key) || key.Length < 4 || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var rest = key.AsSpan(4);
        if (rest.IsEmpty)
        {
            period = new Period(year);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && rest[1] == 'S' && rest[2] is '1' or '2')
        {
            period = new Period(year, rest[2] - '0');
            return true;
        }

        if (rest.Length == 5 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            period = new Period(year, null, end);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(Period other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var bySemester = (Semester ?? 3).CompareTo(other.Semester ?? 3);
        return bySemester != 0 ? bySemester : (EndYear ?? 0).CompareTo(other.EndYear ?? 0);
    }
}

namespace Ingest.Pdf.Fonts;

/// <summary>A lookup of character-code ranges (<c>lo</c>..<c>hi</c>, inclusive) to values, without expanding the ranges.</summary>
/// <remarks>Where ranges overlap, the one defined last wins, as when a CMap's later lines override earlier ones.</remarks>
/// <typeparam name="T">The value a range maps to; the caller derives each code's result from it and the code's offset from <c>lo</c>.</typeparam>
internal sealed class CodeRangeTable<T>
{
    private readonly Entry[] entries;
    private readonly uint[] maxHighSoFar;

    /// <summary>Initializes a new instance of the <see cref="CodeRangeTable{T}"/> class.</summary>
    /// <param name="ranges">The ranges in definition order; ranges with <c>lo &gt; hi</c> are dropped.</param>
    public CodeRangeTable(IEnumerable<(uint Low, uint High, T Value)> ranges)
    {
        var list = new List<Entry>();
        foreach (var (low, high, value) in ranges)
        {
            if (low <= high)
            {
                list.Add(new Entry(low, high, value, list.Count));
            }
        }

        list.Sort(static (a, b) => a.Low != b.Low ? a.Low.CompareTo(b.Low) : a.Order.CompareTo(b.Order));
        entries = [.. list];
        maxHighSoFar = new uint[entries.Length];
        uint max = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            max = Math.Max(max, entries[i].High);
            maxHighSoFar[i] = max;
        }
    }

    /// <summary>Gets the number of ranges.</summary>
    public int Count => entries.Length;

    /// <summary>Finds the range that holds a code.</summary>
    /// <param name="code">The character code.</param>
    /// <param name="value">The range's value.</param>
    /// <param name="low">The range's first code.</param>
    /// <returns><see langword="true"/> when a range holds the code.</returns>
    public bool TryFind(uint code, out T value, out uint low)
    {
        // The last range starting at or before the code; earlier ones can hold it only while the running maximum of 'hi' reaches it.
        int lo = 0, hi = entries.Length - 1, start = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entries[mid].Low <= code)
            {
                start = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var best = -1;
        for (var i = start; i >= 0 && maxHighSoFar[i] >= code; i--)
        {
            if (entries[i].High >= code && (best < 0 || entries[i].Order > entries[best].Order))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            value = default!;
            low = 0;
            return false;
        }

        value = entries[best].Value;
        low = entries[best].Low;
        return true;
    }

    private readonly record struct Entry(uint Low, uint High, T Value, int Order);
}

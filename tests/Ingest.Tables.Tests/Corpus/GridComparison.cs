using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Tables.Tests.Corpus;

/// <summary>Compares table grids the way tabula's and camelot's own tests do, up to whitespace.</summary>
internal static partial class GridComparison
{
    /// <summary>
    /// Normalises every cell of both grids alike: folds full-width ASCII forms onto ASCII (<c>（</c> and <c>(</c> compare
    /// alike: the part of Unicode NFKC that matters here, done by hand because the invariant-globalization build has no
    /// normalisation tables); collapses every whitespace run to one space (so \r, \n and \r\n inside cells compare
    /// alike); removes the whitespace that follows a currency sign or an ampersand (<c>$ 71.15</c> and <c>$71.15</c>,
    /// <c>Black &amp; White</c> and <c>Black &amp;White</c> compare alike: whether a gap between two text chunks is a space
    /// is a whitespace difference, and these are the signs tabula joins to the next chunk); and trims the cell.
    /// Nothing else is changed: letters, digits and punctuation must match exactly.
    /// </summary>
    public static List<string[]> Normalise(IEnumerable<IReadOnlyList<string>> rows) =>
        rows.Select(r => r.Select(c => SpaceAfterSign().Replace(Whitespace().Replace(FoldWidth(c), " "), "$1").Trim()).ToArray()).ToList();

    private static string FoldWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' => ' ',
                _ => ch,
            });
        }

        return builder.ToString();
    }

    /// <summary>Describes the first difference between two normalised grids, or returns null when they are equal.</summary>
    public static string? FirstDifference(List<string[]> expected, List<string[]> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (!expected[i].SequenceEqual(actual[i]))
            {
                return $"row {i}: expected [{string.Join(" | ", expected[i])}] got [{string.Join(" | ", actual[i])}]";
            }
        }

        return expected.Count == actual.Count ? null : $"expected {expected.Count} rows, got {actual.Count}";
    }

    /// <summary>Describes the first difference in shape (row count, then field count of each row), or returns null when the shapes are equal.</summary>
    public static string? FirstShapeDifference(List<string[]> expected, List<string[]> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"expected {expected.Count} rows, got {actual.Count}";
        }

        var row = Enumerable.Range(0, expected.Count).FirstOrDefault(i => expected[i].Length != actual[i].Length, -1);
        return row < 0 ? null : $"row {row}: expected {expected[row].Length} fields, got {actual[row].Length}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A currency sign (Unicode category Sc) or an ampersand followed by a space.</summary>
    [GeneratedRegex(@"([\p{Sc}&]) ")]
    private static partial Regex SpaceAfterSign();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Tables.Tests.Corpus;

/// <summary>Compares table grids the way tabula's and camelot's own tests do, up to whitespace.</summary>
internal static partial class GridComparison
{
    /// <summary>
    /// Collapses whitespace (so \r, \n and \r\n inside cells compare alike), trims every cell and folds full-width
    /// ASCII forms onto ASCII (<c>（</c> and <c>(</c> compare alike: the part of Unicode NFKC that matters here, done by
    /// hand because the invariant-globalization build has no normalisation tables).
    /// </summary>
    public static List<string[]> Normalise(IEnumerable<IReadOnlyList<string>> rows) =>
        rows.Select(r => r.Select(c => Whitespace().Replace(FoldWidth(c), " ").Trim()).ToArray()).ToList();

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

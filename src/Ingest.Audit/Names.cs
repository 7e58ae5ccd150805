using System.Globalization;
using System.Text;

namespace Ingest.Audit;

/// <summary>Comparison of printed names (indicator and action names in tables and in running text).</summary>
internal static class Names
{
    /// <summary>Folds a name for comparison: no accents, upper case, single spaces, no trailing punctuation or <c>(Prioridad n)</c>.</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var raw in name)
        {
            // Folded by hand: with invariant globalization, Unicode normalisation is not available everywhere.
            var c = Unaccent(raw);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '*' or '"' or '“' or '”')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        var folded = builder.ToString();
        var priority = folded.IndexOf("(PRIORIDAD", StringComparison.Ordinal);
        if (priority > 0)
        {
            folded = folded[..priority];
        }

        return folded.TrimEnd(' ', '.', ',', ';', ':');
    }

    /// <summary>Gets a value indicating whether two printed names denote the same thing (equal when folded, or nearly the same words).</summary>
    public static bool Match(string? a, string? b)
    {
        var x = Fold(a);
        var y = Fold(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return true;
        }

        var wx = Words(x);
        var wy = Words(y);
        var common = wx.Intersect(wy, StringComparer.Ordinal).Count();
        var union = wx.Union(wy, StringComparer.Ordinal).Count();
        return union > 0 && common * 10 >= union * 8;
    }

    private static char Unaccent(char c) => c switch
    {
        'á' or 'à' or 'ä' or 'â' => 'a',
        'é' or 'è' or 'ë' or 'ê' => 'e',
        'í' or 'ì' or 'ï' or 'î' => 'i',
        'ó' or 'ò' or 'ö' or 'ô' => 'o',
        'ú' or 'ù' or 'ü' or 'û' => 'u',
        'ñ' => 'n',
        'Á' or 'À' or 'Ä' or 'Â' => 'A',
        'É' or 'È' or 'Ë' or 'Ê' => 'E',
        'Í' or 'Ì' or 'Ï' or 'Î' => 'I',
        'Ó' or 'Ò' or 'Ö' or 'Ô' => 'O',
        'Ú' or 'Ù' or 'Ü' or 'Û' => 'U',
        'Ñ' => 'N',
        _ => c,
    };

    private static HashSet<string> Words(string folded)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Plural and gender endings vary between a table and the text that quotes it ("notificados" / "notificadas").
            var trimmed = word.Trim('.', ',', ';', ':', '(', ')');
            if (trimmed.Length > 4 && trimmed[^1] == 'S')
            {
                trimmed = trimmed[..^1];
            }

            if (trimmed.Length > 4 && trimmed[^1] is 'A' or 'O')
            {
                trimmed = trimmed[..^1];
            }

            if (trimmed.Length > 0)
            {
                words.Add(trimmed);
            }
        }

        return words;
    }
}

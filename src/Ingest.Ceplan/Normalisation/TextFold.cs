using System.Text;

namespace Ingest.Ceplan.Normalisation;

/// <summary>Folds Spanish text for matching: accents off, upper case, so that <c>Evaluación</c>, <c>EVALUACION</c> and <c>evaluacion</c> compare equal.</summary>
/// <remarks>A hand-made table rather than Unicode normalisation: the build runs with invariant globalization, and the
/// reports only use Latin-1 letters (some with grave accents typed by mistake: <c>SÒLIDA</c>, <c>TÈCNICA</c>).</remarks>
internal static class TextFold
{
    /// <summary>Folds a text: letters without accents and upper case, other characters kept, runs of white space as one space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string? text) => Collapse(text, fold: true);

    /// <summary>Writes runs of white space (no-break spaces included) as one space and drops it at both ends; letters are kept as they are.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with single spaces.</returns>
    public static string CollapseSpaces(string? text) => Collapse(text, fold: false);

    /// <summary>Folds a text and keeps only its letters and digits, so that letter-spaced print (<c>A nex o B-7</c>, <c>PLA N</c>) still matches.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The squashed text.</returns>
    public static string Squash(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var folded = FoldChar(ch);
            if (folded is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds one character.</summary>
    /// <param name="ch">The character.</param>
    /// <returns>The folded character.</returns>
    public static char FoldChar(char ch) => ch switch
    {
        >= 'a' and <= 'z' => (char)(ch - 32),
        'á' or 'à' or 'â' or 'ä' or 'Á' or 'À' or 'Â' or 'Ä' => 'A',
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'E',
        'í' or 'ì' or 'î' or 'ï' or 'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
        'ó' or 'ò' or 'ô' or 'ö' or 'Ó' or 'Ò' or 'Ô' or 'Ö' => 'O',
        'ú' or 'ù' or 'û' or 'ü' or 'Ú' or 'Ù' or 'Û' or 'Ü' => 'U',
        'ñ' or 'Ñ' => 'N',
        'ç' or 'Ç' => 'C',
        '’' or '‘' or '´' => '\'',
        '“' or '”' => '"',
        '–' or '—' or '−' => '-',
        _ => ch,
    };

    private static string Collapse(string? text, bool fold)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(fold ? FoldChar(ch) : ch);
        }

        return builder.ToString();
    }
}

namespace Ingest.Ceplan.Normalisation;

/// <summary>Reads whole numbers written in Spanish words (<c>treinta y cuatro</c>, <c>veintidós</c>, <c>ciento cinco</c>, <c>dos mil veinticuatro</c>).</summary>
/// <remarks>Covers 0 to 999 999, with or without accents, in any letter case; <c>un</c> / <c>una</c> count as one, and the
/// common misspelling <c>trecientos</c> reads as three hundred. Reports print
/// counts in words beside their digits (<c>nueve (09) OEI</c>), and the two must agree.</remarks>
public static class SpanishNumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["CERO"] = 0, ["UNO"] = 1, ["UN"] = 1, ["UNA"] = 1, ["DOS"] = 2, ["TRES"] = 3, ["CUATRO"] = 4, ["CINCO"] = 5,
        ["SEIS"] = 6, ["SIETE"] = 7, ["OCHO"] = 8, ["NUEVE"] = 9, ["DIEZ"] = 10, ["ONCE"] = 11, ["DOCE"] = 12,
        ["TRECE"] = 13, ["CATORCE"] = 14, ["QUINCE"] = 15, ["DIECISEIS"] = 16, ["DIECISIETE"] = 17, ["DIECIOCHO"] = 18,
        ["DIECINUEVE"] = 19, ["VEINTE"] = 20, ["VEINTIUNO"] = 21, ["VEINTIUN"] = 21, ["VEINTIUNA"] = 21, ["VEINTIDOS"] = 22,
        ["VEINTITRES"] = 23, ["VEINTICUATRO"] = 24, ["VEINTICINCO"] = 25, ["VEINTISEIS"] = 26, ["VEINTISIETE"] = 27,
        ["VEINTIOCHO"] = 28, ["VEINTINUEVE"] = 29,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["TREINTA"] = 30, ["CUARENTA"] = 40, ["CINCUENTA"] = 50, ["SESENTA"] = 60, ["SETENTA"] = 70, ["OCHENTA"] = 80, ["NOVENTA"] = 90,
    };

    private static readonly Dictionary<string, int> Hundreds = new(StringComparer.Ordinal)
    {
        ["CIEN"] = 100, ["CIENTO"] = 100, ["DOSCIENTOS"] = 200, ["DOSCIENTAS"] = 200, ["TRESCIENTOS"] = 300, ["TRESCIENTAS"] = 300, ["TRECIENTOS"] = 300, ["TRECIENTAS"] = 300,
        ["CUATROCIENTOS"] = 400, ["CUATROCIENTAS"] = 400, ["QUINIENTOS"] = 500, ["QUINIENTAS"] = 500, ["SEISCIENTOS"] = 600,
        ["SEISCIENTAS"] = 600, ["SETECIENTOS"] = 700, ["SETECIENTAS"] = 700, ["OCHOCIENTOS"] = 800, ["OCHOCIENTAS"] = 800,
        ["NOVECIENTOS"] = 900, ["NOVECIENTAS"] = 900,
    };

    /// <summary>Gets a value indicating whether a word can be part of a number written in words.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for number words and the joining <c>y</c>.</returns>
    public static bool IsNumberWord(string? word)
    {
        var folded = TextFold.Fold(word);
        return folded == "Y" || folded == "MIL" || Units.ContainsKey(folded) || Tens.ContainsKey(folded) || Hundreds.ContainsKey(folded);
    }

    /// <summary>Reads a number written in words.</summary>
    /// <param name="text">The words (<c>treinta y cuatro</c>).</param>
    /// <param name="value">The number.</param>
    /// <returns><see langword="true"/> when every word is part of one well-formed number.</returns>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var words = TextFold.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var total = 0;
        var group = 0;
        var sawMil = false;
        var i = 0;
        while (i < words.Length)
        {
            if (words[i] == "MIL")
            {
                if (sawMil)
                {
                    return false;
                }

                // "mil" alone is one thousand; "dos mil" multiplies what came before.
                total = (group == 0 ? 1 : group) * 1000;
                group = 0;
                sawMil = true;
                i++;
                continue;
            }

            if (!TryReadBelowThousand(words, ref i, out var part))
            {
                return false;
            }

            if (group != 0)
            {
                return false;
            }

            group = part;
        }

        if (sawMil && group == 0 && words[^1] != "MIL")
        {
            return false;
        }

        value = total + group;
        return true;
    }

    private static bool TryReadBelowThousand(string[] words, ref int i, out int value)
    {
        value = 0;
        var any = false;
        if (i < words.Length && Hundreds.TryGetValue(words[i], out var hundreds))
        {
            // "cien" stands alone; "ciento" needs what follows.
            value = hundreds;
            any = true;
            var word = words[i];
            i++;
            if (word == "CIEN")
            {
                return true;
            }

            if (word == "CIENTO" && (i >= words.Length || words[i] == "MIL"))
            {
                return false;
            }
        }

        if (i < words.Length && Tens.TryGetValue(words[i], out var tens))
        {
            value += tens;
            any = true;
            i++;
            if (i + 1 < words.Length && words[i] == "Y" && Units.TryGetValue(words[i + 1], out var unit) && unit is >= 1 and <= 9)
            {
                value += unit;
                i += 2;
            }

            return true;
        }

        if (i < words.Length && Units.TryGetValue(words[i], out var small))
        {
            if (small == 0 && any)
            {
                return false;
            }

            value += small;
            i++;
            return true;
        }

        return any;
    }
}

namespace Ingest.Audit.Recompute;

/// <summary>Reads whole numbers written in Spanish words (<c>treinta y cuatro</c>, <c>trescientos cincuenta y un</c>), for text whose reader did not.</summary>
internal static class SpanishNumberWords
{
    private static readonly Dictionary<string, int> Values = new(StringComparer.Ordinal)
    {
        ["CERO"] = 0, ["UN"] = 1, ["UNO"] = 1, ["UNA"] = 1, ["DOS"] = 2, ["TRES"] = 3, ["CUATRO"] = 4, ["CINCO"] = 5, ["SEIS"] = 6,
        ["SIETE"] = 7, ["OCHO"] = 8, ["NUEVE"] = 9, ["DIEZ"] = 10, ["ONCE"] = 11, ["DOCE"] = 12, ["TRECE"] = 13, ["CATORCE"] = 14,
        ["QUINCE"] = 15, ["DIECISEIS"] = 16, ["DIECISIETE"] = 17, ["DIECIOCHO"] = 18, ["DIECINUEVE"] = 19, ["VEINTE"] = 20,
        ["VEINTIUN"] = 21, ["VEINTIUNO"] = 21, ["VEINTIDOS"] = 22, ["VEINTITRES"] = 23, ["VEINTICUATRO"] = 24, ["VEINTICINCO"] = 25,
        ["VEINTISEIS"] = 26, ["VEINTISIETE"] = 27, ["VEINTIOCHO"] = 28, ["VEINTINUEVE"] = 29, ["TREINTA"] = 30, ["CUARENTA"] = 40,
        ["CINCUENTA"] = 50, ["SESENTA"] = 60, ["SETENTA"] = 70, ["OCHENTA"] = 80, ["NOVENTA"] = 90, ["CIEN"] = 100, ["CIENTO"] = 100,
        ["DOSCIENTOS"] = 200, ["TRESCIENTOS"] = 300, ["CUATROCIENTOS"] = 400, ["QUINIENTOS"] = 500, ["SEISCIENTOS"] = 600,
        ["SETECIENTOS"] = 700, ["OCHOCIENTOS"] = 800, ["NOVECIENTOS"] = 900,
    };

    /// <summary>Reads a number in words; every word must be known (a misspelt word gives <see langword="false"/>).</summary>
    public static bool TryParse(string? words, out decimal value)
    {
        value = 0;
        var tokens = Names.Fold(words).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(t => t != "Y").ToList();
        if (tokens.Count == 0)
        {
            return false;
        }

        var total = 0;
        var current = 0;
        foreach (var token in tokens)
        {
            if (token == "MIL")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                continue;
            }

            if (!Values.TryGetValue(token, out var v))
            {
                return false;
            }

            current += v;
        }

        value = total + current;
        return true;
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace Ingest.Pdf.Fonts;

/// <summary>The predefined simple-font encodings of ISO 32000-1 Annex D: tables of 256 glyph names indexed by character code.</summary>
/// <remarks>
/// WinAnsiEncoding follows the notes of Annex D: 0xA0 is "space", 0xAD "hyphen", and the unused
/// codes 0x7F, 0x81, 0x8D, 0x8F, 0x90 and 0x9D show "bullet". MacRomanEncoding has "space" at 0xCA
/// and "currency" at 0xDB, and keeps the 15 Mac OS Roman symbols Annex D leaves out. The built-in
/// encodings of Symbol and ZapfDingbats come from their AFM files. See <c>Resources/README.md</c>.
/// </remarks>
internal static class Encodings
{
    /// <summary>The name of the built-in encoding of the standard Symbol font, as accepted by <see cref="Get"/>.</summary>
    public const string Symbol = "SymbolEncoding";

    /// <summary>The name of the built-in encoding of the standard ZapfDingbats font, as accepted by <see cref="Get"/>.</summary>
    public const string ZapfDingbats = "ZapfDingbatsEncoding";

    private static readonly Lazy<FrozenDictionary<string, string?[]>> Tables = new(Load);

    /// <summary>Gets a copy of a predefined encoding's table.</summary>
    /// <param name="encodingName">
    /// <c>StandardEncoding</c>, <c>WinAnsiEncoding</c>, <c>MacRomanEncoding</c>, <c>MacExpertEncoding</c>,
    /// <see cref="Symbol"/> or <see cref="ZapfDingbats"/>.
    /// </param>
    /// <returns>A new 256-entry array the caller owns (null for codes without a glyph), or null for an unknown name.</returns>
    public static string?[]? Get(string encodingName)
    {
        return Tables.Value.TryGetValue(encodingName, out var table) ? (string?[])table.Clone() : null;
    }

    private static FrozenDictionary<string, string?[]> Load()
    {
        var tables = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        string?[]? current = null;
        foreach (var line in EmbeddedData.ReadDataLines("encodings.txt"))
        {
            if (line.StartsWith("Encoding ", StringComparison.Ordinal))
            {
                current = new string?[256];
                tables[line["Encoding ".Length..].Trim()] = current;
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (current is not null && space > 0)
            {
                var code = int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                current[code] = line[(space + 1)..].Trim();
            }
        }

        foreach (var (name, fontName) in new[] { (Symbol, "Symbol"), (ZapfDingbats, "ZapfDingbats") })
        {
            var metrics = StandardFontMetrics.Get(fontName);
            if (metrics is not null)
            {
                tables[name] = metrics.BuiltInEncoding;
            }
        }

        return tables.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>Maps glyph names to Unicode text: the Adobe Glyph List, the ITC Zapf Dingbats list and the AGL specification's naming rules.</summary>
/// <remarks>
/// The rules (Adobe, "Unicode and Glyph Names", section 2): drop everything from the first period
/// (<c>a.sc</c> → <c>a</c>); split the rest on underscores into components (<c>f_i</c> → f, i); map each
/// component through the lists, or as <c>uniXXXX[XXXX…]</c> (groups of four hex digits, no
/// surrogates) or <c>uXXXX</c>–<c>uXXXXXX</c>; the text is the concatenation. Lower-case hex digits are
/// accepted after <c>uni</c>, as producers write them, but not after <c>u</c>, where they would turn
/// ordinary names such as <c>ubead</c> into code points. Producer-private names (<c>g12</c>, <c>cid123</c>,
/// <c>glyph7</c>) are not guessed at: they map to nothing.
/// </remarks>
internal static class GlyphList
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Load);

    /// <summary>Gets the Unicode text of a glyph name.</summary>
    /// <param name="glyphName">The glyph name without the leading slash.</param>
    /// <param name="text">The text (one or more code points; a ligature gives several), or an empty string.</param>
    /// <returns><see langword="true"/> when every component of the name maps to text.</returns>
    public static bool TryGetUnicode(string glyphName, out string text)
    {
        text = string.Empty;
        if (string.IsNullOrEmpty(glyphName))
        {
            return false;
        }

        var table = Table.Value;
        if (table.TryGetValue(glyphName, out var direct))
        {
            text = direct;
            return true;
        }

        var period = glyphName.IndexOf('.', StringComparison.Ordinal);
        var baseName = period >= 0 ? glyphName[..period] : glyphName;
        if (baseName.Length == 0)
        {
            return false;
        }

        if (baseName.Contains('_', StringComparison.Ordinal))
        {
            var builder = new StringBuilder();
            foreach (var component in baseName.Split('_'))
            {
                if (!TryMapComponent(table, component, out var part))
                {
                    return false;
                }

                builder.Append(part);
            }

            text = builder.ToString();
            return text.Length > 0;
        }

        if (TryMapComponent(table, baseName, out var single))
        {
            text = single;
            return true;
        }

        return false;
    }

    private static bool TryMapComponent(FrozenDictionary<string, string> table, string component, out string text)
    {
        if (component.Length == 0)
        {
            text = string.Empty;
            return false;
        }

        if (table.TryGetValue(component, out var listed))
        {
            text = listed;
            return true;
        }

        return TryParseUniName(component, out text) || TryParseUName(component, out text);
    }

    private static bool TryParseUniName(string name, out string text)
    {
        text = string.Empty;
        if (!name.StartsWith("uni", StringComparison.Ordinal) || name.Length < 7 || (name.Length - 3) % 4 != 0)
        {
            return false;
        }

        var builder = new StringBuilder((name.Length - 3) / 4);
        for (var i = 3; i < name.Length; i += 4)
        {
            if (!TryParseHex(name.AsSpan(i, 4), out var unit) || unit is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            builder.Append((char)unit);
        }

        text = builder.ToString();
        return true;
    }

    private static bool TryParseUName(string name, out string text)
    {
        text = string.Empty;
        if (name.Length is < 5 or > 7 || name[0] != 'u' || name.AsSpan(1).ContainsAnyInRange('a', 'z') || !TryParseHex(name.AsSpan(1), out var scalar))
        {
            return false;
        }

        if (scalar > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        text = char.ConvertFromUtf32(scalar);
        return true;
    }

    private static bool TryParseHex(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static FrozenDictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(4600, StringComparer.Ordinal);
        foreach (var file in new[] { "glyphlist.txt", "zapfdingbats.txt" })
        {
            foreach (var line in EmbeddedData.ReadDataLines(file))
            {
                var semicolon = line.IndexOf(';', StringComparison.Ordinal);
                if (semicolon <= 0)
                {
                    continue;
                }

                var name = line[..semicolon];
                var builder = new StringBuilder(2);
                foreach (var hex in line[(semicolon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    builder.Append((char)int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                }

                map.TryAdd(name, builder.ToString());
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

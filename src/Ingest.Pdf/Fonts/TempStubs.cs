namespace Ingest.Pdf.Fonts;

// Temporary stand-ins until the font data lands.
internal static class GlyphList
{
    public static bool TryGetUnicode(string glyphName, out string text)
    {
        text = glyphName.Length == 1 ? glyphName : string.Empty;
        return glyphName.Length == 1;
    }
}

internal static class Encodings
{
    public static string?[]? Get(string encodingName)
    {
        _ = encodingName;
        var names = new string?[256];
        for (var i = 33; i < 127; i++)
        {
            names[i] = ((char)i).ToString();
        }

        names[32] = "space";
        return names;
    }
}

internal sealed class StandardFontMetrics
{
    public double Ascent => 718;

    public double Descent => -207;

    public bool IsFixedPitch => false;

    public bool IsBold => false;

    public bool IsItalic => false;

    public string?[] BuiltInEncoding => Encodings.Get("StandardEncoding")!;

    public static StandardFontMetrics? Get(string baseFontName) => baseFontName.Length > 0 ? new StandardFontMetrics() : null;

    public double? GetWidth(string glyphName) => glyphName == "space" ? 278 : 556;
}

internal sealed class CMap
{
    public bool IsVertical { get; private set; }

    public static CMap Identity(bool vertical) => new() { IsVertical = vertical };

    public static CMap Parse(byte[] bytes)
    {
        _ = bytes;
        return new CMap();
    }

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length)
    {
        length = Math.Min(2, bytes.Length - offset);
        return length == 2 ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset];
    }

    public bool TryGetUnicode(int code, out string text)
    {
        text = string.Empty;
        _ = code;
        return false;
    }

    public int? GetCid(int code) => code;
}

using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>
/// The predefined CJK CMaps that name a legacy multi-byte encoding (GBK-EUC-H, 90ms-RKSJ-H, KSC-EUC-H, B5pc-H ...).
/// Without the Adobe CMap resources, codes are read with the encoding's lead-byte rules and mapped to Unicode
/// through the matching Windows code page; one-byte codes get the CIDs of the collection's proportional Latin range.
/// </summary>
internal sealed class PredefinedCMap
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private readonly Encoding encoding;
    private readonly Func<byte, bool> isLeadByte;
    private readonly int asciiCidBase;

    private PredefinedCMap(int codePage, Func<byte, bool> isLeadByte, int asciiCidBase, bool vertical)
    {
        _ = Registered.Value;
        encoding = Encoding.GetEncoding(codePage);
        this.isLeadByte = isLeadByte;
        this.asciiCidBase = asciiCidBase;
        IsVertical = vertical;
    }

    public bool IsVertical { get; }

    /// <summary>Gets the CMap for a predefined name, or null when the name is not a legacy-encoding CMap.</summary>
    public static PredefinedCMap? ForName(string name)
    {
        var vertical = name.EndsWith("-V", StringComparison.Ordinal);
        if (name.StartsWith("GB", StringComparison.Ordinal) && (name.Contains("EUC", StringComparison.Ordinal) || name.StartsWith("GBK", StringComparison.Ordinal) || name.StartsWith("GBpc", StringComparison.Ordinal)))
        {
            return new PredefinedCMap(936, b => b >= 0x81 && b <= 0xFE, 1, vertical);
        }

        if (name.Contains("RKSJ", StringComparison.Ordinal))
        {
            return new PredefinedCMap(932, b => (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC), 231, vertical);
        }

        if (name.StartsWith("KSC", StringComparison.Ordinal))
        {
            return new PredefinedCMap(949, b => b >= 0x81 && b <= 0xFE, 1, vertical);
        }

        if (name.StartsWith("B5", StringComparison.Ordinal) || name.StartsWith("ETen", StringComparison.Ordinal) || name.StartsWith("HKscs", StringComparison.Ordinal))
        {
            return new PredefinedCMap(950, b => b >= 0x81 && b <= 0xFE, 1, vertical);
        }

        return null;
    }

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length)
    {
        if (isLeadByte(bytes[offset]) && offset + 1 < bytes.Length)
        {
            length = 2;
            return (bytes[offset] << 8) | bytes[offset + 1];
        }

        length = 1;
        return bytes[offset];
    }

    public string ToUnicode(int code)
    {
        var text = code > 0xFF
            ? encoding.GetString([(byte)(code >> 8), (byte)code])
            : encoding.GetString([(byte)code]);
        return text == "\uFFFD" || (text == "?" && code != '?') ? string.Empty : text;
    }

    public int? GetCid(int code) => code is >= 0x20 and <= 0x7E ? asciiCidBase + (code - 0x20) : null;
}

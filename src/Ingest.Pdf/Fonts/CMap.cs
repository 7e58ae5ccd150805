using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>
/// A character map (ISO 32000-1, 9.7.5 and 9.10.3): how a string's bytes split into character codes,
/// and what each code maps to: Unicode text (a ToUnicode CMap) or a CID (a Type 0 font's encoding).
/// </summary>
/// <remarks>
/// Ranges are stored as ranges, never expanded, so a hostile <c>&lt;00000000&gt; &lt;FFFFFFFF&gt;</c> costs
/// as little as a one-code range. Parsing never throws on malformed data: it keeps what it understood.
/// Codes are at most 4 bytes, read big-endian; a 4-byte code above <c>0x7FFFFFFF</c> is a negative
/// <see cref="int"/> with the same bits.
/// </remarks>
internal sealed partial class CMap
{
    private static readonly CMap IdentityH = CreateIdentity("Identity-H", 0);
    private static readonly CMap IdentityV = CreateIdentity("Identity-V", 1);

    private readonly CodespaceRange[] codespaces;
    private readonly int lengthWithoutCodespace;
    private readonly Dictionary<uint, string> unicodeChars;
    private readonly CodeRangeTable<UnicodeTarget> unicodeRanges;
    private readonly Dictionary<uint, int> cidChars;
    private readonly CodeRangeTable<int> cidRanges;
    private readonly Dictionary<uint, int> notdefChars;
    private readonly CodeRangeTable<int> notdefRanges;

    private CMap(Builder builder)
    {
        Name = builder.Name;
        UseCMapName = builder.UseCMapName;
        WMode = builder.WMode;
        codespaces = [.. builder.Codespaces.OrderBy(static r => r.Length)];
        lengthWithoutCodespace = builder.ShortestSourceLength ?? 1;
        unicodeChars = builder.UnicodeChars;
        unicodeRanges = new CodeRangeTable<UnicodeTarget>(builder.UnicodeRanges);
        cidChars = builder.CidChars;
        cidRanges = new CodeRangeTable<int>(builder.CidRanges);
        notdefChars = builder.NotdefChars;
        notdefRanges = new CodeRangeTable<int>(builder.NotdefRanges);
    }

    private CMap(CMap child, CMap parent)
    {
        Name = child.Name;
        UseCMapName = child.UseCMapName;
        WMode = child.WMode;
        Parent = parent;
        codespaces = [.. child.codespaces.Concat(parent.codespaces).OrderBy(static r => r.Length)];
        lengthWithoutCodespace = child.lengthWithoutCodespace;
        unicodeChars = child.unicodeChars;
        unicodeRanges = child.unicodeRanges;
        cidChars = child.cidChars;
        cidRanges = child.cidRanges;
        notdefChars = child.notdefChars;
        notdefRanges = child.notdefRanges;
    }

    /// <summary>Gets the <c>/CMapName</c> the CMap defines, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the name given to <c>usecmap</c> (e.g. <c>UniGB-UCS2-H</c>), or null; the caller resolves it and calls <see cref="WithParent"/>.</summary>
    public string? UseCMapName { get; }

    /// <summary>Gets the writing mode: 0 horizontal, 1 vertical.</summary>
    public int WMode { get; }

    /// <summary>Gets a value indicating whether the writing mode is vertical.</summary>
    public bool IsVertical => WMode == 1;

    /// <summary>Gets the CMap this one falls back to (its <c>usecmap</c>), or null.</summary>
    public CMap? Parent { get; }

    /// <summary>Gets a value indicating whether the CMap (or its parent) maps any code to Unicode text.</summary>
    public bool HasUnicodeMappings => unicodeChars.Count > 0 || unicodeRanges.Count > 0 || (Parent?.HasUnicodeMappings ?? false);

    /// <summary>Gets a value indicating whether the CMap (or its parent) maps any code to a CID.</summary>
    public bool HasCidMappings => cidChars.Count > 0 || cidRanges.Count > 0 || (Parent?.HasCidMappings ?? false);

    /// <summary>Gets the predefined Identity-H or Identity-V CMap: two-byte codes 0000-FFFF, each code its own CID.</summary>
    /// <param name="vertical">Whether to get Identity-V rather than Identity-H.</param>
    public static CMap Identity(bool vertical) => vertical ? IdentityV : IdentityH;

    /// <summary>Returns a CMap with this one's mappings over those of <paramref name="parent"/> (what <c>usecmap</c> asks for).</summary>
    /// <param name="parent">The CMap named by <see cref="UseCMapName"/>.</param>
    public CMap WithParent(CMap parent) => new(this, parent);

    /// <summary>Reads the character code that starts at <paramref name="offset"/>.</summary>
    /// <param name="bytes">The bytes of a string shown with the font.</param>
    /// <param name="offset">Where the code starts; must be inside <paramref name="bytes"/>.</param>
    /// <param name="length">The number of bytes the code takes (1 to 4, never past the end).</param>
    /// <returns>The code, the big-endian value of its bytes.</returns>
    /// <remarks>
    /// The shortest codespace range that holds the bytes decides the length. When none does, the
    /// usual reader practice applies: the length of the shortest range whose first byte matches,
    /// else one byte (or, for a CMap without codespace ranges, the shortest mapped code's length).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is not inside <paramref name="bytes"/>.</exception>
    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, bytes.Length);
        var rest = bytes[offset..];
        length = 0;
        foreach (var range in codespaces)
        {
            if (range.Matches(rest))
            {
                length = range.Length;
                break;
            }
        }

        if (length == 0)
        {
            foreach (var range in codespaces)
            {
                if (rest[0] >= range.Low[0] && rest[0] <= range.High[0])
                {
                    length = range.Length;
                    break;
                }
            }
        }

        if (length == 0)
        {
            length = codespaces.Length == 0 ? lengthWithoutCodespace : 1;
        }

        length = Math.Min(length, rest.Length);
        return unchecked((int)ToCode(rest[..length]));
    }

    /// <summary>Gets the Unicode text a code maps to.</summary>
    /// <param name="code">The character code, as <see cref="ReadCode"/> returns it.</param>
    /// <param name="text">The text: one or more code points (a ligature maps to several); may be empty when the CMap maps the code to <c>&lt;&gt;</c>.</param>
    /// <returns><see langword="true"/> when the CMap or its parent maps the code.</returns>
    public bool TryGetUnicode(int code, out string text)
    {
        var key = unchecked((uint)code);
        if (unicodeChars.TryGetValue(key, out var mapped))
        {
            text = mapped;
            return true;
        }

        if (unicodeRanges.TryFind(key, out var target, out var low) && target.TryGet(key - low, out text))
        {
            return true;
        }

        if (Parent is not null)
        {
            return Parent.TryGetUnicode(code, out text);
        }

        text = string.Empty;
        return false;
    }

    /// <summary>Gets the CID a code selects.</summary>
    /// <param name="code">The character code, as <see cref="ReadCode"/> returns it.</param>
    /// <returns>The CID from <c>cidchar</c>/<c>cidrange</c>, else from <c>notdefchar</c>/<c>notdefrange</c>, else the parent's; null when nothing maps the code.</returns>
    public int? GetCid(int code)
    {
        var key = unchecked((uint)code);
        if (cidChars.TryGetValue(key, out var cid))
        {
            return cid;
        }

        if (cidRanges.TryFind(key, out var start, out var low))
        {
            return unchecked(start + (int)(key - low));
        }

        var inherited = Parent?.GetCid(code);
        if (inherited.HasValue)
        {
            return inherited;
        }

        if (notdefChars.TryGetValue(key, out var notdef))
        {
            return notdef;
        }

        return notdefRanges.TryFind(key, out var notdefCid, out _) ? notdefCid : null;
    }

    private static CMap CreateIdentity(string name, int wMode)
    {
        var builder = new Builder { Name = name, WMode = wMode };
        builder.Codespaces.Add(new CodespaceRange([0x00, 0x00], [0xFF, 0xFF]));
        builder.CidRanges.Add((0, 0xFFFF, 0));
        return new CMap(builder);
    }

    private static uint ToCode(ReadOnlySpan<byte> bytes)
    {
        uint code = 0;
        foreach (var b in bytes)
        {
            code = (code << 8) | b;
        }

        return code;
    }

    /// <summary>Decodes a destination string: UTF-16BE, with lenient fallbacks for producers that write something else.</summary>
    private static string DecodeDestination(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        if (bytes.Length % 2 == 1)
        {
            // Odd lengths are not UTF-16: a single byte or UTF-8 from a careless producer.
            try
            {
                return new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return Encoding.Latin1.GetString(bytes);
            }
        }

        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]);
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private readonly record struct CodespaceRange(byte[] Low, byte[] High)
    {
        public int Length => Low.Length;

        public bool Matches(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length < Low.Length)
            {
                return false;
            }

            for (var i = 0; i < Low.Length; i++)
            {
                if (bytes[i] < Low[i] || bytes[i] > High[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>What a <c>bfrange</c> maps to: a first destination that increments with the code, or one destination per code.</summary>
    private sealed class UnicodeTarget
    {
        private readonly byte[]? first;
        private readonly string[]? items;

        public UnicodeTarget(byte[] first) => this.first = first;

        public UnicodeTarget(string[] items) => this.items = items;

        public bool TryGet(uint offset, out string text)
        {
            if (items is not null)
            {
                if (offset < (uint)items.Length)
                {
                    text = items[offset];
                    return true;
                }

                text = string.Empty;
                return false;
            }

            var bytes = (byte[])first!.Clone();

            // The spec increments only the last byte; producers rely on the carry too (<00FF> <0101> <00FF>).
            ulong carry = offset;
            for (var i = bytes.Length - 1; i >= 0 && carry != 0; i--)
            {
                var sum = bytes[i] + (carry & 0xFF);
                bytes[i] = (byte)sum;
                carry = (carry >> 8) + (sum >> 8);
            }

            text = DecodeDestination(bytes);
            return true;
        }
    }
}

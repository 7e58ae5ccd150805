using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Objects;

/// <summary>A PDF object as read from the file (ISO 32000-1, section 7.3).</summary>
internal abstract class PdfObject
{
}

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }

    public override string ToString() => "null";
}

internal sealed class PdfBoolean : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    private PdfBoolean(bool value) => Value = value;

    public bool Value { get; }

    public override string ToString() => Value ? "true" : "false";
}

/// <summary>An integer or a real; both are read as numbers by consumers.</summary>
internal abstract class PdfNumber : PdfObject
{
    public abstract double Value { get; }

    public int IntValue => Value is > int.MaxValue or < int.MinValue || double.IsNaN(Value) ? 0 : (int)Value;
}

internal sealed class PdfInteger(long value) : PdfNumber
{
    private static readonly PdfInteger[] Small = Enumerable.Range(-16, 1041).Select(i => new PdfInteger(i)).ToArray();

    public long Long { get; } = value;

    /// <summary>Gets a shared instance for small values (content streams are full of them).</summary>
    public static PdfInteger Get(long value) => value is >= -16 and <= 1024 ? Small[value + 16] : new PdfInteger(value);

    public override double Value => Long;

    public override string ToString() => Long.ToString(CultureInfo.InvariantCulture);
}

internal sealed class PdfReal(double value) : PdfNumber
{
    public override double Value { get; } = value;

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A literal or hexadecimal string, kept as raw bytes (decrypted when loaded).</summary>
internal sealed class PdfString(byte[] bytes, bool isHex = false) : PdfObject
{
    public byte[] Bytes { get; } = bytes;

    public bool IsHex { get; } = isHex;

    /// <summary>Decodes the bytes as a text string (UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding).</summary>
    public string AsText()
    {
        var b = Bytes;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(b, 2, (b.Length - 2) & ~1);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(b, 3, b.Length - 3);
        }

        return Encoding.Latin1.GetString(b);
    }

    public override string ToString() => "(" + Encoding.Latin1.GetString(Bytes) + ")";
}

/// <summary>A name object; instances are interned so names compare by reference or by value.</summary>
internal sealed class PdfName : PdfObject, IEquatable<PdfName>
{
    private static readonly ConcurrentDictionary<string, PdfName> Interned = new(StringComparer.Ordinal);

    private PdfName(string value) => Value = value;

    public string Value { get; }

    public static PdfName Get(string value)
    {
        if (Interned.TryGetValue(value, out var name))
        {
            return name;
        }

        // Hostile files can carry millions of distinct names: only short ones are interned.
        return value.Length <= 64 && Interned.Count < 100_000 ? Interned.GetOrAdd(value, v => new PdfName(v)) : new PdfName(value);
    }

    public bool Equals(PdfName? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PdfName n && Equals(n);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => "/" + Value;
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public PdfArray()
        : this([])
    {
    }

    public List<PdfObject> Items { get; } = items;

    public int Count => Items.Count;

    public PdfObject this[int index] => Items[index];

    public override string ToString() => "[" + string.Join(" ", Items) + "]";
}

internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public PdfDictionary()
        : this(new Dictionary<string, PdfObject>(StringComparer.Ordinal))
    {
    }

    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? this[string key] => Entries.TryGetValue(key, out var v) ? v : null;

    public bool ContainsKey(string key) => Entries.ContainsKey(key);

    public override string ToString()
    {
        var sb = new StringBuilder("<<");
        foreach (var (k, v) in Entries)
        {
            sb.Append(" /").Append(k).Append(' ').Append(v is PdfStream ? "stream" : v.ToString());
            if (sb.Length > 400)
            {
                sb.Append(" ...");
                break;
            }
        }

        return sb.Append(" >>").ToString();
    }
}

/// <summary>A stream: its dictionary and where its raw (still encoded, maybe encrypted) bytes are.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> rawData) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    /// <summary>Gets the bytes between <c>stream</c> and <c>endstream</c>, decrypted but not decoded.</summary>
    public ReadOnlyMemory<byte> RawData { get; internal set; } = rawData;

    /// <summary>Gets or sets the indirect object that holds this stream (for decryption), or 0.</summary>
    public int ObjectNumber { get; set; }

    public int Generation { get; set; }

    public override string ToString() => Dictionary + " stream";
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

/// <summary>An operator keyword inside a content stream (not a PDF object in the file syntax).</summary>
internal sealed class PdfOperator(string name) : PdfObject
{
    private static readonly ConcurrentDictionary<string, PdfOperator> Shared = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>Gets a shared instance for short operator names (operators are immutable).</summary>
    public static PdfOperator Get(string name)
    {
        if (name.Length > 3)
        {
            return new PdfOperator(name);
        }

        return Shared.TryGetValue(name, out var op) ? op : Shared.Count < 4096 ? Shared.GetOrAdd(name, n => new PdfOperator(n)) : new PdfOperator(name);
    }

    public override string ToString() => Name;
}

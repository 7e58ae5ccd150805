using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Pdf.Filters;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Security;

namespace Ingest.Pdf.Parsing;

/// <summary>The objects of one PDF file, loaded lazily through the cross-reference data, with a repair path.</summary>
internal sealed partial class PdfObjectStore
{
    private readonly ReadOnlyMemory<byte> data;
    private readonly Dictionary<int, XrefEntry> xref = [];
    private readonly Dictionary<int, PdfObject> cache = [];
    private readonly Dictionary<int, (int First, int[] Numbers, int[] Offsets, ReadOnlyMemory<byte> Data)> objectStreams = [];
    private readonly HashSet<int> loading = [];
    private readonly List<PdfRepair> repairs = [];
    private readonly Lock gate = new();
    private Dictionary<int, long>? scannedOffsets;
    private StandardSecurityHandler? security;
    private int encryptObjectNumber = -1;

    public PdfObjectStore(ReadOnlyMemory<byte> data, PdfReadLimits limits, string password)
    {
        this.data = data;
        Limits = limits;
        Budget = new DecodeBudget(limits);
        if (data.Length == 0)
        {
            throw new NotAPdfException("The file is empty (0 bytes).");
        }

        var headerAt = data.Span[..Math.Min(data.Length, 1024)].IndexOf("%PDF-"u8);
        // Without a header, only a real "N G obj" makes the input worth repairing: prose such as "no objects" does not.
        if (headerAt < 0 && ScanOffsets().Count == 0)
        {
            throw new NotAPdfException("No PDF header ('%PDF-') in the first 1024 bytes and no objects in the file.");
        }

        if (headerAt < 0)
        {
            repairs.Add(new PdfRepair("header-missing", "No '%PDF-' header; reading the objects found in the file."));
        }

        Trailer = LoadXref();
        SetUpEncryption(password);
    }

    public PdfReadLimits Limits { get; }

    public DecodeBudget Budget { get; }

    public PdfDictionary Trailer { get; private set; }

    public IReadOnlyList<PdfRepair> Repairs
    {
        get
        {
            lock (gate)
            {
                return [.. repairs];
            }
        }
    }

    public bool IsEncrypted => security is not null;

    public string? EncryptionDescription => security?.Algorithm;

    public void AddRepair(string kind, string message)
    {
        lock (gate)
        {
            if (repairs.Count < 1000)
            {
                repairs.Add(new PdfRepair(kind, message));
            }
        }
    }

    /// <summary>Follows references until a direct object; null for missing objects, null objects and reference chains that loop.</summary>
    public PdfObject? Resolve(PdfObject? o)
    {
        for (var i = 0; i < 32 && o is PdfReference r; i++)
        {
            o = GetObject(r.Number);
        }

        return o is PdfReference or PdfNull ? null : o;
    }

    public PdfDictionary? ResolveDictionary(PdfObject? o) => Resolve(o) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public T? Get<T>(PdfDictionary? dict, string key)
        where T : PdfObject => dict is null ? null : Resolve(dict[key]) as T;

    public double? GetNumber(PdfDictionary? dict, string key) => Get<PdfNumber>(dict, key)?.Value;

    public string? GetName(PdfDictionary? dict, string key) => Get<PdfName>(dict, key)?.Value;

    /// <summary>Gets the decoded bytes of a stream (decrypted, filters applied); image filters stop the chain.</summary>
    public byte[] GetStreamData(PdfStream stream)
    {
        var decoded = StreamDecoder.Decode(stream, Resolve, Budget, out _);
        return decoded;
    }

    public PdfObject? GetObject(int number)
    {
        lock (gate)
        {
            if (cache.TryGetValue(number, out var cached))
            {
                return cached;
            }

            if (!loading.Add(number))
            {
                // A reference cycle through stream lengths or object streams.
                return null;
            }

            try
            {
                var obj = LoadObject(number);
                if (obj is not null)
                {
                    cache[number] = obj;
                }

                return obj;
            }
            finally
            {
                loading.Remove(number);
            }
        }
    }

    private PdfObject? LoadObject(int number)
    {
        if (!xref.TryGetValue(number, out var entry))
        {
            var scanned = ScanOffsets();
            if (!scanned.TryGetValue(number, out var off))
            {
                return null;
            }

            entry = XrefEntry.AtOffset(off, 0);
        }

        if (entry.InObjectStream)
        {
            return LoadFromObjectStream(number, entry);
        }

        var (obj, gen) = ReadIndirectAt(entry.Offset, number);
        if (obj is null)
        {
            // The offset is wrong: look the object up by scanning the file.
            var scanned = ScanOffsets();
            if (scanned.TryGetValue(number, out var off) && off != entry.Offset)
            {
                AddRepair("object-relocated", string.Create(CultureInfo.InvariantCulture, $"Object {number} was not at byte offset {entry.Offset}; found it at {off}."));
                (obj, gen) = ReadIndirectAt(off, number);
            }
        }

        if (obj is null)
        {
            return null;
        }

        if (security is not null && number != encryptObjectNumber)
        {
            Decrypt(obj, number, gen, 0);
        }

        if (obj is PdfStream s)
        {
            s.ObjectNumber = number;
            s.Generation = gen;
        }

        return obj;
    }

    private (PdfObject? Obj, int Gen) ReadIndirectAt(long offset, int expectedNumber)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return (null, 0);
        }

        var lexer = new Lexer(data) { Position = (int)offset };
        var t1 = lexer.Next();
        var t2 = lexer.Next();
        var t3 = lexer.Next();
        if (t1.Kind != TokenKind.Integer || t2.Kind != TokenKind.Integer || t3.Kind != TokenKind.Keyword || t3.Text != "obj")
        {
            return (null, 0);
        }

        if (expectedNumber >= 0 && t1.IntValue != expectedNumber)
        {
            return (null, 0);
        }

        var parser = new ObjectParser(lexer, Limits.MaxDepth) { ResolveLength = ResolveLengthReference };
        var obj = parser.ReadObject();
        if (obj is PdfOperator op && op.Name == "endobj")
        {
            obj = PdfNull.Instance;
        }

        return (obj, (int)t2.IntValue);
    }

    private PdfObject? ResolveLengthReference(PdfReference r) => Resolve(r);

    private PdfObject? LoadFromObjectStream(int number, XrefEntry entry)
    {
        if (!objectStreams.TryGetValue(entry.ObjectStream, out var os))
        {
            if (GetObject(entry.ObjectStream) is not PdfStream stream)
            {
                return null;
            }

            var bytes = GetStreamData(stream);
            var n = Math.Clamp(GetNumber(stream.Dictionary, "N") is { } nn ? (int)nn : 0, 0, 1_000_000);
            var first = GetNumber(stream.Dictionary, "First") is { } f ? (int)f : 0;
            var lexer = new Lexer(bytes);
            var numbers = new List<int>();
            var offsets = new List<int>();
            for (var i = 0; i < n; i++)
            {
                var a = lexer.Next();
                var b = lexer.Next();
                if (a.Kind != TokenKind.Integer || b.Kind != TokenKind.Integer)
                {
                    break;
                }

                numbers.Add((int)a.IntValue);
                offsets.Add((int)b.IntValue);
            }

            os = (first, numbers.ToArray(), offsets.ToArray(), bytes);
            objectStreams[entry.ObjectStream] = os;
        }

        var idx = entry.Index < os.Numbers.Length && os.Numbers[entry.Index] == number ? entry.Index : Array.IndexOf(os.Numbers, number);
        if (idx < 0)
        {
            return null;
        }

        var pos = os.First + os.Offsets[idx];
        if (pos < 0 || pos >= os.Data.Length)
        {
            return null;
        }

        var lex = new Lexer(os.Data) { Position = pos };
        var obj = new ObjectParser(lex, Limits.MaxDepth).ReadObject();
        return obj is PdfOperator ? null : obj;
    }

    private void Decrypt(PdfObject obj, int number, int gen, int depth)
    {
        if (depth > Limits.MaxDepth)
        {
            return;
        }

        switch (obj)
        {
            case PdfArray a:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    a.Items[i] = DecryptValue(a.Items[i], number, gen, depth);
                }

                break;
            case PdfDictionary d:
                foreach (var key in d.Entries.Keys.ToList())
                {
                    d.Entries[key] = DecryptValue(d.Entries[key], number, gen, depth);
                }

                break;
            case PdfStream st:
                Decrypt(st.Dictionary, number, gen, depth + 1);
                if (security!.IsStreamEncrypted(st.Dictionary))
                {
                    st.RawData = security!.DecryptStream(st.RawData.Span, number, gen);
                }

                break;
        }
    }

    /// <summary>Returns a decrypted copy of a string; decrypts containers in place and returns them.</summary>
    private PdfObject DecryptValue(PdfObject value, int number, int gen, int depth)
    {
        if (value is PdfString s)
        {
            return new PdfString(security!.DecryptString(s.Bytes, number, gen), s.IsHex);
        }

        Decrypt(value, number, gen, depth + 1);
        return value;
    }

    private void SetUpEncryption(string password)
    {
        var encRef = Trailer["Encrypt"];
        if (encRef is null)
        {
            return;
        }

        if (encRef is PdfReference r)
        {
            encryptObjectNumber = r.Number;
        }

        var encrypt = ResolveDeep(Resolve(encRef), 0) as PdfDictionary;
        if (encrypt is null)
        {
            AddRepair("encrypt-missing", "The trailer names an /Encrypt dictionary that cannot be read; reading the file as not encrypted.");
            return;
        }

        var id = Resolve(Trailer["ID"]) is PdfArray ids && ids.Count > 0 && Resolve(ids[0]) is PdfString idString ? idString.Bytes : [];
        security = StandardSecurityHandler.Open(encrypt, id, password);

        // Objects read before the handler existed (the /Encrypt dictionary, stream lengths) are kept;
        // everything else is decrypted when it is loaded.
        lock (gate)
        {
            foreach (var key in cache.Keys.Where(k => k != encryptObjectNumber).ToList())
            {
                if (cache[key] is PdfDictionary or PdfArray or PdfString or PdfStream)
                {
                    cache.Remove(key);
                }
            }
        }
    }

    private PdfObject? ResolveDeep(PdfObject? o, int depth)
    {
        o = Resolve(o);
        if (depth > 8 || o is null)
        {
            return o;
        }

        switch (o)
        {
            case PdfDictionary d:
                var copy = new PdfDictionary();
                foreach (var (k, v) in d.Entries)
                {
                    var rv = ResolveDeep(v, depth + 1);
                    if (rv is not null)
                    {
                        copy.Entries[k] = rv;
                    }
                }

                return copy;
            case PdfArray a:
                return new PdfArray(a.Items.Select(i => ResolveDeep(i, depth + 1) ?? PdfNull.Instance).ToList());
            default:
                return o;
        }
    }
}

using System.Globalization;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Parsing;

internal sealed partial class PdfObjectStore
{
    private PdfDictionary LoadXref()
    {
        PdfDictionary? trailer = null;
        string? problem = null;
        try
        {
            var startxref = FindStartXref();
            if (startxref is null)
            {
                problem = "no 'startxref' keyword was found";
            }
            else
            {
                trailer = ReadXrefChain(startxref.Value, out problem);
            }
        }
        catch (PdfLimitExceededException)
        {
            throw;
        }
        catch (PdfException e)
        {
            problem = e.Message;
        }

        if (trailer is not null && problem is null && ResolveTrailerRoot(trailer))
        {
            return trailer;
        }

        // Rebuild the table by scanning for "N G obj".
        AddRepair("xref-rebuilt", "The cross-reference data could not be used (" + (problem ?? "the catalog was not reachable") + "); rebuilt it by scanning the file for objects.");
        var rebuilt = Rebuild(trailer);
        if (!ResolveTrailerRoot(rebuilt))
        {
            throw new PdfDamagedException("No document catalog (/Root) could be found, even after scanning the file for objects (" + (problem ?? "the trailer names no readable catalog") + ").");
        }

        return rebuilt;
    }

    private bool ResolveTrailerRoot(PdfDictionary trailer)
    {
        Trailer = trailer;
        return ResolveDictionary(trailer["Root"]) is { } root && (root["Pages"] is not null);
    }

    private long? FindStartXref()
    {
        var s = data.Span;
        var tailStart = Math.Max(0, s.Length - 4096);
        var idx = s[tailStart..].LastIndexOf("startxref"u8);
        if (idx < 0)
        {
            return null;
        }

        var lexer = new Lexer(data) { Position = tailStart + idx + "startxref".Length };
        var t = lexer.Next();
        return t.Kind == TokenKind.Integer ? t.IntValue : null;
    }

    private PdfDictionary? ReadXrefChain(long offset, out string? problem)
    {
        problem = null;
        PdfDictionary? newest = null;
        var seen = new HashSet<long>();
        var next = (long?)offset;
        while (next is { } at)
        {
            if (!seen.Add(at) || seen.Count > 512)
            {
                AddRepair("xref-loop", string.Create(CultureInfo.InvariantCulture, $"The /Prev chain of cross-reference sections loops back to byte offset {at}; stopped following it."));
                break;
            }

            var section = ReadXrefSection(at);
            if (section is null)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"no cross-reference section at byte offset {at}");
                return newest is null ? null : newest;
            }

            newest ??= section;

            // A hybrid file's trailer points to an xref stream holding the objects of its object streams.
            if (section["XRefStm"] is PdfNumber stm && seen.Add((long)stm.Value))
            {
                ReadXrefSection((long)stm.Value);
            }

            next = section["Prev"] is PdfNumber prev ? (long)prev.Value : null;
        }

        if (newest is not null && xref.Count == 0)
        {
            problem = "the cross-reference sections list no objects";
        }

        return newest;
    }

    /// <summary>Reads one classic table or xref stream; entries already known (from a newer section) win.</summary>
    private PdfDictionary? ReadXrefSection(long offset)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }

        var lexer = new Lexer(data) { Position = (int)offset };
        var t = lexer.Next();
        if (t.Kind == TokenKind.Keyword && t.Text == "xref")
        {
            return ReadClassicTable(lexer);
        }

        lexer.Position = (int)offset;
        var (obj, _) = ReadIndirectAt(offset, -1);
        if (obj is PdfStream s && (s.Dictionary["Type"] as PdfName)?.Value == "XRef")
        {
            ReadXrefStream(s);
            return s.Dictionary;
        }

        return null;
    }

    private PdfDictionary? ReadClassicTable(Lexer lexer)
    {
        var s = data.Span;
        while (true)
        {
            var save = lexer.Position;
            var a = lexer.Next();
            if (a.Kind == TokenKind.Keyword && a.Text == "trailer")
            {
                var trailer = new ObjectParser(lexer, Limits.MaxDepth).ReadObject() as PdfDictionary;
                return trailer;
            }

            var b = lexer.Next();
            if (a.Kind != TokenKind.Integer || b.Kind != TokenKind.Integer)
            {
                lexer.Position = save;
                return null;
            }

            var first = a.IntValue;
            var count = b.IntValue;
            if (count < 0 || first < 0 || first + count > Limits.MaxObjects)
            {
                throw new PdfLimitExceededException(string.Create(CultureInfo.InvariantCulture, $"A cross-reference subsection at byte offset {a.Start} declares objects {first}..{first + count}, past the limit of {Limits.MaxObjects} objects."));
            }

            for (long i = 0; i < count; i++)
            {
                var o = lexer.Next();
                var g = lexer.Next();
                var k = lexer.Next();
                if (o.Kind != TokenKind.Integer || g.Kind != TokenKind.Integer || k.Kind != TokenKind.Keyword)
                {
                    // A subsection shorter than declared: resynchronise on the next line.
                    lexer.Position = o.Start;
                    break;
                }

                var number = (int)(first + i);
                if (k.Text == "n" && o.IntValue > 0 && !xref.ContainsKey(number))
                {
                    xref[number] = XrefEntry.AtOffset(o.IntValue, (int)g.IntValue);
                }
                else if (k.Text == "f" && !xref.ContainsKey(number))
                {
                    xref[number] = XrefEntry.AtOffset(-1, (int)g.IntValue);
                }
            }

            _ = s;
        }
    }

    private void ReadXrefStream(PdfStream stream)
    {
        var dict = stream.Dictionary;
        if (Resolve(dict["W"]) is not PdfArray wArray || wArray.Count < 3)
        {
            return;
        }

        var w = wArray.Items.Select(x => Resolve(x) is PdfNumber n ? Math.Clamp(n.IntValue, 0, 8) : 0).ToArray();
        var size = GetNumber(dict, "Size") is { } sz ? (long)sz : 0;
        if (size > Limits.MaxObjects)
        {
            throw new PdfLimitExceededException(string.Create(CultureInfo.InvariantCulture, $"The cross-reference stream declares {size} objects, past the limit of {Limits.MaxObjects}."));
        }

        var index = Resolve(dict["Index"]) is PdfArray ia ? ia.Items.Select(x => Resolve(x) is PdfNumber n ? (long)n.Value : 0).ToArray() : [0, size];
        var bytes = GetStreamData(stream);
        var rowLength = w[0] + w[1] + w[2];
        if (rowLength == 0)
        {
            return;
        }

        var pos = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            var first = index[pair];
            var count = index[pair + 1];
            for (long i = 0; i < count && pos + rowLength <= bytes.Length; i++, pos += rowLength)
            {
                var type = w[0] == 0 ? 1 : Field(bytes, pos, w[0]);
                var f2 = Field(bytes, pos + w[0], w[1]);
                var f3 = Field(bytes, pos + w[0] + w[1], w[2]);
                var number = first + i;
                if (number is < 0 or > int.MaxValue || xref.ContainsKey((int)number))
                {
                    continue;
                }

                xref[(int)number] = type switch
                {
                    0 => XrefEntry.AtOffset(-1, (int)f3),
                    1 => XrefEntry.AtOffset(f2, (int)f3),
                    2 => XrefEntry.InStream((int)f2, (int)f3),
                    _ => XrefEntry.AtOffset(-1, 0),
                };
            }
        }
    }

    private static long Field(byte[] bytes, int pos, int width)
    {
        long v = 0;
        for (var i = 0; i < width; i++)
        {
            v = (v << 8) | bytes[pos + i];
        }

        return v;
    }

    /// <summary>Finds every "N G obj" in the file; the last definition of a number wins (as in incremental updates).</summary>
    private Dictionary<int, long> ScanOffsets()
    {
        if (scannedOffsets is not null)
        {
            return scannedOffsets;
        }

        var result = new Dictionary<int, long>();
        var s = data.Span;
        var pos = 0;
        while (true)
        {
            var rel = s[pos..].IndexOf("obj"u8);
            if (rel < 0)
            {
                break;
            }

            var at = pos + rel;
            pos = at + 3;
            if (pos < s.Length && Lexer.IsRegular(s[pos]))
            {
                continue;
            }

            // Walk back over "<ws> G <ws> N".
            var p = at - 1;
            if (p < 0 || !Lexer.IsWhitespace(s[p]))
            {
                continue;
            }

            while (p >= 0 && Lexer.IsWhitespace(s[p]))
            {
                p--;
            }

            var genEnd = p;
            while (p >= 0 && s[p] >= '0' && s[p] <= '9')
            {
                p--;
            }

            if (p == genEnd || p < 0 || !Lexer.IsWhitespace(s[p]))
            {
                continue;
            }

            while (p >= 0 && Lexer.IsWhitespace(s[p]))
            {
                p--;
            }

            var numEnd = p;
            while (p >= 0 && s[p] >= '0' && s[p] <= '9')
            {
                p--;
            }

            if (p == numEnd || numEnd - p > 10)
            {
                continue;
            }

            if (long.TryParse(s[(p + 1)..(numEnd + 1)], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= int.MaxValue)
            {
                result[(int)number] = p + 1;
                if (result.Count > Limits.MaxObjects)
                {
                    throw new PdfLimitExceededException($"The file holds more than {Limits.MaxObjects} objects.");
                }
            }
        }

        scannedOffsets = result;
        return result;
    }

    private PdfDictionary Rebuild(PdfDictionary? oldTrailer)
    {
        xref.Clear();
        cache.Clear();
        objectStreams.Clear();
        foreach (var (number, offset) in ScanOffsets())
        {
            xref[number] = XrefEntry.AtOffset(offset, 0);
        }

        // Objects inside object streams, unless the file also holds them directly.
        foreach (var number in xref.Keys.Order().ToList())
        {
            if (GetObject(number) is PdfStream s && (s.Dictionary["Type"] as PdfName)?.Value == "ObjStm")
            {
                try
                {
                    var bytes = GetStreamData(s);
                    var n = GetNumber(s.Dictionary, "N") is { } nn ? (int)nn : 0;
                    var lexer = new Lexer(bytes);
                    for (var i = 0; i < n; i++)
                    {
                        var a = lexer.Next();
                        var b = lexer.Next();
                        if (a.Kind != TokenKind.Integer || b.Kind != TokenKind.Integer)
                        {
                            break;
                        }

                        if (a.IntValue is > 0 and <= int.MaxValue && !xref.ContainsKey((int)a.IntValue))
                        {
                            xref[(int)a.IntValue] = XrefEntry.InStream(number, i);
                        }
                    }
                }
                catch (PdfException e) when (e is not PdfLimitExceededException)
                {
                    AddRepair("object-stream-unreadable", $"Object stream {number} could not be decoded: {e.Message}");
                }
            }
        }

        // The trailer: the last "trailer" dictionary or xref stream dictionary that names a catalog, else the catalog found by type.
        var trailer = new PdfDictionary();
        var s2 = data.Span;
        var idx = s2.LastIndexOf("trailer"u8);
        while (idx >= 0)
        {
            var lexer = new Lexer(data) { Position = idx + "trailer".Length };
            if (new ObjectParser(lexer, Limits.MaxDepth).ReadObject() is PdfDictionary t && t["Root"] is not null)
            {
                trailer = t;
                break;
            }

            idx = s2[..idx].LastIndexOf("trailer"u8);
        }

        if (trailer["Root"] is null && oldTrailer?["Root"] is { } oldRoot)
        {
            trailer.Entries["Root"] = oldRoot;
            foreach (var key in new[] { "Encrypt", "ID", "Info" })
            {
                if (oldTrailer[key] is { } v)
                {
                    trailer.Entries[key] = v;
                }
            }
        }

        if (ResolveDictionary(trailer["Root"])?["Pages"] is null)
        {
            foreach (var number in xref.Keys.Order())
            {
                var o = GetObject(number);
                if (o is PdfDictionary d && (d["Type"] as PdfName)?.Value == "XRef")
                {
                    continue;
                }

                if (o is PdfStream xs && (xs.Dictionary["Type"] as PdfName)?.Value == "XRef" && xs.Dictionary["Root"] is not null)
                {
                    foreach (var (k, v) in xs.Dictionary.Entries)
                    {
                        if (k is "Root" or "Encrypt" or "ID" or "Info")
                        {
                            trailer.Entries[k] = v;
                        }
                    }
                }
            }
        }

        if (ResolveDictionary(trailer["Root"])?["Pages"] is null)
        {
            foreach (var number in xref.Keys.Order())
            {
                if (GetObject(number) is PdfDictionary d && (d["Type"] as PdfName)?.Value == "Catalog" && d["Pages"] is not null)
                {
                    trailer.Entries["Root"] = new PdfReference(number, 0);
                    break;
                }
            }
        }

        return trailer;
    }
}

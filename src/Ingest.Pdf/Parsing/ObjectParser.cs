using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Parsing;

/// <summary>Reads PDF objects from a lexer. Lenient: malformed syntax ends the current container instead of throwing.</summary>
internal sealed class ObjectParser(Lexer lexer, int maxDepth)
{
    private readonly int maxDepth = maxDepth;

    public Lexer Lexer { get; } = lexer;

    /// <summary>Gets or sets a callback that resolves a stream's indirect <c>/Length</c>; null when lengths must be found by scanning.</summary>
    public Func<PdfReference, PdfObject?>? ResolveLength { get; set; }

    /// <summary>Gets or sets a value indicating whether "N G R" is read as a reference (false inside content streams).</summary>
    public bool AllowReferences { get; set; } = true;

    /// <summary>Reads one object at the current position; returns null at the end of input or on a token that cannot start an object.</summary>
    public PdfObject? ReadObject() => ReadObject(0);

    private PdfObject? ReadObject(int depth)
    {
        if (depth > maxDepth)
        {
            throw new PdfLimitExceededException($"Objects nested deeper than {maxDepth} levels at byte offset {Lexer.Position}.");
        }

        var t = Lexer.Next();
        switch (t.Kind)
        {
            case TokenKind.Integer:
                return AllowReferences ? ReadNumberOrReference(t) : PdfInteger.Get(t.IntValue);
            case TokenKind.Real:
                return new PdfReal(t.RealValue);
            case TokenKind.LiteralString:
                return new PdfString(t.Bytes!);
            case TokenKind.HexString:
                return new PdfString(t.Bytes!, isHex: true);
            case TokenKind.Name:
                return PdfName.Get(t.Text!);
            case TokenKind.ArrayStart:
                return ReadArray(depth);
            case TokenKind.DictStart:
                return ReadDictionaryOrStream(depth);
            case TokenKind.Keyword:
                return t.Text switch
                {
                    "true" => PdfBoolean.True,
                    "false" => PdfBoolean.False,
                    "null" => PdfNull.Instance,
                    _ => PdfOperator.Get(t.Text!),
                };
            default:
                return t.Kind == TokenKind.EndOfInput ? null : new PdfOperator(Lexer.Span[t.Start..t.End].Length == 1 ? ((char)Lexer.Span[t.Start]).ToString() : "?");
        }
    }

    private PdfObject ReadNumberOrReference(Token first)
    {
        // "N G R" is a reference; anything else leaves the lexer after the first number.
        var save = Lexer.Position;
        var second = Lexer.Next();
        if (second.Kind == TokenKind.Integer && first.IntValue >= 0 && second.IntValue >= 0 && first.IntValue <= int.MaxValue && second.IntValue <= ushort.MaxValue)
        {
            var third = Lexer.Next();
            if (third.Kind == TokenKind.Keyword && third.Text == "R")
            {
                return new PdfReference((int)first.IntValue, (int)second.IntValue);
            }
        }

        Lexer.Position = save;
        return PdfInteger.Get(first.IntValue);
    }

    private PdfArray ReadArray(int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            var save = Lexer.Position;
            var t = Lexer.Next();
            if (t.Kind is TokenKind.ArrayEnd or TokenKind.EndOfInput)
            {
                break;
            }

            if (t.Kind == TokenKind.DictEnd || (t.Kind == TokenKind.Keyword && t.Text is "obj" or "endobj" or "stream" or "endstream" or "xref" or "trailer"))
            {
                // A missing ']': give the token back to the enclosing reader.
                Lexer.Position = save;
                break;
            }

            if (t.Kind == TokenKind.Stray)
            {
                continue;
            }

            Lexer.Position = save;
            var o = ReadObject(depth + 1);
            if (o is null)
            {
                break;
            }

            items.Add(o);
        }

        return new PdfArray(items);
    }

    private PdfObject ReadDictionaryOrStream(int depth)
    {
        var dict = new PdfDictionary();
        while (true)
        {
            var save = Lexer.Position;
            var t = Lexer.Next();
            if (t.Kind is TokenKind.DictEnd or TokenKind.EndOfInput)
            {
                break;
            }

            if (t.Kind == TokenKind.Name)
            {
                var valueStart = Lexer.Position;
                var vt = Lexer.Peek();
                if (vt.Kind == TokenKind.DictEnd)
                {
                    // "/Key >>": a key without value.
                    continue;
                }

                if (vt.Kind == TokenKind.Keyword && vt.Text is "endobj" or "stream" or "obj")
                {
                    break;
                }

                Lexer.Position = valueStart;
                var value = ReadObject(depth + 1);
                if (value is null)
                {
                    break;
                }

                if (value is PdfOperator)
                {
                    // A stray keyword where a value belongs: skip it.
                    continue;
                }

                dict.Entries[t.Text!] = value;
                continue;
            }

            if (t.Kind == TokenKind.Keyword && t.Text is "endobj" or "stream" or "obj")
            {
                // A missing '>>'.
                Lexer.Position = save;
                break;
            }

            // Garbage between entries (a value without a key): skip one object.
            Lexer.Position = save;
            if (ReadObject(depth + 1) is null)
            {
                break;
            }
        }

        var afterDict = Lexer.Position;
        var next = Lexer.Next();
        if (next.Kind == TokenKind.Keyword && next.Text == "stream")
        {
            return ReadStreamBody(dict);
        }

        Lexer.Position = afterDict;
        return dict;
    }

    private PdfStream ReadStreamBody(PdfDictionary dict)
    {
        var s = Lexer.Span;
        var p = Lexer.Position;

        // The keyword is followed by CRLF or LF (some producers write a lone CR or spaces).
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        if (p < s.Length && s[p] == '\r')
        {
            p++;
        }

        if (p < s.Length && s[p] == '\n')
        {
            p++;
        }

        var start = p;
        var length = -1L;
        var lengthObj = dict["Length"];
        if (lengthObj is PdfReference r && ResolveLength is not null)
        {
            lengthObj = ResolveLength(r);
        }

        if (lengthObj is PdfNumber n)
        {
            length = (long)n.Value;
        }

        int end;
        if (length >= 0 && start + length <= s.Length && EndstreamFollows(s, (int)(start + length)))
        {
            end = (int)(start + length);
        }
        else
        {
            end = FindEndstream(s, start);
        }

        Lexer.Position = end;
        var after = Lexer.Peek();
        if (after.Kind == TokenKind.Keyword && after.Text == "endstream")
        {
            Lexer.Next();
        }

        // Trim the end-of-line before "endstream" only when the length was unknown.
        var dataEnd = end;
        if (length < 0 || start + length != end)
        {
            if (dataEnd > start && s[dataEnd - 1] == '\n')
            {
                dataEnd--;
            }

            if (dataEnd > start && s[dataEnd - 1] == '\r')
            {
                dataEnd--;
            }
        }

        return new PdfStream(dict, Lexer.Memory[start..dataEnd]);
    }

    private static bool EndstreamFollows(ReadOnlySpan<byte> s, int p)
    {
        while (p < s.Length && Lexer.IsWhitespace(s[p]))
        {
            p++;
        }

        return s[p..].StartsWith("endstream"u8) || s[p..].StartsWith("endobj"u8);
    }

    private static int FindEndstream(ReadOnlySpan<byte> s, int start)
    {
        var rel = s[start..].IndexOf("endstream"u8);
        if (rel >= 0)
        {
            return start + rel;
        }

        rel = s[start..].IndexOf("endobj"u8);
        return rel >= 0 ? start + rel : s.Length;
    }
}

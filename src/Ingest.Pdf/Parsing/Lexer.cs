using System.Globalization;
using System.Text;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Parsing;

/// <summary>Token kinds of the PDF file and content-stream syntax (ISO 32000-1, section 7.2).</summary>
internal enum TokenKind
{
    EndOfInput,
    Integer,
    Real,
    LiteralString,
    HexString,
    Name,
    Keyword,
    ArrayStart,
    ArrayEnd,
    DictStart,
    DictEnd,

    /// <summary>A delimiter that cannot start a token here (a stray <c>)</c>, <c>&gt;</c>, <c>{</c>, <c>}</c>).</summary>
    Stray,
}

internal readonly record struct Token(TokenKind Kind, int Start, int End, long IntValue = 0, double RealValue = 0, byte[]? Bytes = null, string? Text = null);

/// <summary>Splits PDF bytes into tokens. Never throws on malformed input: odd bytes become <see cref="TokenKind.Stray"/> tokens.</summary>
internal sealed class Lexer(ReadOnlyMemory<byte> data)
{
    private readonly ReadOnlyMemory<byte> data = data;
    private byte[] scratch = new byte[64];
    private int scratchLength;

    public int Position { get; set; }

    public int Length => data.Length;

    public ReadOnlySpan<byte> Span => data.Span;

    public ReadOnlyMemory<byte> Memory => data;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public void SkipWhitespaceAndComments()
    {
        var s = data.Span;
        while (Position < s.Length)
        {
            var b = s[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < s.Length && s[Position] != '\n' && s[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                break;
            }
        }
    }

    public Token Next()
    {
        SkipWhitespaceAndComments();
        var s = data.Span;
        if (Position >= s.Length)
        {
            return new Token(TokenKind.EndOfInput, Position, Position);
        }

        var start = Position;
        var b = s[Position];
        switch (b)
        {
            case (byte)'[':
                Position++;
                return new Token(TokenKind.ArrayStart, start, Position);
            case (byte)']':
                Position++;
                return new Token(TokenKind.ArrayEnd, start, Position);
            case (byte)'<':
                if (Position + 1 < s.Length && s[Position + 1] == '<')
                {
                    Position += 2;
                    return new Token(TokenKind.DictStart, start, Position);
                }

                return ReadHexString();
            case (byte)'>':
                if (Position + 1 < s.Length && s[Position + 1] == '>')
                {
                    Position += 2;
                    return new Token(TokenKind.DictEnd, start, Position);
                }

                Position++;
                return new Token(TokenKind.Stray, start, Position);
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'/':
                return ReadName();
            case (byte)')':
            case (byte)'{':
            case (byte)'}':
                Position++;
                return new Token(TokenKind.Stray, start, Position);
        }

        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
        {
            var number = TryReadNumber();
            if (number.HasValue)
            {
                return number.Value;
            }
        }

        while (Position < s.Length && IsRegular(s[Position]))
        {
            Position++;
        }

        return new Token(TokenKind.Keyword, start, Position, Text: KeywordText(s[start..Position]));
    }

    public Token Peek()
    {
        var p = Position;
        var t = Next();
        Position = p;
        return t;
    }

    private Token? TryReadNumber()
    {
        var s = data.Span;
        var start = Position;
        var p = Position;
        var negative = false;
        while (p < s.Length && (s[p] == '+' || s[p] == '-'))
        {
            // Producers write "--5" or "+-5"; the last sign wins.
            negative = s[p] == '-';
            p++;
        }

        long intPart = 0;
        var digits = 0;
        var overflow = false;
        while (p < s.Length && s[p] >= '0' && s[p] <= '9')
        {
            if (intPart < long.MaxValue / 10 - 10)
            {
                intPart = intPart * 10 + (s[p] - '0');
            }
            else
            {
                overflow = true;
            }

            digits++;
            p++;
        }

        var isReal = false;
        double frac = 0;
        if (p < s.Length && s[p] == '.')
        {
            isReal = true;
            p++;
            double scale = 0.1;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9')
            {
                frac += (s[p] - '0') * scale;
                scale /= 10;
                digits++;
                p++;
            }

            // Some producers write "1.5.3" or "0.00-5": swallow the rest of the regular run.
            while (p < s.Length && (s[p] == '.' || (s[p] >= '0' && s[p] <= '9')))
            {
                p++;
            }
        }

        if (digits == 0)
        {
            // "-" or "." alone: a keyword-like run; let the caller read it as one.
            if (p < s.Length && IsRegular(s[p]))
            {
                return null;
            }

            Position = p;
            return new Token(TokenKind.Integer, start, p, 0);
        }

        if (p < s.Length && IsRegular(s[p]) && s[p] != '-' && s[p] != '+')
        {
            // "12abc" is a keyword, not a number followed by a keyword.
            return null;
        }

        if (p < s.Length && (s[p] == '-' || s[p] == '+'))
        {
            // "0.00-5": a number glued to garbage; skip the garbage as part of this token.
            while (p < s.Length && IsRegular(s[p]))
            {
                p++;
            }
        }

        Position = p;
        if (isReal || overflow)
        {
            var v = overflow ? double.Parse(Encoding.Latin1.GetString(s[start..p]).TrimStart('+'), NumberStyles.Float, CultureInfo.InvariantCulture) : intPart + frac;
            return new Token(TokenKind.Real, start, p, RealValue: negative && !overflow ? -v : v);
        }

        return new Token(TokenKind.Integer, start, p, negative ? -intPart : intPart);
    }

    private Token ReadName()
    {
        var s = data.Span;
        var start = Position;
        Position++;
        var plain = true;
        while (Position < s.Length && IsRegular(s[Position]))
        {
            plain &= s[Position] != '#' && s[Position] < 0x80;
            Position++;
        }

        if (plain)
        {
            return new Token(TokenKind.Name, start, Position, Text: KeywordText(s[(start + 1)..Position]));
        }

        scratchLength = 0;
        for (var p = start + 1; p < Position; p++)
        {
            var c = s[p];
            if (c == '#' && p + 2 < Position && IsHex(s[p + 1]) && IsHex(s[p + 2]))
            {
                ScratchAdd((byte)((HexValue(s[p + 1]) << 4) | HexValue(s[p + 2])));
                p += 2;
            }
            else
            {
                ScratchAdd(c);
            }
        }

        var bytes = scratch.AsSpan(0, scratchLength);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        return new Token(TokenKind.Name, start, Position, Text: text);
    }

    private Token ReadHexString()
    {
        var s = data.Span;
        var start = Position;
        Position++;
        scratchLength = 0;
        var high = -1;
        while (Position < s.Length)
        {
            var c = s[Position++];
            if (c == '>')
            {
                break;
            }

            if (!IsHex(c))
            {
                continue;
            }

            if (high < 0)
            {
                high = HexValue(c);
            }
            else
            {
                ScratchAdd((byte)((high << 4) | HexValue(c)));
                high = -1;
            }
        }

        if (high >= 0)
        {
            ScratchAdd((byte)(high << 4));
        }

        return new Token(TokenKind.HexString, start, Position, Bytes: ScratchToArray());
    }

    private Token ReadLiteralString()
    {
        var s = data.Span;
        var start = Position;
        Position++;
        var depth = 1;
        scratchLength = 0;
        while (Position < s.Length)
        {
            var c = s[Position++];
            if (c == '\\')
            {
                if (Position >= s.Length)
                {
                    break;
                }

                var e = s[Position++];
                switch (e)
                {
                    case (byte)'n': ScratchAdd(10); break;
                    case (byte)'r': ScratchAdd(13); break;
                    case (byte)'t': ScratchAdd(9); break;
                    case (byte)'b': ScratchAdd(8); break;
                    case (byte)'f': ScratchAdd(12); break;
                    case (byte)'\r':
                        if (Position < s.Length && s[Position] == '\n')
                        {
                            Position++;
                        }

                        break;
                    case (byte)'\n':
                        break;
                    default:
                        if (e >= '0' && e <= '7')
                        {
                            var v = e - '0';
                            for (var i = 0; i < 2 && Position < s.Length && s[Position] >= '0' && s[Position] <= '7'; i++)
                            {
                                v = (v * 8) + (s[Position++] - '0');
                            }

                            ScratchAdd((byte)v);
                        }
                        else
                        {
                            ScratchAdd(e);
                        }

                        break;
                }
            }
            else if (c == '(')
            {
                depth++;
                ScratchAdd(c);
            }
            else if (c == ')')
            {
                depth--;
                if (depth == 0)
                {
                    break;
                }

                ScratchAdd(c);
            }
            else
            {
                ScratchAdd(c);
            }
        }

        return new Token(TokenKind.LiteralString, start, Position, Bytes: ScratchToArray());
    }

    // Content streams repeat a few dozen operators millions of times: their names are shared, not re-allocated.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> ShortKeywords = new();

    private static string KeywordText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length is 0 or > 3)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        var key = bytes.Length;
        foreach (var b in bytes)
        {
            key = (key << 8) | b;
        }

        if (ShortKeywords.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = Encoding.Latin1.GetString(bytes);
        return ShortKeywords.Count < 4096 ? ShortKeywords.GetOrAdd(key, text) : text;
    }

    private void ScratchAdd(byte b)
    {
        if (scratchLength == scratch.Length)
        {
            Array.Resize(ref scratch, scratch.Length * 2);
        }

        scratch[scratchLength++] = b;
    }

    private byte[] ScratchToArray() => scratchLength == 0 ? [] : scratch.AsSpan(0, scratchLength).ToArray();

    public static bool IsHex(byte c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    public static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

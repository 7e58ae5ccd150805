using Ingest.Pdf.Parsing;

namespace Ingest.Pdf.Fonts;

/// <summary>Parsing of CMap streams (Adobe Technical Note #5014 syntax, as PDF producers write it).</summary>
internal sealed partial class CMap
{
    // More codespace ranges than any real CMap has (Shift-JIS needs four); ReadCode walks them per code.
    private const int MaxCodespaceRanges = 256;

    // Operands kept between operators: enough for "/CMapName /X def" and "/WMode 1 def".
    private const int MaxOperands = 64;

    /// <summary>Parses the decoded bytes of a CMap stream (a ToUnicode CMap or an embedded encoding CMap).</summary>
    /// <param name="data">The stream's decoded data.</param>
    /// <returns>The CMap; for damaged or truncated data, what could be read (possibly nothing).</returns>
    public static CMap Parse(ReadOnlyMemory<byte> data)
    {
        var builder = new Builder();
        var lexer = new Lexer(data);
        var operands = new List<Token>();
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind != TokenKind.Keyword)
            {
                if (operands.Count == MaxOperands)
                {
                    operands.RemoveRange(0, MaxOperands / 2);
                }

                operands.Add(token);
                continue;
            }

            switch (token.Text)
            {
                case "begincodespacerange":
                    ParseCodespaceRanges(lexer, builder);
                    break;
                case "beginbfchar":
                    ParseBfChars(lexer, builder);
                    break;
                case "beginbfrange":
                    ParseBfRanges(lexer, builder);
                    break;
                case "begincidchar":
                    ParseCidChars(lexer, builder, builder.CidChars, "endcidchar");
                    break;
                case "begincidrange":
                    ParseCidRanges(lexer, builder, builder.CidRanges, "endcidrange");
                    break;
                case "beginnotdefchar":
                    ParseCidChars(lexer, builder, builder.NotdefChars, "endnotdefchar");
                    break;
                case "beginnotdefrange":
                    ParseCidRanges(lexer, builder, builder.NotdefRanges, "endnotdefrange");
                    break;
                case "usecmap":
                    if (operands.Count > 0 && operands[^1].Kind == TokenKind.Name)
                    {
                        builder.UseCMapName = operands[^1].Text;
                    }

                    break;
                case "def":
                    ApplyDefinition(operands, builder);
                    break;
            }

            operands.Clear();
        }

        return new CMap(builder);
    }

    private static void ApplyDefinition(List<Token> operands, Builder builder)
    {
        if (operands.Count < 2 || operands[^2].Kind != TokenKind.Name)
        {
            return;
        }

        var value = operands[^1];
        switch (operands[^2].Text)
        {
            case "WMode" when value.Kind == TokenKind.Integer:
                builder.WMode = value.IntValue == 1 ? 1 : 0;
                break;
            case "CMapName" when value.Kind == TokenKind.Name:
                builder.Name = value.Text;
                break;
        }
    }

    private static void ParseCodespaceRanges(Lexer lexer, Builder builder)
    {
        while (TryReadCode(lexer, "endcodespacerange", out var low) && TryReadCode(lexer, "endcodespacerange", out var high))
        {
            if (low.Length == high.Length && low.Length is >= 1 and <= 4 && builder.Codespaces.Count < MaxCodespaceRanges)
            {
                builder.Codespaces.Add(new CodespaceRange(low, high));
            }
        }
    }

    private static void ParseBfChars(Lexer lexer, Builder builder)
    {
        while (TryReadCode(lexer, "endbfchar", out var source) && TryReadOperand(lexer, "endbfchar", out var destination))
        {
            if (TryGetCodeValue(builder, source, out var code) && TryDecodeDestination(destination, out var text))
            {
                builder.UnicodeChars[code] = text;
            }
        }
    }

    private static void ParseBfRanges(Lexer lexer, Builder builder)
    {
        while (TryReadCode(lexer, "endbfrange", out var lowBytes)
            && TryReadCode(lexer, "endbfrange", out var highBytes)
            && TryReadOperand(lexer, "endbfrange", out var destination))
        {
            var valid = TryGetCodeValue(builder, lowBytes, out var low) & TryGetCodeValue(builder, highBytes, out var high);
            UnicodeTarget? target = null;
            if (destination.Kind == TokenKind.ArrayStart)
            {
                target = new UnicodeTarget(ReadDestinationArray(lexer));
            }
            else if (destination.Kind is TokenKind.HexString or TokenKind.LiteralString)
            {
                target = new UnicodeTarget(destination.Bytes ?? []);
            }
            else if (TryDecodeDestination(destination, out var text))
            {
                target = new UnicodeTarget([text]);
            }

            if (valid && target is not null && low <= high)
            {
                builder.UnicodeRanges.Add((low, high, target));
            }
        }
    }

    private static string[] ReadDestinationArray(Lexer lexer)
    {
        var items = new List<string>();
        while (true)
        {
            var start = lexer.Position;
            var token = lexer.Next();
            if (token.Kind is TokenKind.ArrayEnd or TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind == TokenKind.Keyword)
            {
                // An unclosed array: leave the keyword (endbfrange, most likely) to the caller.
                lexer.Position = start;
                break;
            }

            // A destination that cannot be decoded keeps its place so later codes stay aligned.
            items.Add(TryDecodeDestination(token, out var text) ? text : string.Empty);
        }

        return [.. items];
    }

    private static void ParseCidChars(Lexer lexer, Builder builder, Dictionary<uint, int> target, string endKeyword)
    {
        while (TryReadCode(lexer, endKeyword, out var source) && TryReadOperand(lexer, endKeyword, out var cid))
        {
            if (TryGetCodeValue(builder, source, out var code) && TryGetCid(cid, out var value))
            {
                target[code] = value;
            }
        }
    }

    private static void ParseCidRanges(Lexer lexer, Builder builder, List<(uint, uint, int)> target, string endKeyword)
    {
        while (TryReadCode(lexer, endKeyword, out var lowBytes)
            && TryReadCode(lexer, endKeyword, out var highBytes)
            && TryReadOperand(lexer, endKeyword, out var cid))
        {
            if (TryGetCodeValue(builder, lowBytes, out var low) & TryGetCodeValue(builder, highBytes, out var high) && TryGetCid(cid, out var value))
            {
                target.Add((low, high, value));
            }
        }
    }

    /// <summary>Reads the next operand inside a <c>begin…end</c> block.</summary>
    /// <returns>False at the block's end: its end keyword (consumed), another keyword (left for the main loop, so a truncated block does not swallow the next one), or the end of the data.</returns>
    private static bool TryReadOperand(Lexer lexer, string endKeyword, out Token token)
    {
        var start = lexer.Position;
        token = lexer.Next();
        if (token.Kind == TokenKind.EndOfInput)
        {
            return false;
        }

        if (token.Kind == TokenKind.Keyword)
        {
            if (token.Text != endKeyword)
            {
                lexer.Position = start;
            }

            return false;
        }

        return true;
    }

    /// <summary>Reads the next operand, skipping ones that cannot be a code (numbers or names where a string belongs).</summary>
    private static bool TryReadCode(Lexer lexer, string endKeyword, out byte[] code)
    {
        while (TryReadOperand(lexer, endKeyword, out var token))
        {
            if (token.Kind is TokenKind.HexString or TokenKind.LiteralString)
            {
                code = token.Bytes ?? [];
                return true;
            }
        }

        code = [];
        return false;
    }

    private static bool TryGetCodeValue(Builder builder, byte[] bytes, out uint code)
    {
        code = 0;
        if (bytes.Length is < 1 or > 4)
        {
            return false;
        }

        code = ToCode(bytes);
        builder.ShortestSourceLength = Math.Min(builder.ShortestSourceLength ?? 4, bytes.Length);
        return true;
    }

    private static bool TryDecodeDestination(Token token, out string text)
    {
        switch (token.Kind)
        {
            case TokenKind.HexString:
            case TokenKind.LiteralString:
                text = DecodeDestination(token.Bytes ?? []);
                return true;
            case TokenKind.Name:
                return GlyphList.TryGetUnicode(token.Text ?? string.Empty, out text);
            default:
                text = string.Empty;
                return false;
        }
    }

    private static bool TryGetCid(Token token, out int cid)
    {
        var value = token.Kind switch
        {
            TokenKind.Integer => token.IntValue,
            TokenKind.Real => (long)token.RealValue,
            _ => -1,
        };
        cid = (int)Math.Clamp(value, -1, int.MaxValue);
        return cid >= 0;
    }

    /// <summary>The mutable state of a CMap while it is parsed.</summary>
    private sealed class Builder
    {
        public string? Name { get; set; }

        public string? UseCMapName { get; set; }

        public int WMode { get; set; }

        public int? ShortestSourceLength { get; set; }

        public List<CodespaceRange> Codespaces { get; } = [];

        public Dictionary<uint, string> UnicodeChars { get; } = [];

        public List<(uint Low, uint High, UnicodeTarget Target)> UnicodeRanges { get; } = [];

        public Dictionary<uint, int> CidChars { get; } = [];

        public List<(uint Low, uint High, int Cid)> CidRanges { get; } = [];

        public Dictionary<uint, int> NotdefChars { get; } = [];

        public List<(uint Low, uint High, int Cid)> NotdefRanges { get; } = [];
    }
}

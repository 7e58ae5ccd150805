using System.Globalization;
using Ingest.Pdf.Fonts;
using Ingest.Pdf.Graphics;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Parsing;

namespace Ingest.Pdf.Content;

/// <summary>
/// Runs a page's content streams: tracks graphics and text state and reports shown glyphs and painted paths.
/// Lenient: operators it cannot read are skipped and recorded; the rest of the page is still read.
/// </summary>
internal sealed partial class ContentInterpreter
{
    private const int MaxOperands = 4096;
    private const long MaxGlyphsPerPage = 5_000_000;
    private readonly PdfObjectStore store;
    private readonly FontCache fonts;
    private readonly Stack<GraphicsState> stack = new();
    private readonly HashSet<int> activeForms = [];
    private readonly List<Operand> operands = [];
    private readonly double[] numberBuffer = new double[6];
    private readonly List<Subpath> path = [];
    private readonly Stack<ActualTextSpan?> markedContent = new();
    private List<PathPoint>? currentSubpath;
    private bool currentHasCurves;
    private GraphicsState state = new();
    private Matrix textMatrix = Matrix.Identity;
    private Matrix lineMatrix = Matrix.Identity;
    private long operatorCount;
    private int formDepth;

    private readonly Action<GlyphEvent> glyphSink;
    private long glyphCount;

    /// <param name="store">The document's objects.</param>
    /// <param name="fonts">The document's font cache.</param>
    /// <param name="glyphSink">Receives every shown glyph in content order (streamed: the interpreter keeps none).</param>
    public ContentInterpreter(PdfObjectStore store, FontCache fonts, Action<GlyphEvent> glyphSink)
    {
        this.store = store;
        this.fonts = fonts;
        this.glyphSink = glyphSink;
    }

    public List<PaintedPath> Paths { get; } = [];

    public List<string> Problems { get; } = [];

    public int ImageCount { get; private set; }

    public int SkippedOperators { get; private set; }

    public void Run(byte[] content, PdfDictionary? resources, Matrix initialCtm)
    {
        state = new GraphicsState { Ctm = initialCtm };
        Execute(content, resources);
        while (markedContent.Count > 0)
        {
            EndMarkedContent();
        }
    }

    private void Problem(string message)
    {
        if (Problems.Count < 200)
        {
            Problems.Add(message);
        }
    }

    private void Execute(byte[] content, PdfDictionary? resources)
    {
        var lexer = new Lexer(content);
        var parser = new ObjectParser(lexer, store.Limits.MaxDepth) { AllowReferences = false };
        operands.Clear();
        while (true)
        {
            // Numbers, strings and names are taken straight from the lexer (numbers unboxed): they are
            // nearly every operand. Arrays, dictionaries and stray delimiters go through the parser.
            var save = lexer.Position;
            var t = lexer.Next();
            string name;
            switch (t.Kind)
            {
                case TokenKind.EndOfInput:
                    return;
                case TokenKind.Integer:
                    Push(new Operand(null, t.IntValue));
                    continue;
                case TokenKind.Real:
                    Push(new Operand(null, t.RealValue));
                    continue;
                case TokenKind.LiteralString or TokenKind.HexString:
                    Push(new Operand(new PdfString(t.Bytes!, t.Kind == TokenKind.HexString), 0));
                    continue;
                case TokenKind.Name:
                    Push(new Operand(PdfName.Get(t.Text!), 0));
                    continue;
                case TokenKind.Keyword when t.Text is "true" or "false" or "null":
                    Push(new Operand(t.Text == "null" ? PdfNull.Instance : t.Text == "true" ? PdfBoolean.True : PdfBoolean.False, 0));
                    continue;
                case TokenKind.Keyword:
                    name = t.Text!;
                    break;
                default:
                    lexer.Position = save;
                    var obj = parser.ReadObject();
                    if (obj is null)
                    {
                        return;
                    }

                    if (obj is not PdfOperator op)
                    {
                        Push(new Operand(obj, 0));
                        continue;
                    }

                    name = op.Name;
                    break;
            }

            if (++operatorCount > store.Limits.MaxOperatorsPerPage)
            {
                throw new PdfLimitExceededException(string.Create(CultureInfo.InvariantCulture, $"The page has more than {store.Limits.MaxOperatorsPerPage} content operators."));
            }

            if (name == "BI")
            {
                SkipInlineImage(lexer, parser);
                operands.Clear();
                continue;
            }

            try
            {
                if (!Apply(name, resources))
                {
                    SkippedOperators++;
                    Problem(string.Create(CultureInfo.InvariantCulture, $"Skipped the unknown or malformed operator '{Printable(name)}' with {operands.Count} operand(s) near byte {lexer.Position} of a content stream."));
                }
            }
            catch (PdfLimitExceededException)
            {
                throw;
            }
            catch (PdfException e)
            {
                SkippedOperators++;
                Problem($"Skipped operator '{name}': {e.Message}");
            }

            operands.Clear();
        }
    }

    private void Push(Operand operand)
    {
        if (operands.Count < MaxOperands)
        {
            operands.Add(operand);
        }
    }

    private static string Printable(string s) => s.Length > 20 ? s[..20] + "..." : s;

    private double Num(int i) => i < operands.Count && operands[i].IsNumber ? operands[i].Number : double.NaN;

    private bool HasNumbers(int count)
    {
        if (operands.Count < count)
        {
            return false;
        }

        for (var i = operands.Count - count; i < operands.Count; i++)
        {
            if (!operands[i].IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the last <paramref name="count"/> operands as numbers (extra leading operands are ignored).</summary>
    /// <remarks>The span is a reused buffer: read it before the next call.</remarks>
    private ReadOnlySpan<double> Nums(int count)
    {
        var start = operands.Count - count;
        for (var i = 0; i < count; i++)
        {
            numberBuffer[i] = operands[start + i].Number;
        }

        return numberBuffer.AsSpan(0, count);
    }

    private bool Apply(string op, PdfDictionary? resources)
    {
        switch (op)
        {
            case "q":
                if (stack.Count >= 1024)
                {
                    return false;
                }

                stack.Push(state.Clone());
                return true;
            case "Q":
                if (stack.Count > 0)
                {
                    state = stack.Pop();
                }

                return true;
            case "cm":
                if (!HasNumbers(6))
                {
                    return false;
                }

                var m = Matrix.FromOperands(Nums(6));
                if (m.IsFinite)
                {
                    state.Ctm = m.Then(state.Ctm);
                }

                return true;
            case "w":
                if (!HasNumbers(1))
                {
                    return false;
                }

                state.LineWidth = Nums(1)[0];
                return true;
            case "J" or "j" or "M" or "d" or "ri" or "i":
                return true;
            case "gs":
                ApplyExtGState(resources);
                return true;
            case "m" or "l" or "c" or "v" or "y" or "h" or "re":
                return PathOperator(op);
            case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "n":
                PaintPath(op);
                return true;
            case "W" or "W*":
                return true;
            case "g" or "G" or "rg" or "RG" or "k" or "K" or "cs" or "CS" or "sc" or "SC" or "scn" or "SCN":
                return ColorOperator(op, resources);
            case "sh":
                return true;
            case "BT":
                textMatrix = Matrix.Identity;
                lineMatrix = Matrix.Identity;
                return true;
            case "ET":
                return true;
            case "Tc" or "Tw" or "Tz" or "TL" or "Ts" or "Tr":
                if (!HasNumbers(1))
                {
                    return false;
                }

                var v = Nums(1)[0];
                switch (op)
                {
                    case "Tc": state.CharSpacing = v; break;
                    case "Tw": state.WordSpacing = v; break;
                    case "Tz": state.HorizontalScaling = v / 100; break;
                    case "TL": state.Leading = v; break;
                    case "Ts": state.Rise = v; break;
                    default: state.RenderMode = (int)v; break;
                }

                return true;
            case "Tf":
                return SetFont(resources);
            case "Td" or "TD":
                if (!HasNumbers(2))
                {
                    return false;
                }

                var td = Nums(2);
                if (op == "TD")
                {
                    state.Leading = -td[1];
                }

                MoveLine(td[0], td[1]);
                return true;
            case "Tm":
                if (!HasNumbers(6))
                {
                    return false;
                }

                var tm = Matrix.FromOperands(Nums(6));
                if (tm.IsFinite)
                {
                    textMatrix = tm;
                    lineMatrix = tm;
                }

                return true;
            case "T*":
                MoveLine(0, -state.Leading);
                return true;
            case "Tj":
                if (operands.Count == 0 || operands[^1].Object is not PdfString tj)
                {
                    return false;
                }

                ShowText(tj.Bytes);
                return true;
            case "'":
                if (operands.Count == 0 || operands[^1].Object is not PdfString q1)
                {
                    return false;
                }

                MoveLine(0, -state.Leading);
                ShowText(q1.Bytes);
                return true;
            case "\"":
                if (operands.Count < 3 || operands[^1].Object is not PdfString q2)
                {
                    return false;
                }

                state.WordSpacing = Num(operands.Count - 3);
                state.CharSpacing = Num(operands.Count - 2);
                MoveLine(0, -state.Leading);
                ShowText(q2.Bytes);
                return true;
            case "TJ":
                if (operands.Count == 0 || operands[^1].Object is not PdfArray arr)
                {
                    return false;
                }

                ShowTextArray(arr);
                return true;
            case "d0" or "d1":
                return true;
            case "Do":
                return DoXObject(resources);
            case "BMC":
                markedContent.Push(null);
                return true;
            case "BDC":
                BeginMarkedContent(resources);
                return true;
            case "EMC":
                if (markedContent.Count > 0)
                {
                    EndMarkedContent();
                }

                return true;
            case "MP" or "DP" or "BX" or "EX":
                return true;
            case "EI" or "ID":
                return true;
            default:
                return false;
        }
    }

    private void ApplyExtGState(PdfDictionary? resources)
    {
        if (operands.Count == 0 || operands[^1].Object is not PdfName name)
        {
            return;
        }

        var gs = store.ResolveDictionary(store.ResolveDictionary(resources?["ExtGState"])?[name.Value]);
        if (gs is null)
        {
            return;
        }

        if (store.GetNumber(gs, "LW") is { } lw)
        {
            state.LineWidth = lw;
        }

        if (store.Resolve(gs["Font"]) is PdfArray fontArr && fontArr.Count >= 2 && store.Resolve(fontArr[1]) is PdfNumber size)
        {
            state.Font = fonts.Get(fontArr[0], Problem);
            state.FontSize = size.Value;
        }
    }

    private bool SetFont(PdfDictionary? resources)
    {
        if (operands.Count < 2 || operands[^2].Object is not PdfName name || !operands[^1].IsNumber)
        {
            return false;
        }

        state.FontSize = operands[^1].Number;
        var fontDict = store.ResolveDictionary(resources?["Font"]);
        var entry = fontDict?[name.Value];
        var font = entry is null ? null : fonts.Get(entry, Problem);
        if (font is null)
        {
            Problem($"The font /{name.Value} is not in the page resources; its text is decoded with a fallback font.");
            font = fonts.Get(FallbackFont, Problem);
        }

        state.Font = font;
        return true;
    }

    private static readonly PdfDictionary FallbackFont = new(new Dictionary<string, PdfObject>(StringComparer.Ordinal)
    {
        ["Type"] = PdfName.Get("Font"),
        ["Subtype"] = PdfName.Get("Type1"),
        ["BaseFont"] = PdfName.Get("Helvetica"),
    });

    private void MoveLine(double tx, double ty)
    {
        lineMatrix = new Matrix(1, 0, 0, 1, tx, ty).Then(lineMatrix);
        textMatrix = lineMatrix;
    }

    private void ShowTextArray(PdfArray arr)
    {
        foreach (var item in arr.Items)
        {
            switch (item)
            {
                case PdfString s:
                    ShowText(s.Bytes);
                    break;
                case PdfNumber n:
                    var adjust = -n.Value * 0.001 * state.FontSize;
                    if (state.Font?.IsVertical == true)
                    {
                        textMatrix = new Matrix(1, 0, 0, 1, 0, adjust).Then(textMatrix);
                    }
                    else
                    {
                        textMatrix = new Matrix(1, 0, 0, 1, adjust * state.HorizontalScaling, 0).Then(textMatrix);
                    }

                    break;
            }
        }
    }

    private void ShowText(byte[] bytes)
    {
        var font = state.Font;
        if (font is null)
        {
            font = fonts.Get(FallbackFont, Problem);
            state.Font = font;
            Problem("Text shown before any font was set; decoded with a fallback font.");
            if (font is null)
            {
                return;
            }
        }

        var fs = state.FontSize;
        var th = state.HorizontalScaling;
        var fm = font.FontMatrix;
        var i = 0;
        while (i < bytes.Length)
        {
            var code = font.ReadCode(bytes, i, out var len);
            if (len <= 0)
            {
                len = 1;
            }

            i += len;
            var text = font.ToUnicode(code);
            var isSpace = len == 1 && code == 32;
            var trm = textMatrix.Then(state.Ctm);
            if (font.IsVertical)
            {
                var vy = font.GetVerticalAdvance(code) * 0.001;
                var (ox, oy) = trm.Apply(0, state.Rise);
                var (ddx, ddy) = trm.ApplyDelta(0, vy * fs);
                EmitGlyph(text, ox, oy, ddx, ddy, trm, fs, font);
                var ty = (vy * fs) + state.CharSpacing + (isSpace ? state.WordSpacing : 0);
                textMatrix = new Matrix(1, 0, 0, 1, 0, ty).Then(textMatrix);
            }
            else
            {
                // Widths are in glyph space: 1/1000 of text space, or the Type3 font matrix's scale.
                var w0 = font.GetWidth(code) * fm[0];

                var (ox, oy) = trm.Apply(0, state.Rise);
                var (ddx, ddy) = trm.ApplyDelta(w0 * fs * th, 0);
                EmitGlyph(text, ox, oy, ddx, ddy, trm, fs, font);
                var tx = ((w0 * fs) + state.CharSpacing + (isSpace ? state.WordSpacing : 0)) * th;
                textMatrix = new Matrix(1, 0, 0, 1, tx, 0).Then(textMatrix);
            }
        }
    }

    private void EmitGlyph(string text, double x, double y, double dx, double dy, Matrix trm, double fs, PdfFont font)
    {
        // The font transform (without horizontal scaling) decides the direction, as in poppler.
        var m0 = trm.A * fs;
        var m1 = trm.B * fs;
        var m2 = trm.C * fs;
        var m3 = trm.D * fs;
        int rot;
        if (Math.Abs(m0 * m3) > Math.Abs(m1 * m2))
        {
            rot = (m0 > 0 || m3 < 0) ? 0 : 2;
        }
        else
        {
            rot = m2 > 0 ? 1 : 3;
        }

        var (sx, sy) = trm.ApplyDelta(0, fs);
        var size = Math.Sqrt((sx * sx) + (sy * sy));
        var glyph = new GlyphEvent(text, x, y, dx, dy, size, rot, font);
        if (markedContent.Count > 0)
        {
            foreach (var span in markedContent)
            {
                if (span is not null)
                {
                    span.Glyphs.Add(glyph);
                    return;
                }
            }
        }

        if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(dx))
        {
            return;
        }

        Emit(glyph);
    }

    /// <summary>A content-stream operand: a number (kept unboxed) or an object.</summary>
    private readonly record struct Operand(PdfObject? Object, double Number)
    {
        public bool IsNumber => Object is null;
    }

    private void Emit(in GlyphEvent glyph)
    {
        if (++glyphCount > MaxGlyphsPerPage)
        {
            throw new PdfLimitExceededException(string.Create(CultureInfo.InvariantCulture, $"The page shows more than {MaxGlyphsPerPage} glyphs."));
        }

        glyphSink(glyph);
    }

    private sealed class ActualTextSpan(string text)
    {
        public string Text { get; } = text;

        public List<GlyphEvent> Glyphs { get; } = [];
    }

    private void BeginMarkedContent(PdfDictionary? resources)
    {
        PdfDictionary? props = null;
        if (operands.Count >= 2)
        {
            props = operands[^1].Object switch
            {
                PdfDictionary d => d,
                PdfName n => store.ResolveDictionary(store.ResolveDictionary(resources?["Properties"])?[n.Value]),
                _ => null,
            };
        }

        var actual = props is null ? null : store.Resolve(props["ActualText"]) as PdfString;
        markedContent.Push(actual is null ? null : new ActualTextSpan(actual.AsText()));
    }

    private void EndMarkedContent()
    {
        var span = markedContent.Pop();
        if (span is null || span.Glyphs.Count == 0)
        {
            return;
        }

        // The span's glyphs are replaced by its actual text, spread over the same advance.
        var first = span.Glyphs[0];
        var last = span.Glyphs[^1];
        var dx = last.X + last.Dx - first.X;
        var dy = last.Y + last.Dy - first.Y;
        var replaced = first with { Text = span.Text, Dx = dx, Dy = dy };
        if (markedContent.Count > 0 && markedContent.FirstOrDefault(s => s is not null) is { } outer)
        {
            outer.Glyphs.Add(replaced);
        }
        else if (span.Text.Length > 0)
        {
            Emit(replaced);
        }
    }

    private bool DoXObject(PdfDictionary? resources)
    {
        if (operands.Count == 0 || operands[^1].Object is not PdfName name)
        {
            return false;
        }

        var entry = store.ResolveDictionary(resources?["XObject"])?[name.Value];
        if (store.Resolve(entry) is not PdfStream xobj)
        {
            return true;
        }

        var subtype = store.GetName(xobj.Dictionary, "Subtype");
        if (subtype == "Image")
        {
            ImageCount++;
            return true;
        }

        if (subtype != "Form")
        {
            return true;
        }

        var number = entry is PdfReference r ? r.Number : -1;
        if (formDepth >= store.Limits.MaxDepth || (number >= 0 && activeForms.Contains(number)))
        {
            Problem($"The Form XObject /{name.Value} is nested too deeply or invokes itself; skipped.");
            return true;
        }

        byte[] data;
        try
        {
            data = store.GetStreamData(xobj);
        }
        catch (PdfException e) when (e is not PdfLimitExceededException)
        {
            Problem($"The Form XObject /{name.Value} could not be decoded: {e.Message}");
            return true;
        }

        var saved = state.Clone();
        var savedStackDepth = stack.Count;
        var savedText = (textMatrix, lineMatrix);
        var savedOperands = operands.ToList();
        if (store.Resolve(xobj.Dictionary["Matrix"]) is PdfArray ma && ma.Count == 6)
        {
            var fm = Matrix.FromOperands(ma.Items.Select(o => store.Resolve(o) is PdfNumber n ? n.Value : 0).ToArray());
            if (fm.IsFinite)
            {
                state.Ctm = fm.Then(state.Ctm);
            }
        }

        var formResources = store.ResolveDictionary(xobj.Dictionary["Resources"]) ?? resources;
        formDepth++;
        if (number >= 0)
        {
            activeForms.Add(number);
        }

        try
        {
            Execute(data, formResources);
        }
        finally
        {
            formDepth--;
            if (number >= 0)
            {
                activeForms.Remove(number);
            }

            while (stack.Count > savedStackDepth)
            {
                stack.Pop();
            }

            state = saved;
            (textMatrix, lineMatrix) = savedText;
            operands.Clear();
            operands.AddRange(savedOperands);
        }

        return true;
    }

    private void SkipInlineImage(Lexer lexer, ObjectParser parser)
    {
        // BI <key value>* ID <data> EI
        while (true)
        {
            var o = parser.ReadObject();
            if (o is null)
            {
                return;
            }

            if (o is PdfOperator { Name: "ID" })
            {
                break;
            }
        }

        ImageCount++;
        var s = lexer.Span;
        var p = lexer.Position + 1;
        while (p + 1 < s.Length)
        {
            if (s[p] == 'E' && s[p + 1] == 'I' && Lexer.IsWhitespace(s[p - 1]) && (p + 2 >= s.Length || Lexer.IsWhitespace(s[p + 2])))
            {
                lexer.Position = p + 2;
                return;
            }

            p++;
        }

        lexer.Position = s.Length;
    }
}

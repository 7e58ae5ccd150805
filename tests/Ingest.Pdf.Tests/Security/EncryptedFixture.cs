using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Parsing;

namespace Ingest.Pdf.Tests.Security;

/// <summary>
/// Just enough PDF reading to test the security handler on the qpdf fixtures (classic xref, no
/// object streams): finds "N 0 obj" by scanning, parses a few objects and the trailer by hand.
/// </summary>
internal sealed class EncryptedFixture
{
    private readonly byte[] bytes;

    private EncryptedFixture(byte[] bytes)
    {
        this.bytes = bytes;
        var trailerAt = LastIndexOf(bytes, "trailer"u8);
        Assert.True(trailerAt >= 0, "The fixture has no trailer keyword.");
        var lexer = new Lexer(bytes) { Position = trailerAt + "trailer".Length };
        Trailer = Assert.IsType<PdfDictionary>(ParseObject(lexer));
    }

    public PdfDictionary Trailer { get; }

    public static string Folder => Path.Combine(RepositoryRoot(), "fixtures", "encrypted");

    public static IEnumerable<string> FileNames => Directory.GetFiles(Folder, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static EncryptedFixture Load(string fileName) => new(File.ReadAllBytes(Path.Combine(Folder, fileName)));

    /// <summary>Gets the /Encrypt dictionary with every indirect value resolved, as the handler expects.</summary>
    public PdfDictionary Encrypt() => Assert.IsType<PdfDictionary>(ResolveDeep(Trailer["Encrypt"]!));

    public byte[] FirstFileId() => Assert.IsType<PdfString>(Assert.IsType<PdfArray>(Trailer["ID"])[0]).Bytes;

    /// <summary>Gets the raw (encrypted) bytes of the first page's content stream and its object number.</summary>
    public (PdfStream Stream, int ObjectNumber) FirstPageContents()
    {
        var catalog = Assert.IsType<PdfDictionary>(Resolve(Trailer["Root"]!));
        var pages = Assert.IsType<PdfDictionary>(Resolve(catalog["Pages"]!));
        var kids = Assert.IsType<PdfArray>(pages["Kids"]);
        var page = Assert.IsType<PdfDictionary>(Resolve(kids[0]));
        var reference = Assert.IsType<PdfReference>(page["Contents"]);
        return (Assert.IsType<PdfStream>(Resolve(reference)), reference.Number);
    }

    /// <summary>Gets the encrypted /Title of the document information dictionary and the number of the object holding it.</summary>
    public (byte[] Title, int ObjectNumber) InfoTitle()
    {
        var reference = Assert.IsType<PdfReference>(Trailer["Info"]);
        var info = Assert.IsType<PdfDictionary>(Resolve(reference));
        return (Assert.IsType<PdfString>(info["Title"]).Bytes, reference.Number);
    }

    public static string Inflate(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }

    public PdfObject Resolve(PdfObject value) => value is PdfReference r ? ReadObject(r.Number) : value;

    private PdfObject ResolveDeep(PdfObject value)
    {
        value = Resolve(value);
        return value switch
        {
            PdfDictionary d => new PdfDictionary(d.Entries.ToDictionary(e => e.Key, e => ResolveDeep(e.Value), StringComparer.Ordinal)),
            PdfArray a => new PdfArray(a.Items.Select(ResolveDeep).ToList()),
            _ => value,
        };
    }

    private PdfObject ReadObject(int number)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n{number} 0 obj"));
        var at = bytes.AsSpan().IndexOf(header);
        Assert.True(at >= 0, $"Object {number} is not in the fixture.");
        var lexer = new Lexer(bytes) { Position = at + header.Length };
        var value = ParseObject(lexer);
        var next = lexer.Next();
        if (value is not PdfDictionary dictionary || next.Kind != TokenKind.Keyword || next.Text != "stream")
        {
            return value;
        }

        var start = next.End;
        start += bytes[start] == '\r' ? 2 : 1;
        var length = (int)Assert.IsType<PdfInteger>(dictionary["Length"]).Long;
        return new PdfStream(dictionary, bytes.AsMemory(start, length)) { ObjectNumber = number };
    }

    private static PdfObject ParseObject(Lexer lexer)
    {
        var token = lexer.Next();
        switch (token.Kind)
        {
            case TokenKind.Integer:
                var back = lexer.Position;
                var generation = lexer.Next();
                var r = lexer.Next();
                if (generation.Kind == TokenKind.Integer && r.Kind == TokenKind.Keyword && r.Text == "R")
                {
                    return new PdfReference((int)token.IntValue, (int)generation.IntValue);
                }

                lexer.Position = back;
                return new PdfInteger(token.IntValue);
            case TokenKind.Real:
                return new PdfReal(token.RealValue);
            case TokenKind.LiteralString:
            case TokenKind.HexString:
                return new PdfString(token.Bytes!, token.Kind == TokenKind.HexString);
            case TokenKind.Name:
                return PdfName.Get(token.Text!);
            case TokenKind.ArrayStart:
                var items = new List<PdfObject>();
                while (lexer.Peek().Kind is not (TokenKind.ArrayEnd or TokenKind.EndOfInput))
                {
                    items.Add(ParseObject(lexer));
                }

                lexer.Next();
                return new PdfArray(items);
            case TokenKind.DictStart:
                var dictionary = new PdfDictionary();
                while (lexer.Peek().Kind == TokenKind.Name)
                {
                    var key = lexer.Next().Text!;
                    dictionary.Entries[key] = ParseObject(lexer);
                }

                Assert.Equal(TokenKind.DictEnd, lexer.Next().Kind);
                return dictionary;
            case TokenKind.Keyword when token.Text is "true" or "false":
                return token.Text == "true" ? PdfBoolean.True : PdfBoolean.False;
            default:
                return PdfNull.Instance;
        }
    }

    private static int LastIndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().LastIndexOf(needle);

    /// <summary>The repository root, found from this source file's path (builds go to an artifacts folder outside the tree).</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var candidates = new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() };
        foreach (var start in candidates)
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "fixtures", "encrypted")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("The fixtures/encrypted folder was not found above " + sourceFile + ".");
    }
}

using System.Text;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Security;

namespace Ingest.Pdf.Tests.Security;

public class StandardSecurityHandlerTests
{
    private const string UserPassword = "secret";
    private const string OwnerPassword = "owner";

    public static TheoryData<string> AllFixtures => new(EncryptedFixture.FileNames);

    public static TheoryData<string> PasswordFixtures => new(EncryptedFixture.FileNames.Where(f => f.Contains("-userpw", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Open_Fixture_DecryptsContentStreamAndTitle(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId(), PasswordFor(fileName));

        var (stream, streamObject) = fixture.FirstPageContents();
        var plain = handler.DecryptStream(stream.RawData.Span, streamObject, 0);
        var filter = stream.Dictionary["Filter"] as PdfName;
        var content = filter?.Value == "FlateDecode" ? EncryptedFixture.Inflate(plain) : Encoding.Latin1.GetString(plain);
        Assert.Contains("(Hello encrypted world) Tj", content, StringComparison.Ordinal);

        var (title, infoObject) = fixture.InfoTitle();
        Assert.Equal("Encrypted fixture", new PdfString(handler.DecryptString(title, infoObject, 0)).AsText());
        Assert.False(handler.OpenedWithOwnerPassword);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Algorithm_Fixture_MatchesFileName(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId(), PasswordFor(fileName));

        // The fixture names start with the algorithm: "rc4-40", "aes-256-userpw", ...
        var expected = string.Join('-', fileName.Split('-')[..2]).ToUpperInvariant().Replace(".PDF", string.Empty, StringComparison.Ordinal);
        Assert.Equal(expected, handler.Algorithm);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Open_OwnerPassword_OpensAsOwnerAndDecrypts(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId(), OwnerPassword);

        Assert.True(handler.OpenedWithOwnerPassword);
        var (title, infoObject) = fixture.InfoTitle();
        Assert.Equal("Encrypted fixture", new PdfString(handler.DecryptString(title, infoObject, 0)).AsText());
    }

    [Theory]
    [MemberData(nameof(PasswordFixtures))]
    public void Open_EmptyPasswordOnProtectedFile_ThrowsPasswordRequiredNamingAlgorithm(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var algorithm = fileName.StartsWith("aes-256", StringComparison.Ordinal) ? "AES-256" : "RC4-128";

        var ex = Assert.Throws<PdfPasswordRequiredException>(() => StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId()));

        Assert.Contains(algorithm, ex.Message, StringComparison.Ordinal);
        Assert.Contains("empty user password", ex.Message, StringComparison.Ordinal);
        Assert.Equal("password-required", ex.Kind);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Open_WrongPassword_ThrowsPasswordRequired(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);

        var ex = Assert.Throws<PdfPasswordRequiredException>(() => StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId(), "wrong"));
        Assert.Contains("password supplied", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Aes256Revision6_ReportsMessageWithRevision()
    {
        var fixture = EncryptedFixture.Load("aes-256-userpw.pdf");

        var ex = Assert.Throws<PdfPasswordRequiredException>(() => StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId()));

        Assert.Equal("The document is encrypted (AES-256, R6) and needs a password; the empty user password did not open it.", ex.Message);
    }

    [Theory]
    [InlineData("rc4-40.pdf", 1, 2, 5)]
    [InlineData("rc4-128.pdf", 2, 3, 16)]
    [InlineData("aes-128.pdf", 4, 4, 16)]
    [InlineData("aes-256-r5.pdf", 5, 5, 32)]
    [InlineData("aes-256.pdf", 5, 6, 32)]
    public void Open_Fixture_ReadsVersionRevisionAndKeyLength(string fileName, int version, int revision, int keyLength)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId());

        Assert.Equal(version, handler.Version);
        Assert.Equal(revision, handler.Revision);
        Assert.Equal(keyLength, handler.KeyLength);
    }

    [Fact]
    public void Open_EncryptMetadataFalse_KeyIncludesMarkerAndMetadataStaysPlain()
    {
        var fixture = EncryptedFixture.Load("aes-128-cleartext-metadata.pdf");
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId());

        Assert.False(handler.EncryptMetadata);
        Assert.False(handler.IsStreamEncrypted(Dictionary(("Type", PdfName.Get("Metadata")))));
        Assert.True(handler.IsStreamEncrypted(Dictionary(("Length", new PdfInteger(3)))));
        Assert.False(handler.IsStreamEncrypted(Dictionary(("Type", PdfName.Get("XRef")))));
    }

    [Fact]
    public void DecryptString_IdentityStringFilter_ReturnsInput()
    {
        var fixture = EncryptedFixture.Load("aes-128.pdf");
        var encrypt = fixture.Encrypt();
        encrypt.Entries["StrF"] = PdfName.Get("Identity");
        var handler = StandardSecurityHandler.Open(encrypt, fixture.FirstFileId());
        var data = "plain"u8.ToArray();

        Assert.Equal(CryptMethod.Identity, handler.StringMethod);
        Assert.Equal(CryptMethod.AesV2, handler.StreamMethod);
        Assert.Equal(data, handler.DecryptString(data, 7, 0));
    }

    [Theory]
    [InlineData("aes-128.pdf")]
    [InlineData("aes-256.pdf")]
    public void DecryptString_DamagedAesData_DoesNotThrow(string fileName)
    {
        var fixture = EncryptedFixture.Load(fileName);
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId());

        Assert.Empty(handler.DecryptString([], 1, 0));
        Assert.Equal([1, 2, 3, 4, 5], handler.DecryptString([1, 2, 3, 4, 5], 1, 0));
        Assert.Empty(handler.DecryptString(new byte[16], 1, 0));
        Assert.Equal(16, handler.DecryptString(new byte[16 + 16 + 7], 1, 0).Length);
        Assert.InRange(handler.DecryptStream(new byte[16 + 32], 1, 0).Length, 16, 32);
    }

    [Fact]
    public void DecryptString_TruncatedAesTitle_ReturnsDecryptedPrefix()
    {
        var fixture = EncryptedFixture.Load("aes-128.pdf");
        var handler = StandardSecurityHandler.Open(fixture.Encrypt(), fixture.FirstFileId());
        var (title, infoObject) = fixture.InfoTitle();

        // "Encrypted fixture" is 17 bytes: two blocks; keep the IV, the first block and 5 stray bytes.
        var damaged = title[..(16 + 16 + 5)];
        var plain = handler.DecryptString(damaged, infoObject, 0);

        Assert.Equal("Encrypted fixtur", Encoding.Latin1.GetString(plain));
    }

    [Theory]
    [InlineData("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [InlineData("Wiki", "pedia", "1021BF0420")]
    [InlineData("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Rc4Transform_PublishedVector_MatchesCiphertext(string key, string plaintext, string ciphertextHex)
    {
        var cipher = Rc4.Transform(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plaintext));

        Assert.Equal(ciphertextHex, Convert.ToHexString(cipher));
        Assert.Equal(plaintext, Encoding.ASCII.GetString(Rc4.Transform(Encoding.ASCII.GetBytes(key), cipher)));
    }

    [Fact]
    public void Open_UnknownSecurityHandler_ThrowsUnsupportedNamingIt()
    {
        var encrypt = Dictionary(("Filter", PdfName.Get("FooHandler")), ("V", new PdfInteger(2)), ("R", new PdfInteger(3)));

        var ex = Assert.Throws<PdfUnsupportedException>(() => StandardSecurityHandler.Open(encrypt, []));

        Assert.Contains("/FooHandler", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 7)]
    [InlineData(6, 6)]
    public void Open_UnknownVersionOrRevision_ThrowsUnsupportedNamingThem(int version, int revision)
    {
        var encrypt = Dictionary(("Filter", PdfName.Get("Standard")), ("V", new PdfInteger(version)), ("R", new PdfInteger(revision)));

        var ex = Assert.Throws<PdfUnsupportedException>(() => StandardSecurityHandler.Open(encrypt, []));

        Assert.Contains($"V {version} and R {revision}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownCryptFilterMethod_ThrowsUnsupported()
    {
        var fixture = EncryptedFixture.Load("aes-128.pdf");
        var encrypt = fixture.Encrypt();
        var filters = Assert.IsType<PdfDictionary>(encrypt["CF"]);
        Assert.IsType<PdfDictionary>(filters["StdCF"]).Entries["CFM"] = PdfName.Get("Rot13");

        var ex = Assert.Throws<PdfUnsupportedException>(() => StandardSecurityHandler.Open(encrypt, fixture.FirstFileId()));

        Assert.Contains("/Rot13", ex.Message, StringComparison.Ordinal);
    }

    private static string PasswordFor(string fileName) => fileName.Contains("-userpw", StringComparison.Ordinal) ? UserPassword : string.Empty;

    private static PdfDictionary Dictionary(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
}

namespace Ingest.Pdf.Tests.Reader;

/// <summary>
/// Opens every file of <c>fixtures/encrypted</c> (picked up by glob; see its README) through the public API. A name
/// starts with the algorithm (<c>rc4-40</c> is RC4-40) and <c>-userpw</c> means the user password is <c>secret</c>.
/// </summary>
public class EncryptedFilesTests
{
    private const string UserPasswordMarker = "-userpw";

    public static TheoryData<string> OpenWithoutPassword => Files(needsPassword: false);

    public static TheoryData<string> NeedPassword => Files(needsPassword: true);

    [Fact]
    public void Fixtures_BothKinds_ArePresent()
    {
        Assert.True(OpenWithoutPassword.Count >= 5, $"Expected the empty-password fixtures in {Folder}.");
        Assert.True(NeedPassword.Count >= 2, $"Expected the -userpw fixtures in {Folder}.");
    }

    [Theory]
    [MemberData(nameof(OpenWithoutPassword))]
    public void Open_EmptyUserPassword_ReadsTheText(string fileName)
    {
        using var document = PdfDocument.Open(Path.Combine(Folder, fileName));

        Assert.True(document.IsEncrypted);
        Assert.Equal(1, document.PageCount);
        Assert.Equal("Encrypted fixture", document.Title);
        Assert.Equal(["Hello", "encrypted", "world"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
    }

    [Theory]
    [MemberData(nameof(NeedPassword))]
    public void Open_UserPasswordNotGiven_ThrowsPasswordRequiredNamingTheAlgorithm(string fileName)
    {
        var e = Assert.Throws<PdfPasswordRequiredException>(() => PdfDocument.Open(Path.Combine(Folder, fileName)));

        Assert.Equal("password-required", e.Kind);
        Assert.Contains(Algorithm(fileName), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NeedPassword))]
    public void Open_WrongPassword_ThrowsPasswordRequired(string fileName)
    {
        Assert.Throws<PdfPasswordRequiredException>(() => PdfDocument.Open(Path.Combine(Folder, fileName), new PdfReadOptions { Password = "wrong" }));
    }

    [Theory]
    [MemberData(nameof(NeedPassword))]
    public void Open_UserPasswordGiven_ReadsTheText(string fileName)
    {
        using var document = PdfDocument.Open(Path.Combine(Folder, fileName), new PdfReadOptions { Password = "secret" });

        Assert.True(document.IsEncrypted);
        Assert.Equal(["Hello", "encrypted", "world"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
    }

    private static string Folder => Path.Combine(ReaderAssert.RepositoryRoot(), "fixtures", "encrypted");

    /// <summary>Gets the algorithm a file name starts with: <c>aes-256-userpw.pdf</c> gives <c>AES-256</c>.</summary>
    private static string Algorithm(string fileName) => string.Join('-', fileName.Split('-').Take(2)).ToUpperInvariant();

    private static TheoryData<string> Files(bool needsPassword)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.Contains(UserPasswordMarker, StringComparison.Ordinal) == needsPassword)
            {
                data.Add(name);
            }
        }

        return data;
    }
}

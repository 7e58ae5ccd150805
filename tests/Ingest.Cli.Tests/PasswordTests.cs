namespace Ingest.Cli.Tests;

/// <summary><c>--password</c> and <c>--passwords-file</c> of <c>ingest pdf</c> and <c>ingest run</c>, on the encrypted fixtures
/// whose user password is <c>secret</c> (<c>fixtures/encrypted/README.md</c>).</summary>
public sealed class PasswordTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ingest-password-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("aes-256-userpw.pdf")]
    [InlineData("rc4-128-userpw.pdf")]
    public void Words_UserPasswordFileWithRightPassword_PrintsWords(string name)
    {
        var (code, output, error) = CommandRunner.Run("pdf", "words", Encrypted(name), "--password", "secret");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        Assert.Contains("\tHello", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_UserPasswordFileWithWrongPasswords_FailsPasswordRequiredCountingThemWithoutNamingThem()
    {
        var (code, output, error) = CommandRunner.Run("pdf", "words", Encrypted("aes-256-userpw.pdf"), "--password", "wrong-one", "--password", "wrong-two");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Empty(output);
        Assert.StartsWith("ingest: password-required: ", error, StringComparison.Ordinal);
        Assert.Contains("None of the 3 passwords tried opened it.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_PasswordsFileWithRightPasswordOnSecondLine_PrintsWords()
    {
        var file = Path.Combine(root, "passwords.txt");
        File.WriteAllText(file, "wrong-one\nsecret\n\n");

        var (code, output, error) = CommandRunner.Run("pdf", "words", Encrypted("aes-256-userpw.pdf"), "--passwords-file", file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        Assert.Contains("\tHello", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--password", "secret")]
    [InlineData("--password=secret")]
    public void Run_UserPasswordFileWithRightPassword_IngestsItAndRecordsThePasswordMasked(params string[] password)
    {
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        File.Copy(Encrypted("aes-256-userpw.pdf"), Path.Combine(input, "locked.pdf"));
        var db = Path.Combine(root, "ingest.db");
        var output = Path.Combine(root, "out");

        var (_, stdout, error) = CommandRunner.Run(["run", input, .. password, "--db", db, "--out", output, "--workers", "1"]);

        var document = Assert.Single(BadInputRunTests.Rows(Path.Combine(output, "documents.csv")));
        Assert.NotEqual("failed", document["status"]);
        var arguments = RunArguments(db);
        Assert.Contains("***", arguments, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", arguments, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stdout + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("pdf", "words")]
    [InlineData("pdf", "lines")]
    [InlineData("pdf", "tables")]
    public void Command_MissingPasswordsFile_ExitsWithUsageErrorOnOneLine(params string[] command)
    {
        var missing = Path.Combine(root, "no-such-passwords.txt");

        string[] database = command[0] == "run" ? ["--db", Path.Combine(root, "ingest.db")] : [];

        var (code, output, error) = CommandRunner.Run([.. command, Encrypted("aes-256-userpw.pdf"), "--passwords-file", missing, .. database]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"cannot read --passwords-file {missing}: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "ingest.db")));
    }

    private static string Encrypted(string name) => Path.Combine(CommandRunner.RepositoryRoot(), "fixtures", "encrypted", name);

    private static string RunArguments(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + db + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT arguments FROM runs;";
        return Assert.IsType<string>(command.ExecuteScalar());
    }
}

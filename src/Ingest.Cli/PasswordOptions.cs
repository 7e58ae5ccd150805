using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace Ingest.Cli;

/// <summary>The <c>--password PW</c> (repeatable) and <c>--passwords-file FILE</c> options of <c>run</c> and <c>pdf</c>, which
/// open encrypted files with a user password.</summary>
/// <remarks>A password is never printed: not in messages, progress or logs, and the command line recorded with a run holds
/// <c>***</c> in its place (<see cref="Mask"/>).</remarks>
internal sealed class PasswordOptions
{
    /// <summary>What stands for a password in a recorded command line.</summary>
    public const string Masked = "***";

    private const string PasswordName = "--password";

    private readonly Option<string[]> password = new(PasswordName)
    {
        Description = "A password tried on an encrypted file after the empty one; repeat it to try several, in order.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> passwordsFile = new("--passwords-file")
    {
        Description = "A UTF-8 file of passwords, one a line (blank lines ignored), tried after those of --password.",
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(password);
        command.Options.Add(passwordsFile);
    }

    /// <summary>Gets the passwords to try after the empty one: those of <c>--password</c> in order, then the lines of
    /// <c>--passwords-file</c>.</summary>
    /// <exception cref="UsageException">The passwords file is missing or cannot be read.</exception>
    public IReadOnlyList<string> Read(ParseResult parse)
    {
        var passwords = new List<string>(parse.GetValue(password) ?? []);
        if (parse.GetValue(passwordsFile) is { } path)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new UsageException($"cannot read --passwords-file {path}: {OneLine(e.Message)}");
            }

            passwords.AddRange(lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        }

        return passwords;
    }

    /// <summary>Gets the command line as parsed, each <c>--password</c> value replaced by <see cref="Masked"/>.</summary>
    public static string Mask(ParseResult parse)
    {
        var tokens = parse.Tokens;
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var afterPassword = i > 0 && tokens[i - 1].Type == TokenType.Option && tokens[i - 1].Value == PasswordName;
            words.Add(afterPassword && tokens[i].Type == TokenType.Argument ? Masked : tokens[i].Value);
        }

        return string.Join(' ', words);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

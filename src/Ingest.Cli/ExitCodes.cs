namespace Ingest.Cli;

/// <summary>Process exit codes that scripts can rely on (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read (for <c>run</c>: every file ingested, or already in the database).</summary>
    public const int Ok = 0;

    /// <summary>An input could not be read (damaged, encrypted, over a limit); for <c>run</c>, some file failed or the run was interrupted.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong (unknown option, missing file, no such page).</summary>
    public const int Usage = 2;
}

/// <summary>A mistake in how the command was called.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The input of a <c>pdf</c> command is not a regular file; the message names it and says what it is.</summary>
internal sealed class NotAFileException(string message) : Exception(message);

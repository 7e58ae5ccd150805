using System.Globalization;

namespace Ingest.Cli;

/// <summary>The last resort for an exception that no command handled: one line on standard error, the details in a log file.</summary>
/// <remarks>A user never sees a stack trace; the line names the log file (<c>ingest-PID.log</c> in the system temp folder)
/// that holds the exception with its stack, for a bug report.</remarks>
internal static class CrashLog
{
    /// <summary>Gets the log file of this process.</summary>
    public static string LogPath { get; } = Path.Combine(Path.GetTempPath(), $"ingest-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.log");

    /// <summary>Writes the exception to <see cref="LogPath"/> and one line naming it to standard error.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The exit code for an internal error (<see cref="ExitCodes.Failed"/>).</returns>
    public static int Report(Exception exception)
    {
        var summary = exception.GetType().Name + ": " + exception.Message.ReplaceLineEndings(" ");
        string where;
        try
        {
            File.AppendAllText(LogPath, $"{DateTimeOffset.UtcNow:O} ingest {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n{exception}\n\n");
            where = "details in " + LogPath;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            where = "the details could not be written to " + LogPath + " (" + e.Message.ReplaceLineEndings(" ") + ")";
        }

        Console.Error.WriteLine($"ingest: internal error: {summary}; {where}");
        return ExitCodes.Failed;
    }
}

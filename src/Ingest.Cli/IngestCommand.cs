using System.CommandLine;

namespace Ingest.Cli;

/// <summary>The <c>ingest</c> command line.</summary>
internal static class IngestCommand
{
    /// <summary>Parses and runs a command line; returns the process exit code (see <see cref="ExitCodes"/>). An exception that
    /// no command handled goes to <see cref="CrashLog"/>: one line on standard error, never a stack trace.</summary>
    public static int Run(string[] args) => Run(args, DefaultProcessor.Create);

    /// <summary>Parses and runs a command line with the given document processor for <c>run</c> (tests pass fakes).</summary>
    internal static int Run(string[] args, Func<Ingest.Pipeline.DocumentProcessor> processor)
    {
        var root = new RootCommand("Ingest: reads CEPLAN planning reports from PDFs, recomputes their figures and lists what does not add up.");
        root.Subcommands.Add(RunCommand.Create(processor));
        root.Subcommands.Add(QueryCommands.Findings());
        root.Subcommands.Add(QueryCommands.Export());
        root.Subcommands.Add(QueryCommands.Report());
        root.Subcommands.Add(PdfCommands.Create());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine("ingest: " + error.Message);
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CrashLog.Report(e);
        }
    }
}

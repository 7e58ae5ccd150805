using System.CommandLine;
using System.Globalization;
using Ingest.Exports;
using Ingest.Pipeline;
using Ingest.Storage;
using Ingest.Storage.Sqlite;

namespace Ingest.Cli;

/// <summary><c>ingest run PATH... [--db FILE] [--out DIR] [--workers N] [--force] [--timeout S] [--max-file-size BYTES] [--allow-partial] [--password PW]... [--passwords-file FILE]</c>.</summary>
internal static class RunCommand
{
    /// <summary>Gets the default database file, in the current folder.</summary>
    public const string DefaultDatabase = "ingest.db";

    /// <summary>The most documents processed in parallel (<c>--workers</c>).</summary>
    public const int MaxWorkers = 64;

    /// <summary>The longest <c>--timeout</c>, one day.</summary>
    public const int MaxTimeoutSeconds = 86400;

    public static Command Create(Func<DocumentProcessor> processor)
    {
        var paths = new Argument<string[]>("PATH") { Description = "PDF files, folders (searched recursively for *.pdf) and globs (*, ?, **).", Arity = ArgumentArity.OneOrMore };

        // The parser hands a token it does not know (--bogus) to PATH; one that starts with '-' and names no file is a
        // mistyped option, not a path that matches nothing.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v)))
            {
                result.AddError($"unknown option '{token}' (see ingest run --help).");
            }
        });
        var db = DatabaseOption();
        var output = new Option<string?>("--out") { Description = "Also write the CSV exports, a JSON file per document and the HTML audit report of this run's files into DIR." };
        var workers = new Option<int>("--workers") { Description = $"Documents processed in parallel (1 to {MaxWorkers}).", DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 4) };
        var force = new Option<bool>("--force") { Description = "Process files already in the database again and replace them." };
        var timeout = new Option<double>("--timeout") { Description = $"Seconds one document may take before it fails with 'timeout' (above 0, at most {MaxTimeoutSeconds}).", DefaultValueFactory = _ => 120 };
        var maxFileSize = new Option<string>("--max-file-size") { Description = "Bytes of the largest file read; a larger one fails with 'limit-exceeded' without being read.", DefaultValueFactory = _ => (1L << 30).ToString(CultureInfo.InvariantCulture) };
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Exit 0 when some file is 'partial' (part of it could not be read); without it, a partial file makes the exit code 1 like a failed one." };
        var command = new Command("run", "Ingest PDF reports into the database: read, classify, parse, audit and store each file, one transaction per file.")
        {
            paths, db, output, workers, force, timeout, maxFileSize, allowPartial,
        };
        var passwords = new PasswordOptions();
        passwords.AddTo(command);
        command.SetAction(parse => Cli.Guard(() => RunAsync(
            parse.GetValue(paths)!,
            parse.GetValue(db)!,
            parse.GetValue(output),
            parse.GetValue(workers),
            parse.GetValue(force),
            parse.GetValue(timeout),
            parse.GetValue(maxFileSize)!,
            parse.GetValue(allowPartial),
            () => passwords.Read(parse),
            processor(),
            PasswordOptions.Mask(parse)).GetAwaiter().GetResult()));
        return command;
    }

    /// <summary>Gets the <c>--db FILE</c> option shared by the commands.</summary>
    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = "The SQLite database file.",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    private static async Task<int> RunAsync(string[] paths, string db, string? output, int workers, bool force, double timeout, string maxFileSize, bool allowPartial, Func<IReadOnlyList<string>> readPasswords, DocumentProcessor processor, string arguments)
    {
        if (workers is < 1 or > MaxWorkers)
        {
            throw new UsageException($"--workers must be from 1 to {MaxWorkers} (got {workers}).");
        }

        if (!(timeout > 0 && timeout <= MaxTimeoutSeconds))
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--timeout must be a number of seconds above 0 and at most {MaxTimeoutSeconds} (got {timeout})."));
        }

        if (output is not null && File.Exists(output))
        {
            throw new UsageException($"--out {output} is a file; it must be a folder (it is created when missing).");
        }

        // Read as text so that "abc", "-1" or "1e9" all get this message rather than the parser's.
        if (!long.TryParse(maxFileSize, NumberStyles.None, CultureInfo.InvariantCulture, out var maxBytes) || maxBytes < 1)
        {
            throw new UsageException($"--max-file-size must be a positive whole number of bytes (got '{maxFileSize}').");
        }

        var passwords = readPasswords();
        var (files, unmatched) = InputFiles.Expand(paths);
        if (unmatched.Count > 0)
        {
            throw new UsageException("no file matches " + string.Join(", ", unmatched.Select(u => "'" + u + "'")) + ".");
        }

        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await using var store = SqliteReportStore.Open(db);
            var options = new PipelineOptions { Workers = workers, Force = force, DocumentTimeout = TimeSpan.FromSeconds(timeout), MaxFileSize = maxBytes, Arguments = arguments, Passwords = passwords };
            var progress = new ConsoleProgress(Console.Error, interactive: !Console.IsErrorRedirected);
            var result = await new IngestPipeline(store, processor, options).RunAsync(files, progress, interrupt.Token).ConfigureAwait(false);
            progress.Finish();
            PrintSummary(result, store.Path);
            if (output is not null)
            {
                await WriteOutputsAsync(store, [.. result.Outcomes.Select(o => o.Document)], output).ConfigureAwait(false);
            }

            var incomplete = result.Count(DocumentStatus.Failed) > 0 || (!allowPartial && result.Count(DocumentStatus.Partial) > 0);
            return result.Cancelled || incomplete ? ExitCodes.Failed : ExitCodes.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Writes the CSV files, the JSON files and the HTML report of the given documents.</summary>
    public static async Task WriteOutputsAsync(IReportStore store, IReadOnlyList<DocumentRecord> documents, string folder)
    {
        var source = ExportSource.FromStore(store, documents);
        await CsvExport.WriteAsync(folder, source).ConfigureAwait(false);
        await JsonExport.WriteAsync(folder, source).ConfigureAwait(false);
        var index = await HtmlReport.WriteAsync(folder, source).ConfigureAwait(false);
        Console.Out.Write($"Wrote {string.Join(", ", CsvExport.Files)}, json/ and report/ to {Path.GetFullPath(folder)}; open {index}\n");
    }

    private static void PrintSummary(PipelineResult result, string database)
    {
        var counts = new FindingCounts(
            result.Outcomes.Sum(o => o.Document.Findings.Errors),
            result.Outcomes.Sum(o => o.Document.Findings.Warnings),
            result.Outcomes.Sum(o => o.Document.Findings.Infos));
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-3);
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Outcomes.Count}/{result.Total} files in {result.Elapsed.TotalSeconds:0.0} s ({result.Outcomes.Count / seconds:0.0} files/s): ");
        text.Append(CultureInfo.InvariantCulture, $"{result.Count(DocumentStatus.Ok)} ok, {result.Count(DocumentStatus.Partial)} partial, {result.Count(DocumentStatus.NoText)} no-text, {result.Count(DocumentStatus.Failed)} failed, {result.Count(DocumentStatus.Skipped)} skipped");
        text.Append(result.Cancelled ? " (interrupted)\n" : "\n");
        text.Append(CultureInfo.InvariantCulture, $"Findings: {counts.Errors} errors, {counts.Warnings} warnings, {counts.Infos} info. Database: {database}\n");
        foreach (var failed in result.Outcomes.Where(o => o.Document.Status == DocumentStatus.Failed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  failed {ConsoleProgress.Printable(failed.Document.File)}: {failed.Document.ErrorKind}: {ConsoleProgress.Printable(failed.Document.Error)}\n");
        }

        foreach (var partial in result.Outcomes.Where(o => o.Document.Status == DocumentStatus.Partial))
        {
            var d = partial.Document;
            text.Append(CultureInfo.InvariantCulture, $"  partial {ConsoleProgress.Printable(d.File)}: {d.Kind}, read {d.ElementsRead} of {d.ElementsPrinted} printed elements\n");
        }

        Console.Out.Write(text.ToString());
    }
}

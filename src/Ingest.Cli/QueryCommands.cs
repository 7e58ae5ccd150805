using System.CommandLine;
using Ingest.Audit;
using Ingest.Exports;
using Ingest.Storage;
using Ingest.Storage.Sqlite;

namespace Ingest.Cli;

/// <summary>The commands that read the database: <c>findings</c>, <c>export</c>, <c>report</c>.</summary>
internal static class QueryCommands
{
    public static Command Findings()
    {
        var db = RunCommand.DatabaseOption();
        var severity = new Option<string?>("--severity") { Description = "The least severity listed: error, warning (warnings and errors) or info (all)." };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var rule = new Option<string?>("--rule") { Description = "Only this rule id (" + string.Join(", ", RuleIds.Every) + ")." };
        var entity = new Option<string?>("--entity") { Description = "Only documents whose entity code or name, or file name, contains this text." };
        var format = new Option<string>("--format") { Description = "table, csv, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "md");
        var command = new Command("findings", "Print the alert list from the database: errors first, then the printed elements that were not read (unread-element), then the other warnings, then infos; each group by file, page and rule.") { db, severity, rule, entity, format };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var query = new FindingQuery(
                parse.GetValue(severity) switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => null },
                parse.GetValue(rule),
                parse.GetValue(entity));
            var fmt = Enum.Parse<FindingFormat>(parse.GetValue(format)!, ignoreCase: true);
            return WithStore(parse.GetValue(db)!, async store =>
            {
                var findings = new List<FindingRecord>();
                await foreach (var f in store.FindingsAsync(query).ConfigureAwait(false))
                {
                    findings.Add(f);
                }

                var text = new StringWriter();
                FindingList.Write(text, findings, fmt);
                Console.Out.Write(text.ToString());
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    public static Command Export()
    {
        var db = RunCommand.DatabaseOption();
        var output = OutOption("Write the CSV files and a JSON file per document into DIR.");
        var command = new Command("export", "Export every document in the database: the CSV files and a JSON file per document.") { db, output };
        command.SetAction(parse => Cli.Guard(() => WithStore(parse.GetValue(db)!, async store =>
        {
            var folder = parse.GetValue(output)!;
            var source = ExportSource.FromStore(store, await AllDocumentsAsync(store).ConfigureAwait(false));
            await CsvExport.WriteAsync(folder, source).ConfigureAwait(false);
            await JsonExport.WriteAsync(folder, source).ConfigureAwait(false);
            Console.Out.Write($"Wrote {string.Join(", ", CsvExport.Files)} and json/ to {Path.GetFullPath(folder)}\n");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Report()
    {
        var db = RunCommand.DatabaseOption();
        var output = OutOption("Write report/index.html and a page per document into DIR.");
        var command = new Command("report", "Write the HTML audit report of every document in the database (self-contained, printable).") { db, output };
        command.SetAction(parse => Cli.Guard(() => WithStore(parse.GetValue(db)!, async store =>
        {
            var index = await HtmlReport.WriteAsync(parse.GetValue(output)!, ExportSource.FromStore(store, await AllDocumentsAsync(store).ConfigureAwait(false))).ConfigureAwait(false);
            Console.Out.Write(index + "\n");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Option<string> OutOption(string description) => new("--out") { Description = description, Required = true };

    private static async Task<IReadOnlyList<DocumentRecord>> AllDocumentsAsync(IReportStore store)
    {
        var documents = new List<DocumentRecord>();
        await foreach (var d in store.DocumentsAsync().ConfigureAwait(false))
        {
            documents.Add(d);
        }

        return documents;
    }

    private static int WithStore(string db, Func<IReportStore, Task<int>> action)
    {
        if (!File.Exists(db))
        {
            throw new UsageException($"no database at {Path.GetFullPath(db)} (run `ingest run` first, or pass --db FILE).");
        }

        return Run(db, action).GetAwaiter().GetResult();

        static async Task<int> Run(string db, Func<IReportStore, Task<int>> action)
        {
            await using var store = SqliteReportStore.Open(db);
            return await action(store).ConfigureAwait(false);
        }
    }
}

/// <summary>What the product commands share.</summary>
internal static class Cli
{
    /// <summary>Runs a command's action; a <see cref="UsageException"/> prints its message and gives the usage exit code.</summary>
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("ingest: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            Console.Error.WriteLine("ingest: database error: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (InvalidDataException e)
        {
            // A database written by a newer version of ingest (its schema version is above ours).
            Console.Error.WriteLine("ingest: database error: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("ingest: " + e.Message);
            return ExitCodes.Failed;
        }
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using Ingest.Cli.Tables;
using Ingest.Pdf;
using Ingest.Tables;
using Ingest.Tables.Logical;

namespace Ingest.Cli;

/// <summary>The <c>ingest pdf tables</c> command.</summary>
internal static partial class PdfCommands
{
    private static Command TablesCommand()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The PDF file." };
        var page = new Option<int?>("--page") { Description = "Only this 1-based page (default: every page)." };
        var area = new Option<string?>("--area")
        {
            Description = "Only this part of the page: top,left,bottom,right in points from the top-left corner of the page as displayed.",
        };
        var mode = new Option<string>("--mode")
        {
            Description = "lattice (ruled tables), stream (tables aligned without rulings) or auto (lattice where rulings enclose the text, stream elsewhere).",
            DefaultValueFactory = _ => "auto",
        };
        mode.AcceptOnlyFromAmong("lattice", "stream", "auto");
        var format = new Option<string>("--format")
        {
            Description = "csv (each table's grid, a blank line between tables) or json (cells with page, boxes, row, column, spans and text).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var logical = new Option<bool>("--logical")
        {
            Description = "Print the document's logical tables instead: headers flattened into column paths, wrapped lines joined into rows, tables continued over pages joined (CSV: first field the row's page).",
        };
        var cmd = new Command("tables", "Print the tables found on each page, as CSV or JSON.")
        {
            file,
            page,
            area,
            mode,
            format,
            logical,
        };
        var passwords = new PasswordOptions();
        passwords.AddTo(cmd);
        cmd.SetAction(parse => Run(() =>
        {
            var region = parse.GetValue(area) is { } text ? ParseArea(text) : (PdfRect?)null;
            var tableMode = ParseMode(parse.GetValue(mode)!);
            var path = parse.GetValue(file)!;
            using var doc = Open(path, passwords.Read(parse));
            var output = new StringBuilder();
            if (parse.GetValue(logical))
            {
                var contents = Pages(doc, parse.GetValue(page)).Select(p => p.ReadContent()).ToList();
                var tables = contents.SelectMany(c => Extract(c, tableMode, region)).ToList();
                var logicalTables = DocumentTables.Build(tables, contents);
                if (parse.GetValue(format) == "json")
                {
                    using var logicalJson = new TableJson(path.Name);
                    foreach (var table in logicalTables)
                    {
                        logicalJson.Write(table);
                    }

                    logicalJson.Finish(output);
                    Flush(output);
                    return;
                }

                var firstTable = true;
                foreach (var table in logicalTables)
                {
                    if (!firstTable)
                    {
                        output.Append('\n');
                    }

                    firstTable = false;
                    TableCsv.Write(table, output);
                }

                Flush(output);
                return;
            }

            if (parse.GetValue(format) == "json")
            {
                using var json = new TableJson(path.Name);
                foreach (var p in Pages(doc, parse.GetValue(page)))
                {
                    var order = 0;
                    foreach (var table in Extract(p.ReadContent(), tableMode, region))
                    {
                        json.Write(table, ++order);
                    }
                }

                json.Finish(output);
                Flush(output);
                return;
            }

            var first = true;
            foreach (var p in Pages(doc, parse.GetValue(page)))
            {
                foreach (var table in Extract(p.ReadContent(), tableMode, region))
                {
                    if (!first)
                    {
                        output.Append('\n');
                    }

                    first = false;
                    TableCsv.Write(table, output);
                }

                Flush(output);
            }
        }));
        return cmd;
    }

    private static IReadOnlyList<Table> Extract(PageContent content, TableMode mode, PdfRect? area) => TableExtractor.Extract(content, mode, area);

    private static TableMode ParseMode(string mode) => mode switch
    {
        "lattice" => TableMode.Lattice,
        "stream" => TableMode.Stream,
        _ => TableMode.Auto,
    };

    /// <summary>Parses <c>top,left,bottom,right</c> (points, invariant culture) into a rectangle.</summary>
    internal static PdfRect ParseArea(string text)
    {
        var parts = text.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new UsageException($"--area '{text}' is not four numbers top,left,bottom,right.");
            }
        }

        if (values.Length != 4)
        {
            throw new UsageException($"--area '{text}' is not four numbers top,left,bottom,right.");
        }

        var (top, left, bottom, right) = (values[0], values[1], values[2], values[3]);
        if (bottom <= top || right <= left)
        {
            throw new UsageException($"--area '{text}' is empty: bottom must be below top and right beyond left.");
        }

        return new PdfRect(left, top, right, bottom);
    }
}

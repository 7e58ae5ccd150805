using System.CommandLine;
using System.Globalization;
using System.Text;
using Ingest.Pdf;
using Ingest.Pipeline;

namespace Ingest.Cli;

/// <summary>The <c>ingest pdf</c> debugging commands: what the PDF layer reads from a file.</summary>
internal static partial class PdfCommands
{
    public static Command Create()
    {
        var pdf = new Command("pdf", "Inspect what the PDF reader sees in a file (words, rulings).");
        pdf.Subcommands.Add(WordsCommand());
        pdf.Subcommands.Add(LinesCommand());
        pdf.Subcommands.Add(TablesCommand());
        return pdf;
    }

    private static Command WordsCommand() => PageCommand(
        "words",
        "Print every word as TSV: page, x0, y0, x1, y1, text (PDF points, origin at the top-left of the page as displayed).",
        (page, content, output) =>
        {
            foreach (var w in content.Words)
            {
                output.Append(CultureInfo.InvariantCulture, $"{page}\t{F(w.Box.Left)}\t{F(w.Box.Top)}\t{F(w.Box.Right)}\t{F(w.Box.Bottom)}\t{Clean(w.Text)}\n");
            }
        });

    private static Command LinesCommand() => PageCommand(
        "lines",
        "Print the ruling lines as TSV: page, orientation, x0, y0, x1, y1, thickness, colour, source.",
        (page, content, output) =>
        {
            foreach (var r in content.Rulings)
            {
                var orientation = r.Orientation == RulingOrientation.Horizontal ? "h" : "v";
                var source = r.Source == RulingSource.Stroke ? "stroke" : "fill";
                output.Append(CultureInfo.InvariantCulture, $"{page}\t{orientation}\t{F(r.X0)}\t{F(r.Y0)}\t{F(r.X1)}\t{F(r.Y1)}\t{F(r.Thickness)}\t{r.Color.ToHex()}\t{source}\n");
            }
        });

    /// <summary>A command that reads FILE page by page (or only --page N) and prints what <paramref name="print"/> writes per page.</summary>
    private static Command PageCommand(string name, string description, Action<int, PageContent, StringBuilder> print)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The PDF file." };
        var page = new Option<int?>("--page") { Description = "Only this 1-based page (default: every page)." };
        var cmd = new Command(name, description)
        {
            file,
            page,
        };
        var passwords = new PasswordOptions();
        passwords.AddTo(cmd);
        cmd.SetAction(parse => Run(() =>
        {
            using var doc = Open(parse.GetValue(file)!, passwords.Read(parse));
            var output = new StringBuilder();
            foreach (var p in Pages(doc, parse.GetValue(page)))
            {
                print(p.Number, p.ReadContent(), output);
                Flush(output);
            }
        }));
        return cmd;
    }

    /// <summary>Opens FILE, refusing at once what is not a regular file (a folder, a FIFO, a device), which would fail
    /// with "access denied" or never finish; an encrypted file is tried with the empty password, then each of
    /// <paramref name="passwords"/>.</summary>
    private static PdfDocument Open(FileInfo file, IReadOnlyList<string> passwords)
    {
        if (InputFile.Refusal(file.FullName, long.MaxValue) is { } refusal)
        {
            throw new NotAFileException(refusal.Kind + ": " + refusal.Message);
        }

        return PasswordAttempts.Open(File.ReadAllBytes(file.FullName), null, passwords);
    }

    private static IEnumerable<PdfPage> Pages(PdfDocument doc, int? page)
    {
        if (page is { } n)
        {
            if (n < 1 || n > doc.PageCount)
            {
                throw new UsageException($"Page {n} does not exist; the document has {doc.PageCount} page(s).");
            }

            return [doc.GetPage(n)];
        }

        return doc.GetPages();
    }

    private static void Flush(StringBuilder output)
    {
        Console.Out.Write(output.ToString());
        output.Clear();
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static int Run(Action action)
    {
        try
        {
            action();
            return ExitCodes.Ok;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("ingest: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (NotAFileException e)
        {
            Console.Error.WriteLine("ingest: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine("ingest: file not found: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("ingest: cannot read the file: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (PdfException e)
        {
            Console.Error.WriteLine($"ingest: {e.Kind}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}


using System.Diagnostics;
using Ingest.Tables;
using Ingest.Tables.Logical;
using static Ingest.Pdf.Benchmarks.TextTable;

namespace Ingest.Pdf.Benchmarks;

/// <summary>
/// Times PDF reading alone against reading plus tables (auto mode on every page, then the document's logical tables)
/// over the corpus, and prints what tables add.
/// </summary>
internal static class TablesBenchmark
{
    /// <summary>The most that tables may add to reading, in percent (issue 3).</summary>
    private const double Target = 30;

    public static int Run(IReadOnlyList<CorpusFile> files, BenchmarkOptions options)
    {
        Console.WriteLine(I(files.Count) + " PDFs; runtime " + Environment.Version + ", " + I(Environment.ProcessorCount) + " CPUs; passes: " + I(options.Repeat)
            + (options.Warmup ? " after one warm-up pass" : ", no warm-up") + "; the two sides alternate file by file");
        Console.WriteLine();
        if (options.Warmup)
        {
            foreach (var f in files)
            {
                OurReader.Run(f.Path);
                WithTables(f.Path);
            }
        }

        var read = new FileRun[options.Repeat][];
        var tables = new TablesRun[options.Repeat][];
        for (var r = 0; r < options.Repeat; r++)
        {
            read[r] = new FileRun[files.Count];
            tables[r] = new TablesRun[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                read[r][i] = OurReader.Run(files[i].Path);
                tables[r][i] = WithTables(files[i].Path);
            }
        }

        var readFiles = Enumerable.Range(0, files.Count).Select(i => read.Select(p => p[i]).OrderBy(x => x.Seconds).ElementAt(options.Repeat / 2)).ToArray();
        var tableFiles = Enumerable.Range(0, files.Count).Select(i => tables.Select(p => p[i]).OrderBy(x => x.Seconds).ElementAt(options.Repeat / 2)).ToArray();

        var pages = readFiles.Sum(x => x.Pages);
        var readSeconds = readFiles.Sum(x => x.Seconds);
        var tableSeconds = tableFiles.Sum(x => x.Seconds);
        var added = readSeconds > 0 ? (tableSeconds - readSeconds) / readSeconds * 100 : 0;
        var t = new TextTable("side", "files", "pages", "seconds", "pages/s", "tables", "logical tables", "failed");
        t.Add("reading", I(files.Count), I(pages), F(readSeconds, "0.000"), F(Rate(pages, readSeconds), "0.0"), string.Empty, string.Empty, I(readFiles.Count(x => x.Failure is not null)));
        t.Add("reading + tables", I(files.Count), I(tableFiles.Sum(x => x.Pages)), F(tableSeconds, "0.000"), F(Rate(tableFiles.Sum(x => x.Pages), tableSeconds), "0.0"),
            I(tableFiles.Sum(x => x.Tables)), I(tableFiles.Sum(x => x.Logical)), I(tableFiles.Count(x => x.Failure is not null)));
        Console.WriteLine("== Reading alone vs reading plus tables (auto mode, then logical tables), in process, one file after the other");
        Console.Write(t);
        Console.WriteLine("tables add " + F(added, "0.0") + "% to reading (target: at most " + F(Target, "0") + "%): " + (added <= Target ? "met" : "NOT met"));
        Console.WriteLine();

        var folders = new TextTable("folder", "files", "pages", "read s", "read+tables s", "added %");
        foreach (var g in Enumerable.Range(0, files.Count).GroupBy(i => files[i].Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rs = g.Sum(i => readFiles[i].Seconds);
            var ts = g.Sum(i => tableFiles[i].Seconds);
            folders.Add(g.Key, I(g.Count()), I(g.Sum(i => readFiles[i].Pages)), F(rs, "0.000"), F(ts, "0.000"), F(rs > 0 ? (ts - rs) / rs * 100 : 0, "0.0"));
        }

        Console.WriteLine("== Per folder");
        Console.Write(folders);
        Console.WriteLine();

        var slowest = new TextTable("file", "pages", "read s", "read+tables s", "tables s");
        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => tableFiles[i].Seconds - readFiles[i].Seconds).Take(5))
        {
            slowest.Add(files[i].RelativePath, I(readFiles[i].Pages), F(readFiles[i].Seconds, "0.000"), F(tableFiles[i].Seconds, "0.000"), F(tableFiles[i].Seconds - readFiles[i].Seconds, "0.000"));
        }

        Console.WriteLine("== The 5 files where tables take longest");
        Console.Write(slowest);
        Console.WriteLine();

        var crashes = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (tableFiles[i].Failure is { } failure && readFiles[i].Failure is null)
            {
                Console.WriteLine("tables failed on " + files[i].RelativePath + ": " + failure);
                crashes++;
            }
        }

        return crashes > 0 ? 1 : 0;
    }

    private static double Rate(int pages, double seconds) => seconds > 0 ? pages / seconds : 0;

    /// <summary>Reads a file and finds its tables: auto mode on every page, then the logical tables of the document.</summary>
    private static TablesRun WithTables(string path)
    {
        var pages = 0;
        var sw = Stopwatch.StartNew();
        try
        {
            using var doc = PdfDocument.Open(path);
            var contents = new List<PageContent>();
            var found = new List<Table>();
            foreach (var page in doc.GetPages())
            {
                var content = page.ReadContent();
                contents.Add(content);
                found.AddRange(TableExtractor.Extract(content));
                pages++;
            }

            var logical = DocumentTables.Build(found, contents);
            return new TablesRun(pages, sw.Elapsed.TotalSeconds, found.Count, logical.Count, null);
        }
        catch (PdfException e)
        {
            return new TablesRun(pages, sw.Elapsed.TotalSeconds, 0, 0, $"{e.Kind}: {e.Message}");
        }
        catch (Exception e)
        {
            return new TablesRun(pages, sw.Elapsed.TotalSeconds, 0, 0, $"CRASH after page {pages}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
        }
    }

    /// <summary>One file read with tables.</summary>
    private sealed record TablesRun(int Pages, double Seconds, int Tables, int Logical, string? Failure);
}

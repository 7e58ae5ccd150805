using System.Diagnostics;
using System.Runtime;
using static Ingest.Pdf.Benchmarks.TextTable;

namespace Ingest.Pdf.Benchmarks;

/// <summary>Times our reader and pdftotext over the corpus, one file after the other, and prints the figures.</summary>
internal static class ThroughputBenchmark
{
    private const double MiB = 1024 * 1024;

    public static int Run(IReadOnlyList<CorpusFile> files, BenchmarkOptions options)
    {
        var baselineWorkingSet = Environment.WorkingSet;
        Console.WriteLine(F(files.Count, "0") + " PDFs; runtime " + Environment.Version + ", " + (GCSettings.IsServerGC ? "server" : "workstation")
            + " GC (" + GCSettings.LatencyMode + "), " + F(Environment.ProcessorCount, "0")
            + " CPUs; passes per side: " + F(options.Repeat, "0") + (options.Warmup ? " after one warm-up pass" : ", no warm-up")
            + "; poppler memory from " + (Poppler.HasGnuTime ? "/usr/bin/time %M" : "/proc VmHWM polling"));
        Console.WriteLine();

        var popplerPages = files.Select(f => Poppler.PageCount(f.Path)).ToArray();

        if (options.Warmup)
        {
            foreach (var f in files)
            {
                OurReader.Run(f.Path);
            }
        }

        var gcBefore = GcSnapshot.Take();
        long maxHeapBytes = 0;
        var maxHeapFile = string.Empty;
        var ours = new FileRun[options.Repeat][];
        for (var r = 0; r < options.Repeat; r++)
        {
            ours[r] = new FileRun[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                ours[r][i] = OurReader.Run(files[i].Path);
                var heap = Math.Max(GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(false));
                if (heap > maxHeapBytes)
                {
                    (maxHeapBytes, maxHeapFile) = (heap, files[i].RelativePath);
                }
            }
        }

        var gcAfter = GcSnapshot.Take();
        long ourPeakBytes;
        using (var self = Process.GetCurrentProcess())
        {
            ourPeakBytes = self.PeakWorkingSet64;
        }

        int PagesFor(int i) => popplerPages[i] ?? ours[0][i].Pages;
        if (options.Warmup)
        {
            for (var i = 0; i < files.Count; i++)
            {
                Poppler.RunPdftotext(files[i].Path, PagesFor(i));
            }
        }

        var startup = Poppler.StartupSeconds();
        var poppler = new FileRun[options.Repeat][];
        for (var r = 0; r < options.Repeat; r++)
        {
            poppler[r] = new FileRun[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                poppler[r][i] = Poppler.RunPdftotext(files[i].Path, PagesFor(i));
            }
        }

        // Like for like with pdftotext: our command run as one process per file (when it has been built).
        var cli = CorpusFile.RepositoryRoot() is { } root ? Path.Combine(root, "src", "Ingest.Cli", "bin", "Release", "net10.0", "ingest") : null;
        FileRun[]? ourProcesses = null;
        if (cli is not null && File.Exists(cli))
        {
            ourProcesses = files.Select((f, i) => Poppler.RunTimed([cli, "pdf", "words", f.Path], PagesFor(i))).ToArray();
        }

        var ourFiles = Enumerable.Range(0, files.Count).Select(i => Median(ours, i)).ToArray();
        var popFiles = Enumerable.Range(0, files.Count).Select(i => Median(poppler, i)).ToArray();
        var popPeakKb = poppler.SelectMany(p => p).Max(p => p.PeakKb);

        PrintSummary(ourFiles, popFiles, ourPeakBytes, popPeakKb, startup);
        PrintGc(gcBefore, gcAfter, maxHeapBytes, maxHeapFile, baselineWorkingSet, options.Repeat);
        PrintFolders(files, ourFiles, popFiles);
        PrintSlowest(files, ourFiles, "ours");
        PrintSlowest(files, popFiles, "poppler");
        var crashes = PrintFailures(files, ours[0], poppler[0]);
        PrintTargets(ourFiles, popFiles, ourPeakBytes, popPeakKb);
        PrintProcesses(ourProcesses, popFiles, popPeakKb, cli);
        return crashes > 0 ? 1 : 0;
    }

    private static FileRun Median(FileRun[][] passes, int file)
    {
        var runs = passes.Select(p => p[file]).OrderBy(p => p.Seconds).ToArray();
        return runs[runs.Length / 2] with { PeakKb = runs.Max(r => r.PeakKb) };
    }

    private static double Rate(int pages, double seconds) => seconds > 0 ? pages / seconds : 0;

    private static void PrintSummary(FileRun[] ours, FileRun[] poppler, long ourPeakBytes, long popPeakKb, double startup)
    {
        var t = new TextTable("side", "files", "pages", "seconds", "pages/s", "peak MB", "failed");
        t.Add("ours (in-process)", I(ours.Length), I(ours.Sum(o => o.Pages)), F(ours.Sum(o => o.Seconds), "0.000"), F(Rate(ours.Sum(o => o.Pages), ours.Sum(o => o.Seconds)), "0.0"), F(ourPeakBytes / MiB, "0.0"), I(ours.Count(o => o.Failure is not null)));
        t.Add("poppler (pdftotext)", I(poppler.Length), I(poppler.Sum(o => o.Pages)), F(poppler.Sum(o => o.Seconds), "0.000"), F(Rate(poppler.Sum(o => o.Pages), poppler.Sum(o => o.Seconds)), "0.0"), F(popPeakKb / 1024.0, "0.0"), I(poppler.Count(o => o.Failure is not null)));
        Console.WriteLine("== Summary (peak: ours = process peak working set over the whole run; poppler = max over files of the pdftotext process's max RSS)");
        Console.Write(t);
        var ourRate = Rate(ours.Sum(o => o.Pages), ours.Sum(o => o.Seconds));
        var popRate = Rate(poppler.Sum(o => o.Pages), poppler.Sum(o => o.Seconds));
        Console.WriteLine("throughput ratio ours/poppler: " + F(popRate > 0 ? ourRate / popRate : 0, "0.00") + "x    memory ratio ours/poppler: " + F(popPeakKb > 0 ? ourPeakBytes / (popPeakKb * 1024.0) : 0, "0.00") + "x");
        var popWork = poppler.Sum(o => Math.Max(0, o.Seconds - startup));
        var popWorkRate = Rate(poppler.Sum(o => o.Pages), popWork);
        Console.WriteLine("poppler's time includes starting a process per file, as a caller of pdftotext pays it (ours excludes runtime start-up): "
            + F(startup * 1000, "0.0") + " ms each (median of 21 runs of pdftotext -v). Without it poppler would take " + F(popWork, "0.000") + " s = "
            + F(popWorkRate, "0.0") + " pages/s, throughput ratio " + F(popWorkRate > 0 ? ourRate / popWorkRate : 0, "0.00") + "x.");
        Console.WriteLine();
    }

    private static void PrintGc(GcSnapshot before, GcSnapshot after, long maxHeapBytes, string maxHeapFile, long baselineWorkingSet, int passes)
    {
        Console.WriteLine("== Our GC during the measured pass(es)");
        Console.WriteLine("allocated " + F((after.Allocated - before.Allocated) / MiB / passes, "0.0") + " MB per pass; collections gen0/gen1/gen2: "
            + I(after.Gen0 - before.Gen0) + "/" + I(after.Gen1 - before.Gen1) + "/" + I(after.Gen2 - before.Gen2)
            + "; GC pause " + F((after.Pause - before.Pause).TotalMilliseconds, "0") + " ms");
        Console.WriteLine("max managed heap after a file " + F(maxHeapBytes / MiB, "0.0") + " MB (after " + maxHeapFile + "); working set before the first file " + F(baselineWorkingSet / MiB, "0.0")
            + " MB; GC committed now " + F(GC.GetGCMemoryInfo().TotalCommittedBytes / MiB, "0.0") + " MB");
        Console.WriteLine();
    }

    private static void PrintFolders(IReadOnlyList<CorpusFile> files, FileRun[] ours, FileRun[] poppler)
    {
        var t = new TextTable("folder", "files", "pages", "ours s", "ours p/s", "pop pages", "pop s", "pop p/s", "ratio", "pop peak MB", "fail ours/pop");
        foreach (var g in Enumerable.Range(0, files.Count).GroupBy(i => files[i].Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var o = g.Select(i => ours[i]).ToArray();
            var p = g.Select(i => poppler[i]).ToArray();
            var oRate = Rate(o.Sum(x => x.Pages), o.Sum(x => x.Seconds));
            var pRate = Rate(p.Sum(x => x.Pages), p.Sum(x => x.Seconds));
            t.Add(g.Key, I(o.Length), I(o.Sum(x => x.Pages)), F(o.Sum(x => x.Seconds), "0.000"), F(oRate, "0.0"), I(p.Sum(x => x.Pages)), F(p.Sum(x => x.Seconds), "0.000"), F(pRate, "0.0"),
                F(pRate > 0 ? oRate / pRate : 0, "0.00"), F(p.Max(x => x.PeakKb) / 1024.0, "0.0"), I(o.Count(x => x.Failure is not null)) + "/" + I(p.Count(x => x.Failure is not null)));
        }

        Console.WriteLine("== Per folder");
        Console.Write(t);
        Console.WriteLine();
    }

    private static void PrintSlowest(IReadOnlyList<CorpusFile> files, FileRun[] runs, string side)
    {
        var t = new TextTable("file", "pages", "seconds", "pages/s");
        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => runs[i].Seconds).Take(5))
        {
            t.Add(files[i].RelativePath, I(runs[i].Pages), F(runs[i].Seconds, "0.000"), F(Rate(runs[i].Pages, runs[i].Seconds), "0.0"));
        }

        Console.WriteLine("== Slowest 5 files, " + side);
        Console.Write(t);
        Console.WriteLine();
    }

    private static int PrintFailures(IReadOnlyList<CorpusFile> files, FileRun[] ours, FileRun[] poppler)
    {
        Console.WriteLine("== Failures");
        var any = false;
        for (var i = 0; i < files.Count; i++)
        {
            if (ours[i].Failure is { } o)
            {
                Console.WriteLine("ours    " + files[i].RelativePath + ": " + o);
                any = true;
            }

            if (poppler[i].Failure is { } p)
            {
                Console.WriteLine("poppler " + files[i].RelativePath + ": " + p);
                any = true;
            }
        }

        if (!any)
        {
            Console.WriteLine("none");
        }

        Console.WriteLine();
        return ours.Count(o => o.Crash);
    }

    private static void PrintTargets(FileRun[] ours, FileRun[] poppler, long ourPeakBytes, long popPeakKb)
    {
        var ourRate = Rate(ours.Sum(o => o.Pages), ours.Sum(o => o.Seconds));
        var popRate = Rate(poppler.Sum(o => o.Pages), poppler.Sum(o => o.Seconds));
        var limitMb = (2 * popPeakKb / 1024.0) + 50;
        Console.WriteLine("== Targets");
        Console.WriteLine("throughput ours >= poppler: " + F(ourRate, "0.0") + " vs " + F(popRate, "0.0") + " pages/s -> " + (ourRate >= popRate ? "HOLDS" : "MISSED"));
        Console.WriteLine("peak ours <= 2 x poppler + 50 MB: " + F(ourPeakBytes / MiB, "0.0") + " vs " + F(limitMb, "0.0") + " MB -> " + (ourPeakBytes / MiB <= limitMb ? "HOLDS" : "MISSED"));
    }

    private static void PrintProcesses(FileRun[]? ours, FileRun[] poppler, long popPeakKb, string? cli)
    {
        Console.WriteLine();
        Console.WriteLine("== Process per file, like pdftotext (ingest pdf words FILE, output discarded by the benchmark)");
        if (ours is null)
        {
            Console.WriteLine("not measured: build the command first (dotnet build src/Ingest.Cli -c Release); looked for " + (cli ?? "the repository root"));
            return;
        }

        var ourRate = Rate(ours.Sum(o => o.Pages), ours.Sum(o => o.Seconds));
        var popRate = Rate(poppler.Sum(o => o.Pages), poppler.Sum(o => o.Seconds));
        var ourPeakKb = ours.Max(o => o.PeakKb);
        var limitMb = (2 * popPeakKb / 1024.0) + 50;
        Console.WriteLine("ours: " + F(ourRate, "0.0") + " pages/s (runtime start-up included), peak " + F(ourPeakKb / 1024.0, "0.0") + " MB (max over files), mean "
            + F(ours.Average(o => o.PeakKb) / 1024.0, "0.0") + " MB; poppler: " + F(popRate, "0.0") + " pages/s, peak " + F(popPeakKb / 1024.0, "0.0") + " MB");
        Console.WriteLine("peak per process ours <= 2 x poppler + 50 MB: " + F(ourPeakKb / 1024.0, "0.0") + " vs " + F(limitMb, "0.0") + " MB -> " + (ourPeakKb / 1024.0 <= limitMb ? "HOLDS" : "MISSED"));
    }

    private readonly record struct GcSnapshot(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
    {
        public static GcSnapshot Take() => new(GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }
}

using static Ingest.Pdf.Benchmarks.TextTable;

namespace Ingest.Pdf.Benchmarks;

/// <summary>Compares our words with pdftotext's, per folder, and prints the worst files.</summary>
internal static class WordsBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static int Run(IReadOnlyList<CorpusFile> files)
    {
        Console.WriteLine(F(files.Count, "0") + " PDFs; a poppler word (pdftotext -bbox-layout) matches an unused word of ours on the same page"
            + " with the same text (NFC) and centre within " + F(PopplerComparison.DefaultTolerance, "0.#") + " pt in x and y.");
        Console.WriteLine("'text only' ignores position: it tells word-splitting differences from coordinate differences.");
        Console.WriteLine();

        var results = new List<(CorpusFile File, WordComparison Result)>();
        var failures = new List<string>();
        var crashes = 0;
        foreach (var f in files)
        {
            var xhtml = PopplerComparison.RunBboxLayout(f.Path, Timeout);
            if (xhtml is null)
            {
                failures.Add("poppler " + f.RelativePath + ": pdftotext failed; file left out");
                continue;
            }

            var popplerWords = PopplerComparison.ParseBboxLayout(xhtml);
            var ours = OurReader.ReadAll(f.Path, out var failure);
            if (failure is not null)
            {
                failures.Add("ours    " + f.RelativePath + ": " + failure + " (its poppler words count as unmatched)");
                crashes += failure.StartsWith("CRASH", StringComparison.Ordinal) ? 1 : 0;
            }

            results.Add((f, PopplerComparison.Compare(popplerWords, ours ?? [])));
        }

        var t = new TextTable("folder", "files", "poppler words", "our words", "matched", "match %", "text only %");
        foreach (var g in results.GroupBy(r => r.File.Folder).OrderBy(g => g.Key, StringComparer.Ordinal).Append(results.GroupBy(_ => "ALL").Single()))
        {
            var pop = g.Sum(r => r.Result.PopplerWords);
            var matched = g.Sum(r => r.Result.Matched);
            var text = g.Sum(r => r.Result.MatchedTextOnly);
            t.Add(g.Key, I(g.Count()), I(pop), I(g.Sum(r => r.Result.OurWords)), I(matched), F(pop == 0 ? 100 : 100.0 * matched / pop, "0.0"), F(pop == 0 ? 100 : 100.0 * text / pop, "0.0"));
        }

        Console.WriteLine("== Word match per folder");
        Console.Write(t);
        Console.WriteLine();

        Console.WriteLine("== 10 worst files (by match %, files with poppler words), with up to 3 unmatched poppler words each");
        foreach (var (file, r) in results.Where(r => r.Result.PopplerWords > 0).OrderBy(r => r.Result.MatchPercent).ThenBy(r => r.File.RelativePath, StringComparer.Ordinal).Take(10))
        {
            Console.WriteLine(F(r.MatchPercent, "0.0").PadLeft(5) + "%  text only " + F(r.TextOnlyPercent, "0.0").PadLeft(5) + "%  " + file.RelativePath
                + "  (poppler " + I(r.PopplerWords) + ", ours " + I(r.OurWords) + ", matched " + I(r.Matched) + ")");
            foreach (var w in r.Unmatched.Take(3))
            {
                Console.WriteLine("        unmatched " + w);
            }
        }

        Console.WriteLine();
        Console.WriteLine("== Failures");
        Console.WriteLine(failures.Count == 0 ? "none" : string.Join('\n', failures));
        return crashes > 0 ? 1 : 0;
    }
}

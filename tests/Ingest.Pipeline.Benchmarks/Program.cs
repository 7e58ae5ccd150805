using System.Diagnostics;
using System.Globalization;
using Ingest.Cli;
using Ingest.Pipeline;
using Ingest.Storage.Sqlite;

// Documents per second of the whole pipeline (read → parse → audit → store) with 1 and 2 workers, the scaling ratio,
// and the per-document stage timings. Usage:
//   dotnet run -c Release --project tests/Ingest.Pipeline.Benchmarks -- [--repeat N] [--workers 1,2] [PATH...]
// PATH: files, folders or globs (default: the corpus's seeds/ and peru/ folders). Each file is listed N times (default 10);
// runs use --force semantics so repeated files are processed every time.
var repeat = 10;
var workerCounts = new List<int> { 1, 2 };
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--repeat":
            repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--workers":
            workerCounts = [.. args[++i].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: Ingest.Pipeline.Benchmarks [--repeat N] [--workers 1,2] [PATH...]");
            return 0;
        default:
            paths.Add(args[i]);
            break;
    }
}

if (paths.Count == 0)
{
    var corpus = Environment.GetEnvironmentVariable("INGEST_CORPUS") is { Length: > 0 } c ? c : Path.Combine("..", "shared", "corpus");
    paths.AddRange([Path.Combine(corpus, "seeds"), Path.Combine(corpus, "peru")]);
}

var (found, unmatched) = InputFiles.Expand(paths);
if (found.Count == 0)
{
    Console.Error.WriteLine("No PDF found under " + string.Join(", ", unmatched) + ". Pass PATH... or set INGEST_CORPUS.");
    return 2;
}

var files = Enumerable.Repeat(found, repeat).SelectMany(f => f).ToList();
var processor = DefaultProcessor.Create();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{found.Count} distinct files x {repeat} = {files.Count} documents; processor: report parser + auditor"));

// Warm-up: JIT and file cache, not measured.
await Measure(files.Take(Math.Min(files.Count, found.Count)).ToList(), 1);

var rates = new Dictionary<int, double>();
Console.WriteLine("workers  documents  seconds  docs/s  failed  read ms  parse ms  audit ms  store ms  (mean per document)");
foreach (var workers in workerCounts)
{
    var (result, elapsed) = await Measure(files, workers);
    var n = Math.Max(1, result.Outcomes.Count);
    double Mean(Func<StageTimings, TimeSpan> stage) => result.Outcomes.Average(o => stage(o.Timings).TotalMilliseconds);
    rates[workers] = result.Outcomes.Count / elapsed.TotalSeconds;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{workers,7}  {n,9}  {elapsed.TotalSeconds,7:0.00}  {rates[workers],6:0.0}  {result.Count(Ingest.Storage.DocumentStatus.Failed),6}  {Mean(t => t.Read),7:0.0}  {Mean(t => t.Parse),8:0.0}  {Mean(t => t.Audit),8:0.0}  {Mean(t => t.Store),8:0.0}"));
}

if (rates.Count >= 2)
{
    var first = workerCounts[0];
    foreach (var w in workerCounts.Skip(1))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scaling {first} → {w} workers: x{rates[w] / rates[first]:0.00} (ideal x{(double)w / first:0.00}; {Environment.ProcessorCount} logical processors)"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB"));
return 0;

async Task<(PipelineResult Result, TimeSpan Elapsed)> Measure(List<string> batch, int workers)
{
    var db = Path.Combine(Path.GetTempPath(), "ingest-bench-" + Guid.NewGuid().ToString("N") + ".db");
    try
    {
        await using var store = SqliteReportStore.Open(db);
        var clock = Stopwatch.StartNew();
        var result = await new IngestPipeline(store, processor, new PipelineOptions { Workers = workers, Force = true }).RunAsync(batch);
        return (result, clock.Elapsed);
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }
    }
}

using Ingest.Pdf.Benchmarks;

var options = BenchmarkOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(string.IsNullOrEmpty(error) ? BenchmarkOptions.Usage : error + "\n\n" + BenchmarkOptions.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

var corpus = options.Corpus ?? CorpusFile.DefaultCorpus();
if (corpus is null || !Directory.Exists(corpus))
{
    Console.Error.WriteLine("No corpus folder: " + (corpus ?? "(Ingest.sln not found above the current directory)") + ". Pass --corpus DIR.");
    return 2;
}

var files = CorpusFile.Find(corpus);
if (files.Count == 0)
{
    Console.Error.WriteLine("No PDF under " + corpus + ".");
    return 2;
}

Console.WriteLine("Corpus: " + Path.GetFullPath(corpus));
return options.Words ? WordsBenchmark.Run(files) : options.Tables ? TablesBenchmark.Run(files, options) : ThroughputBenchmark.Run(files, options);

using System.Globalization;

namespace Ingest.Pdf.Benchmarks;

/// <summary>The command line of the benchmark.</summary>
/// <param name="Corpus">The folder searched for PDFs, or null for the shared corpus beside the repository.</param>
/// <param name="Repeat">How many measured passes each side makes; a file's time is its median over the passes.</param>
/// <param name="Warmup">Whether an unmeasured pass runs first (JIT, file cache).</param>
/// <param name="Words">Whether to compare words with poppler instead of measuring speed.</param>
/// <param name="Tables">Whether to measure reading alone against reading plus table extraction.</param>
internal sealed record BenchmarkOptions(string? Corpus, int Repeat, bool Warmup, bool Words, bool Tables = false)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Ingest.Pdf.Benchmarks -- [options]

          --corpus DIR   folder searched recursively for *.pdf (default: ../shared/corpus beside the repository)
          --repeat N     measured passes per side; each file's time is its median (default: 1)
          --no-warmup    skip the unmeasured first pass of each side
          --words        compare our words with pdftotext -bbox-layout instead of measuring speed
          --tables       measure reading alone against reading plus tables (auto mode, logical tables)
          --help         show this text
        """;

    /// <summary>Reads the arguments; returns null and an error message when they are wrong.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? corpus = null;
        var repeat = 1;
        var warmup = true;
        var words = false;
        var tables = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Count:
                    corpus = args[++i];
                    break;
                case "--repeat" when i + 1 < args.Count:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out repeat) || repeat < 1)
                    {
                        error = $"--repeat needs a positive whole number, not '{args[i]}'.";
                        return null;
                    }

                    break;
                case "--no-warmup":
                    warmup = false;
                    break;
                case "--words":
                    words = true;
                    break;
                case "--tables":
                    tables = true;
                    break;
                case "--help" or "-h":
                    error = string.Empty;
                    return null;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'.";
                    return null;
            }
        }

        return new BenchmarkOptions(corpus, repeat, warmup, words, tables);
    }
}

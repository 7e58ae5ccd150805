using System.Globalization;
using Ingest.Pdf.Benchmarks;
using Xunit.Abstractions;

namespace Ingest.Pdf.Tests.Corpus;

/// <summary>
/// Our words against poppler's <c>pdftotext -bbox-layout</c> over every corpus PDF with a text layer: at least 99.5%
/// of poppler's words must be reported by us with the same text and a centre within 2 pt, in every folder.
/// </summary>
public sealed class PopplerWordsTests(ITestOutputHelper output)
{
    private const double Bar = 99.5;

    [Theory]
    [InlineData("seeds")]
    [InlineData("peru")]
    [InlineData("tabula-java")]
    [InlineData("camelot")]
    [InlineData("pdfplumber")]
    public void Words_CorpusFolder_MatchPopplerAtLeast995Percent(string folder)
    {
        var files = CorpusLocator.Pdfs(folder);
        Assert.NotEmpty(files);
        Assert.True(PopplerAvailable(), "pdftotext is not installed (apt-get install poppler-utils).");
        var popplerOutputs = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            popplerOutputs[i] = PopplerComparison.RunBboxLayout(files[i], TimeSpan.FromSeconds(120)));

        long popplerWords = 0, matched = 0;
        var worst = new List<(double Percent, string File, int Missing)>();
        for (var i = 0; i < files.Count; i++)
        {
            var xhtml = popplerOutputs[i];
            if (xhtml is null)
            {
                // poppler cannot read it either (encrypted with a password, empty): no words to compare.
                continue;
            }

            var expected = PopplerComparison.ParseBboxLayout(xhtml);
            if (expected.Count == 0)
            {
                continue;
            }

            WordComparison result;
            try
            {
                using var doc = PdfDocument.Open(files[i]);
                result = PopplerComparison.Compare(expected, doc.GetPages().Select(p => p.ReadContent()).ToList());
            }
            catch (PdfException e)
            {
                output.WriteLine($"{Path.GetFileName(files[i])}: we could not read it ({e.Kind}: {e.Message})");
                result = new WordComparison(expected.Count, 0, 0, 0, expected);
            }

            popplerWords += result.PopplerWords;
            matched += result.Matched;
            worst.Add((result.MatchPercent, Path.GetRelativePath(CorpusLocator.Root, files[i]), result.PopplerWords - result.Matched));
        }

        var percent = popplerWords == 0 ? 100 : 100.0 * matched / popplerWords;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {matched} of {popplerWords} poppler words matched = {percent:0.000}%"));
        foreach (var (p, file, missing) in worst.Where(w => w.Missing > 0).OrderBy(w => w.Percent).Take(8))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p,7:0.00}%  {missing,5} missing  {file}"));
        }

        Assert.True(popplerWords > 0, $"poppler found no words in {folder}");
        Assert.True(percent >= Bar, string.Create(CultureInfo.InvariantCulture, $"{folder}: {percent:0.000}% of poppler's words matched, below the {Bar}% bar"));
    }

    private static bool PopplerAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));
}

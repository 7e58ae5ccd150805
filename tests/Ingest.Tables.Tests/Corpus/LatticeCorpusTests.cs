using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Pdf;
using Xunit.Abstractions;

namespace Ingest.Tables.Tests.Corpus;

/// <summary>
/// Runs the lattice extractor over tabula-java's test PDFs (corpus folder <c>tabula-java</c>, cases listed in its
/// <c>MAPPING.tsv</c>) and compares with tabula's expected CSV files, cell texts with whitespace collapsed.
/// </summary>
public partial class LatticeCorpusTests(ITestOutputHelper output)
{
    /// <summary>The pass rate reached today; raise it as the extractor improves.</summary>
    private const double MinimumPassRate = 0.375;

    [Fact]
    public void Lattice_TabulaCorpus_MatchesExpectedCsv()
    {
        var root = Path.Combine(CorpusLocator.Root, "tabula-java");
        var mapping = Path.Combine(root, "MAPPING.tsv");
        Assert.True(File.Exists(mapping), $"The tabula-java mapping {mapping} is missing.");

        var lines = File.ReadAllLines(mapping);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"MAPPING.tsv has no column {name}.");
        var (pdfColumn, pagesColumn, areaColumn, modeColumn, expectedColumn, comparisonColumn) =
            (Column("pdf"), Column("pages"), Column("area_top_left_bottom_right_pt"), Column("mode"), Column("expected_file"), Column("comparison"));

        var (cases, passed) = (0, 0);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            var expectedPath = Path.Combine(root, fields[expectedColumn]);
            if (fields[modeColumn] != "lattice" || !fields[expectedColumn].EndsWith(".csv", StringComparison.Ordinal) || !File.Exists(expectedPath))
            {
                continue;
            }

            cases++;
            var name = $"{Path.GetFileName(fields[pdfColumn])} p{fields[pagesColumn]} -> {Path.GetFileName(expectedPath)}";
            try
            {
                var tables = Extract(Path.Combine(root, fields[pdfColumn]), int.Parse(fields[pagesColumn], CultureInfo.InvariantCulture), ParseArea(fields[areaColumn]));
                var firstTableOnly = fields[comparisonColumn].Contains("first table", StringComparison.Ordinal);
                var actual = Normalise((firstTableOnly ? tables.Take(1) : tables).SelectMany(t => t.ToGrid()).ToList());
                var expected = Normalise(Csv.Parse(File.ReadAllText(expectedPath)));
                var difference = FirstDifference(expected, actual);
                if (difference is null)
                {
                    passed++;
                    output.WriteLine($"PASS {name}");
                }
                else
                {
                    output.WriteLine($"FAIL {name}: {tables.Count} table(s); {difference}");
                }
            }
            catch (Exception e) when (e is PdfException or IOException or FormatException)
            {
                output.WriteLine($"FAIL {name}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(cases > 0, "No lattice case with an expected CSV was found in MAPPING.tsv.");
        var rate = (double)passed / cases;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lattice: {passed}/{cases} passed ({rate:P1})"));
        Assert.True(rate >= MinimumPassRate, string.Create(CultureInfo.InvariantCulture, $"Lattice pass rate {rate:P1} fell below {MinimumPassRate:P1}."));
    }

    private static IReadOnlyList<Table> Extract(string pdf, int pageNumber, PdfRect? area)
    {
        using var document = PdfDocument.Open(pdf);
        return TableExtractor.Lattice(document.GetPage(pageNumber).ReadContent(), area);
    }

    private static PdfRect? ParseArea(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        var v = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new PdfRect(v[1], v[0], v[3], v[2]);
    }

    /// <summary>Collapses whitespace (so \r, \n and \r\n inside cells compare alike) and trims every cell.</summary>
    private static List<string[]> Normalise(IEnumerable<string[]> rows) =>
        rows.Select(r => r.Select(c => Whitespace().Replace(c, " ").Trim()).ToArray()).ToList();

    private static string? FirstDifference(List<string[]> expected, List<string[]> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (!expected[i].SequenceEqual(actual[i]))
            {
                return $"row {i}: expected [{string.Join(" | ", expected[i])}] got [{string.Join(" | ", actual[i])}]";
            }
        }

        return expected.Count == actual.Count ? null : $"expected {expected.Count} rows, got {actual.Count}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

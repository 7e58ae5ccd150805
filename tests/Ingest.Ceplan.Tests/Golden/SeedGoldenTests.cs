using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Golden;

/// <summary>Each seed PDF parses to the golden JSON beside this file (see README.md in this folder).</summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_SeedPdf_EqualsGolden(string seed)
    {
        var actual = GoldenJson.Write(Parse(seed));
        var outDir = Environment.GetEnvironmentVariable("INGEST_GOLDEN_ACTUAL");
        if (!string.IsNullOrEmpty(outDir))
        {
            File.WriteAllText(Path.Combine(outDir, seed + ".json"), actual);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", seed + ".json"));
        Assert.Equal(expected, actual);
    }

    internal static CeplanReport Parse(string seed)
    {
        using var document = PdfDocument.Open(Path.Combine(CeplanCorpus.Root, "seeds", seed + ".pdf"));
        var pages = Enumerable.Range(1, document.PageCount).Select(n => document.GetPage(n).ReadContent()).ToList();
        return ReportReader.Read(pages, seed + ".pdf", "0");
    }
}

using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Golden;

/// <summary>The CEPLAN web-app PEI reports (Anexo B-7 printed by a browser): every IND code of the text layer is read with its values.</summary>
public sealed partial class WebAppReportTests
{
    public static TheoryData<string> Reports => new()
    {
        "REPORTE_EVALUACION_PEI_2020_2024.pdf",
        "REPORTE_EVALUACION_PEI_2017_2019_2018.pdf",
        "2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf",
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Read_WebAppReport_EveryPrintedIndicatorHasItsValues(string file)
    {
        using var document = PdfDocument.Open(Path.Combine(CeplanCorpus.Root, "peru", file));
        var pages = Enumerable.Range(1, document.PageCount).Select(n => document.GetPage(n).ReadContent()).ToList();
        var printed = pages.SelectMany(p => p.Words).Select(w => IndCode().Match(w.Text)).Where(m => m.Success).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

        var report = ReportReader.Read(pages, file, "0");

        Assert.Equal(ReportKind.PeiSeguimiento, report.Document.Classification.Kind);
        var read = report.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(printed.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        foreach (var indicator in report.Indicators)
        {
            Assert.True(indicator.BaselineYear is not null, $"{indicator.Code}: no baseline year");
            var years = indicator.Observations.Where(o => o.Measure == Measure.Expected).Select(o => o.Period).ToList();
            Assert.True(years.Count >= 3, $"{indicator.Code}: {years.Count} expected values");
            foreach (var year in years)
            {
                Assert.True(indicator.Find(Measure.Obtained, year) is not null, $"{indicator.Code}: no obtained value for {year}");
                Assert.True(indicator.Find(Measure.StatedProgress, year) is not null, $"{indicator.Code}: no avance for {year}");
            }
        }
    }

    [GeneratedRegex(@"^IND\.\d{2}\.(?:OEI\.\d{2}|AEI\.\d{2}\.\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IndCode();
}

/// <summary>Every real report of the corpus reads without throwing; image-only ones are <c>no-text</c> with empty content.</summary>
public sealed class CorpusReadTests
{
    public static TheoryData<string> Files => new(Directory.EnumerateFiles(Path.Combine(CeplanCorpus.Root, "peru"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_PeruReport_ReadsWithoutThrowing(string file)
    {
        using var document = PdfDocument.Open(Path.Combine(CeplanCorpus.Root, "peru", file));

        var report = ReportReader.Read(document, file, "0");

        if (report.Document.Classification.Kind == ReportKind.NoText)
        {
            Assert.Empty(report.Indicators);
            Assert.Empty(report.Tables);
            Assert.Contains(report.Problems, p => p.Contains("no text layer", StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(document.PageCount, report.Document.PageCount);
        }
    }
}

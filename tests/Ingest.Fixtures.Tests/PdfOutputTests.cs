using System.Diagnostics;
using System.Text.RegularExpressions;
using Ingest.Fixtures.Generator;
using Ingest.Fixtures.Generator.Layout;
using Ingest.Fixtures.Generator.Pdf;
using Ingest.Pdf;

namespace Ingest.Fixtures.Tests;

public sealed partial class PdfOutputTests
{
    /// <summary>Gets the first report of each kind and layout (two rounds of the four kinds), compressed or not.</summary>
    public static TheoryData<int> FirstOfEachLayout => new(Enumerable.Range(0, 8));

    private static readonly Dictionary<string, string[]> Headings = new(StringComparer.Ordinal)
    {
        ["pei-seguimiento"] = ["DEL PLAN ESTRATÉGICO INSTITUCIONAL (PEI)", "Avance promedio de AEI:", "Tabla Resumen: Semaforización por nivel de avance", "ALERTAS IDENTIFICADAS"],
        ["iei-anual"] = ["Informe de Evaluación Institucional Anual", "Cuadro N° 05", "Cuadro N° 06", "5. Conclusiones", "Anexo B-7"],
        ["poi-contribucion"] = ["I. CONTRIBUCIÓN POR ÁREAS A LOS OEI Y AEI", "Programadas", "Ejecutadas", "TOTAL"],
        ["pdrc-evaluacion"] = ["Plan de Desarrollo Regional Concertado (PDRC)", "Cuadro 1. Avance de objetivos estratégicos", "Cuadro 3.", "% EJECUCIÓN"],
    };

    [Theory]
    [MemberData(nameof(FirstOfEachLayout))]
    public void ToPdf_OurReader_OpensEveryPageAndFindsEachInjectedFigureOnItsPage(int index)
    {
        var report = SyntheticSet.Generate(1, index);
        using var document = PdfDocument.Open(report.ToPdf(SyntheticSet.Compressed(index)));
        Assert.Equal(report.Pages.Count, document.PageCount);
        var pages = new List<string>();
        int rulings = 0;
        for (int n = 1; n <= document.PageCount; n++)
        {
            var content = document.GetPage(n).ReadContent();
            Assert.True(content.HasTextLayer);
            Assert.Empty(content.Problems);
            rulings += content.Rulings.Count;
            pages.Add(string.Join(' ', content.Words.Select(w => w.Text)));
        }

        Assert.True(report.Layout.Contains("unruled", StringComparison.Ordinal) || rulings > 20, $"{rulings} rulings in {report.Layout}");
        string all = string.Join(' ', pages);
        foreach (var heading in Headings[report.Kind])
        {
            Assert.Contains(Squash(heading), Squash(all), StringComparison.Ordinal);
        }

        foreach (var injection in report.Injections.Where(i => IsFigure(i.Stated)))
        {
            string page = Digits(pages[report.PageOf(injection.Anchor) - 1]);
            Assert.Contains(Digits(injection.Stated), page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(FirstOfEachLayout))]
    public void ToPdf_Pdftotext_ReadsTheSameFiguresIndependently(int index)
    {
        var report = SyntheticSet.Generate(1, index);
        string file = Path.Combine(Path.GetTempPath(), $"ingest-fixtures-{Environment.ProcessId}-{index}.pdf");
        File.WriteAllBytes(file, report.ToPdf(SyntheticSet.Compressed(index)));
        try
        {
            foreach (var injection in report.Injections.Where(i => IsFigure(i.Stated)))
            {
                int page = report.PageOf(injection.Anchor);
                Assert.Contains(Digits(injection.Stated), Digits(Pdftotext(file, page)), StringComparison.Ordinal);
            }

            string text = Pdftotext(file, null);
            Assert.Contains(Squash(Headings[report.Kind][0]), Squash(text), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Measure_Helvetica_UsesTheAfmWidths()
    {
        Assert.Equal(5.56, StandardFont.Regular.Measure("a", 10), 3);
        Assert.Equal(5.56, StandardFont.Regular.Measure("á", 10), 3);
        Assert.Equal(6.11, StandardFont.Bold.Measure("ñ", 10), 3);
    }

    [Fact]
    public void Wrap_LongCodeInNarrowCell_BreaksInsideTheToken()
    {
        var lines = DocumentLayout.Wrap("IND.01.AEI.01.01", bold: false, size: 8, width: 30);
        Assert.True(lines.Count > 1);
        Assert.Equal("IND.01.AEI.01.01", string.Concat(lines));
    }

    private static bool IsFigure(string stated) => stated.Length > 0 && !stated.Contains(';', StringComparison.Ordinal) && (stated == "ND" || char.IsDigit(stated[0]));

    /// <summary>Gets the digits and points of a text, so "8,408,816" and "8408816" compare equal; "ND" is kept as a word.</summary>
    private static string Digits(string text) => NotFigure().Replace(text, string.Empty);

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    private static string Pdftotext(string file, int? page)
    {
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        if (page is { } p)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            info.ArgumentList.Add("-l");
            info.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        info.ArgumentList.Add("-enc");
        info.ArgumentList.Add("UTF-8");
        info.ArgumentList.Add(file);
        info.ArgumentList.Add("-");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("pdftotext did not start.");
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [GeneratedRegex(@"[^0-9.ND]")]
    private static partial Regex NotFigure();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using Ingest.Ceplan.Claims;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Text;
using Xunit.Abstractions;

namespace Ingest.Ceplan.Tests.Claims;

public sealed class ScratchDump(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seeds/000.pdf")]
    [InlineData("seeds/001.pdf")]
    [InlineData("seeds/002.pdf")]
    [InlineData("seeds/003.pdf")]
    [InlineData("seeds/004.pdf")]
    [InlineData("peru/2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf")]
    [InlineData("peru/REPORTE_EVALUACION_PEI_2017_2019_2018.pdf")]
    [InlineData("peru/2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf")]
    [InlineData("peru/EVALUACION_PEI_2017_2019_2018.pdf")]
    [InlineData("peru/Reporte_gasto.pdf")]
    [InlineData("text:000")]
    [InlineData("text:001")]
    [InlineData("text:002")]
    [InlineData("text:003")]
    [InlineData("text:004")]
    public void Dump(string file)
    {
        var text = file.StartsWith("text:", StringComparison.Ordinal) ? CeplanCorpus.SeedText(file[5..]) : CeplanCorpus.PdfText(file);
        var header = HeaderReader.Read(text);
        using var writer = new StreamWriter("/tmp/cnorm-dump/" + file.Replace('/', '_').Replace(':', '_') + ".txt");
        writer.WriteLine($"TITLE {header.Title}");
        writer.WriteLine($"ENTITY {header.Entity}");
        writer.WriteLine($"PLAN {header.Plan}");
        writer.WriteLine($"PERIOD {header.EvaluatedPeriod} SECTOR {header.Sector}");
        foreach (var f in header.Fields ?? [])
        {
            writer.WriteLine($"  FIELD {f.Key} = {f.Value}");
        }

        foreach (var r in text.Removed)
        {
            writer.WriteLine($"REMOVED p{r.Page} {r.Box} {r.Text}");
        }

        foreach (var c in ClaimReader.Read(text, header.EvaluatedPeriod))
        {
            writer.WriteLine($"CLAIM p{c.Source.Page} [{c.SubjectCode}] {c.Period} :: {string.Join(" | ", c.Numbers.Select(n => $"{n.Role} {n.Value} {n.CountOf} {n.Words} {n.WordsValue}"))} :: {c.Sentence[..Math.Min(200, c.Sentence.Length)]}");
        }

        foreach (var p in text.Paragraphs)
        {
            writer.WriteLine($"PARA p{p.Page} {p.Lines.Count} {(p.Lines[0].Tabular ? "T" : " ")} {p.Text[..Math.Min(160, p.Text.Length)]}");
        }

        output.WriteLine("ok");
    }
}

using Ingest.Ceplan.Classification;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Tests.Corpus;
using Xunit.Abstractions;

namespace Ingest.Ceplan.Tests.Classification;

public sealed class CorpusClassificationTests(ITestOutputHelper output)
{
    /// <summary>Every PDF of the peru and seeds folders with the kind corpus/README.md (and seeds/README.md) gives it.</summary>
    public static TheoryData<string, string> Files => new()
    {
        { "seeds/000.pdf", "iei-anual" },
        { "seeds/001.pdf", "poi-contribucion" },
        { "seeds/002.pdf", "pei-seguimiento" },
        { "seeds/003.pdf", "pdrc-evaluacion" },
        { "seeds/004.pdf", "pei-seguimiento" },
        { "peru/2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf", "pei-seguimiento" },
        { "peru/REPORTE_EVALUACION_PEI_2020_2024.pdf", "pei-seguimiento" },
        { "peru/REPORTE_EVALUACION_PEI_2017_2019_2018.pdf", "pei-seguimiento" },
        { "peru/2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf", "poi-seguimiento" },
        // "Informe de Evaluación de Resultados del PEI 2017-2019, año 2018": the annual evaluation under its pre-2019 name.
        { "peru/EVALUACION_PEI_2017_2019_2018.pdf", "iei-anual" },
        { "peru/Anexo_6.pdf", "other" },
        { "peru/Reporte_gasto.pdf", "other" },
        { "peru/EVALUACION_PEI_ANUAL_2017.pdf", "no-text" },
        { "peru/hoja_de_sinceramientoPEGE-2019.pdf", "no-text" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Classify_CorpusFile_GivesItsKind(string file, string kind)
    {
        var result = ReportClassifier.Classify(CeplanCorpus.PdfText(file), ProfileSet.LoadEmbedded());

        output.WriteLine($"{file}: {result.Kind.Id()} {result.Confidence}");
        foreach (var cue in result.Cues)
        {
            output.WriteLine("  " + cue);
        }

        Assert.Equal(kind, result.Kind.Id());
        Assert.InRange(result.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("000", "iei-anual")]
    [InlineData("001", "poi-contribucion")]
    [InlineData("002", "pei-seguimiento")]
    [InlineData("003", "pdrc-evaluacion")]
    [InlineData("004", "pei-seguimiento")]
    public void Classify_SeedText_GivesItsKind(string seed, string kind)
    {
        var result = ReportClassifier.Classify(CeplanCorpus.SeedText(seed), ProfileSet.LoadEmbedded());

        Assert.Equal(kind, result.Kind.Id());
    }

    [Fact]
    public void Classify_EveryCorpusPdf_IsListed()
    {
        var listed = Files.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in new[] { "peru", "seeds" })
        {
            foreach (var pdf in Directory.EnumerateFiles(Path.Combine(CeplanCorpus.Root, folder), "*.pdf"))
            {
                Assert.Contains(folder + "/" + Path.GetFileName(pdf), listed);
            }
        }
    }
}

using Ingest.Ceplan.Claims;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Tests.Claims;

/// <summary>Claims read from the seed reports, as text (seeds/*.txt) and as PDF (corpus/seeds/*.pdf): both must give the
/// sample of claims written here from the seed texts.</summary>
public sealed class SeedClaimTests
{
    public static TheoryData<string> Sources => new() { "text", "pdf" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Read_Seed004_StatesActionAndIndicatorProgress(string source)
    {
        var claims = ClaimsOf("004", source);

        AssertClaim(claims, "AEI.04.01", ClaimRole.Progress, 49.72m, "2024-S1");
        AssertClaim(claims, "AEI.04.02", ClaimRole.Progress, 70.48m, "2024-S1");
        AssertClaim(claims, "AEI.04.03", ClaimRole.Progress, 58.13m, "2024-S1");
        AssertClaim(claims, "AEI.04.06", ClaimRole.Progress, 72.53m, "2024-S1");
        AssertClaim(claims, "Porcentaje de expedientes administrativos externos archivado", ClaimRole.Progress, 47.1m, "2024-S1");
        AssertClaim(claims, "Número de licencias de edificación otorgadas", ClaimRole.Progress, 61.33m, "2024-S1");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Read_Seed000_StatesCountsExpectedObtainedAndAvance(string source)
    {
        var claims = ClaimsOf("000", source);

        AssertClaim(claims, "AEI.01.02", ClaimRole.Progress, 87.02m, "2024");
        AssertClaim(claims, "AEI.03.01", ClaimRole.Progress, 34.45m, "2024");
        AssertClaim(claims, "Número de kilómetros de caminos vecinales de la zona rural en buenas condiciones de Transitabilidad", ClaimRole.Expected, 370m, "2024");
        AssertClaim(claims, "Número de kilómetros de caminos vecinales de la zona rural en buenas condiciones de Transitabilidad", ClaimRole.Obtained, 387m, "2024");
        AssertClaim(claims, "OEI.04", ClaimRole.Count, 4m, "2024", "AEI");
        AssertClaim(claims, "OEI.09", ClaimRole.Count, 7m, "2024", "AEI");
        AssertClaim(claims, "OEI.04", ClaimRole.Progress, 77.12m, "2024");
        AssertClaim(claims, null, ClaimRole.Count, 24m, "2024", "IND");
        AssertClaim(claims, null, ClaimRole.Count, 34m, "2024", "AEI");
        var words = claims.SelectMany(c => c.Numbers).First(n => n.Words == "treinta y cuatro");
        Assert.Equal((34m, 34m, "AEI"), (words.Value.Value!.Value, words.WordsValue!.Value, words.CountOf));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Read_Seed001_StatesContributionExecution(string source)
    {
        var claims = ClaimsOf("001", source);

        AssertClaim(claims, "AEI.01.01", ClaimRole.Progress, 113m, null);
        AssertClaim(claims, "AEI.02.02", ClaimRole.Progress, 103m, null);
        AssertClaim(claims, null, ClaimRole.Count, 5m, null, "unidades orgánicas");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Read_Seed003_StatesRegionalFiguresPerYear(string source)
    {
        var claims = ClaimsOf("003", source);

        AssertClaim(claims, null, ClaimRole.Count, 13m, "2024", "OER");
        AssertClaim(claims, null, ClaimRole.Count, 48m, "2024", "AER");
        AssertClaim(claims, "AER.01.02", ClaimRole.Expected, 0.021m, "2023");
        AssertClaim(claims, "AER.01.02", ClaimRole.Obtained, 0.020m, "2024");
        AssertClaim(claims, "OER.09", ClaimRole.Progress, 35.11m, "2023-2024");
        AssertClaim(claims, "IND.02.OER.11", ClaimRole.Obtained, 2.13m, "2023-2024");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Read_SeedPdf_EveryClaimHasAPageAndBox(string seed)
    {
        var claims = ClaimsOf(seed, "pdf");

        Assert.All(claims, c =>
        {
            Assert.InRange(c.Source.Page, 1, 40);
            Assert.NotNull(c.Source.Box);
            Assert.NotEmpty(c.Numbers);
            Assert.All(c.Numbers, n => Assert.True(n.Value.HasValue));
        });
    }

    [Fact]
    public void Read_Seed004Pdf_SourcePointsAtTheSentence()
    {
        var claims = ClaimsOf("004", "pdf");

        var claim = claims.First(c => c.SubjectCode == "AEI.04.03");
        var text = CeplanCorpus.PdfText("seeds/004.pdf");
        var line = text.Lines.First(l => l.Page == claim.Source.Page && l.Box == claim.Source.Box);
        Assert.Contains("AEI.04.03", line.Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<NarrativeClaim> ClaimsOf(string seed, string source)
    {
        var text = source == "pdf" ? CeplanCorpus.PdfText($"seeds/{seed}.pdf") : CeplanCorpus.SeedText(seed);
        return ClaimReader.Read(text, HeaderReader.Read(text).EvaluatedPeriod);
    }

    private static void AssertClaim(IReadOnlyList<NarrativeClaim> claims, string? subject, ClaimRole role, decimal value, string? period, string? countOf = null)
    {
        var found = claims.Any(c => string.Equals(c.SubjectCode, subject, StringComparison.OrdinalIgnoreCase)
            && c.Period?.ToString() == period
            && c.Numbers.Any(n => n.Role == role && n.Value.Value == value && (countOf is null || n.CountOf == countOf)));
        Assert.True(found, $"No claim {subject} {role} {value} {period} {countOf}. Claims of that subject: "
            + string.Join(" / ", claims.Where(c => string.Equals(c.SubjectCode, subject, StringComparison.OrdinalIgnoreCase)).Select(c => $"{c.Period}: {string.Join(", ", c.Numbers.Select(n => $"{n.Role} {n.Value} {n.CountOf}"))}")));
    }
}

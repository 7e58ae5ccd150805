using Xunit.Abstractions;

namespace Ingest.EndToEnd.Tests.Peru;

/// <summary>Issue 5's web-app bar: the CEPLAN web-app reports of corpus/peru raise no error-severity finding where the
/// printed figures follow the rules. Every error that remains is a real inconsistency of the PDF, listed here with the
/// printed figures that make it one.</summary>
public class PeruWebAppTests
{
    private readonly ITestOutputHelper output;

    public PeruWebAppTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Reports =>
    [
        "REPORTE_EVALUACION_PEI_2020_2024.pdf",
        "REPORTE_EVALUACION_PEI_2017_2019_2018.pdf",
        "2022_04_29_Reporte_de_Seguimiento_del_PEI_2021.pdf",
        "2022_10_10_REPORTE_SEGUIMIENTO_POI_PRIMER_SEMESTRE_2022_IGP.pdf",
    ];

    /// <summary>Gets the real inconsistencies of the web-app reports, by file, as "rule code" with the evidence.</summary>
    private static Dictionary<string, Dictionary<string, string>> RealErrors { get; } = new(StringComparer.Ordinal)
    {
        ["REPORTE_EVALUACION_PEI_2017_2019_2018.pdf"] = new(StringComparer.Ordinal)
        {
            // Page 2: "IND.01.AEI.02.04 ... Cantidad 2015 0 2015 0 | LE 0 1 1 | VO 1 1 ND | AVANCE 100 100 ND": the 2017
            // target is 0, so the avance is not computable (SPEC section 4: LE = 0 is ND, not a number), yet 100 is printed.
            [RuleIds.IndicatorProgress + " IND.01.AEI.02.04"] = "LE 2017 = 0 with an avance of 100 printed",
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Pipeline_WebAppReport_ErrorsOnlyWherePrintedFiguresBreakTheRules(string file)
    {
        var path = Path.Combine(Pipeline.CorpusRoot, "peru", file);
        Assert.True(File.Exists(path), $"The corpus file {path} is missing.");
        var findings = Pipeline.Run(path).Audit.Findings;
        foreach (var finding in findings)
        {
            output.WriteLine(Pipeline.Describe(finding));
        }

        var known = RealErrors.GetValueOrDefault(file) ?? [];
        var unexplained = findings.Where(f => f.Severity == Severity.Error && !known.ContainsKey(f.Rule + " " + f.Code)).ToList();
        Assert.True(unexplained.Count == 0, string.Join('\n', unexplained.Select(Pipeline.Describe)));
    }
}

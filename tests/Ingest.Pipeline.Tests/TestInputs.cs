using Ingest.Pdf.Tests.Writer;

namespace Ingest.Pipeline.Tests;

/// <summary>A temporary folder of input files and a database for one test.</summary>
internal sealed class TestInputs : IDisposable
{
    public TestInputs()
    {
        Root = Directory.CreateTempSubdirectory("ingest-pipeline-").FullName;
        Directory.CreateDirectory(InputFolder);
    }

    public string Root { get; }

    public string InputFolder => Path.Combine(Root, "in");

    public string Database => Path.Combine(Root, "ingest.db");

    /// <summary>Gets a valid one-page PDF saying <paramref name="text"/>; different texts give different hashes.</summary>
    public static byte[] GoodPdf(string text) => new TestPdfBuilder()
        .AddStandardFont("F1", "Helvetica")
        .AddPage(TextOps.Text("F1", 12, 72, 700, text))
        .Build();

    public string Add(string name, byte[] bytes)
    {
        var path = Path.Combine(InputFolder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Adds <paramref name="count"/> good PDFs named <c>good-01.pdf</c>, ...</summary>
    public IReadOnlyList<string> AddGood(int count) => [.. Enumerable.Range(1, count).Select(i => Add($"good-{i:D2}.pdf", GoodPdf("Report " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))))];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>Fake processors: the parser and auditor are other layers.</summary>
internal static class FakeProcessors
{
    /// <summary>Gets a processor that returns the sample report (two findings) for every document, keyed by its real hash.</summary>
    public static DocumentProcessor Sample { get; } = new((doc, file, sha) => SampleReportsFor(file, sha).Report, r => SampleReportsFor(r.Document.File, r.Document.Sha256).Audit);

    /// <summary>Creates a processor whose parser runs <paramref name="before"/> first (to sleep or throw for some files).</summary>
    public static DocumentProcessor With(Action<string> before) => new(
        (doc, file, sha) =>
        {
            before(file);
            return Sample.Parse(doc, file, sha);
        },
        Sample.Audit);

    private static (CeplanReport Report, AuditResult Audit) SampleReportsFor(string file, string sha)
    {
        var (report, audit) = Ingest.Storage.Tests.SampleReports.Pei(file, sha);
        return (report, audit with { Findings = [.. audit.Findings.Select(f => f with { File = file })] });
    }
}

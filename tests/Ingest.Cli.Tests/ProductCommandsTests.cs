using System.Text.Json;
using Ingest.Pdf.Tests.Writer;
using Ingest.Pipeline;
using Ingest.Storage.Tests;

namespace Ingest.Cli.Tests;

/// <summary>The <c>ingest run | findings | export | report</c> commands: outputs and exit codes (with a fake report parser).</summary>
public sealed class ProductCommandsTests : IDisposable
{
    private static readonly DocumentProcessor Fake = new(
        (doc, file, sha) => SampleReports.Pei(file, sha).Report,
        report => SampleReports.Pei(report.Document.File, report.Document.Sha256).Audit with
        {
            Findings = [.. SampleReports.Pei(report.Document.File, report.Document.Sha256).Audit.Findings.Select(f => f with { File = report.Document.File })],
        });

    private readonly string root = Directory.CreateTempSubdirectory("ingest-cli-").FullName;

    public ProductCommandsTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllBytes(Path.Combine(Input, "a.pdf"), Pdf("Alpha report"));
        File.WriteAllBytes(Path.Combine(Input, "b.pdf"), Pdf("Beta report"));
    }

    private string Input => Path.Combine(root, "in");

    private string Db => Path.Combine(root, "test.db");

    private string Out => Path.Combine(root, "out");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Run_GoodFiles_ExitsZeroPrintsASummaryAndPlainProgressLines()
    {
        var (code, output, error) = Run("run", Input, "--db", Db, "--workers", "2");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2/2 files in ", output, StringComparison.Ordinal);
        Assert.Contains("2 ok, 0 no-text, 0 failed, 0 skipped", output, StringComparison.Ordinal);
        Assert.Contains("Findings: 2 errors, 2 warnings, 0 info.", output, StringComparison.Ordinal);
        Assert.Contains("[1/2] ok ", error, StringComparison.Ordinal);
        Assert.Contains("[2/2] ok ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SomeFilesFail_ExitsOneAndDocumentsCsvHasEveryFile()
    {
        File.WriteAllBytes(Path.Combine(Input, "broken.pdf"), BadPdfs.PlainText);
        File.WriteAllBytes(Path.Combine(Input, "empty.pdf"), BadPdfs.Empty);

        var (code, output, _) = Run("run", Input, "--db", Db, "--out", Out);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("failed broken.pdf: not-a-pdf:", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(Out, "documents.csv"));
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("a.pdf,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",failed,", rows[3], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "findings.csv")));
        Assert.True(File.Exists(Path.Combine(Out, "indicators.csv")));
        Assert.True(File.Exists(Path.Combine(Out, "report", "index.html")));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Out, "json")).Length);
    }

    [Fact]
    public void Run_Again_SkipsEverythingUnlessForced()
    {
        Run("run", Input, "--db", Db);

        var again = Run("run", Path.Combine(Input, "*.pdf"), "--db", Db);
        var forced = Run("run", Input, "--db", Db, "--force");

        Assert.Equal(ExitCodes.Ok, again.Code);
        Assert.Contains("0 ok, 0 no-text, 0 failed, 2 skipped", again.Out, StringComparison.Ordinal);
        Assert.Contains("2 ok, 0 no-text, 0 failed, 0 skipped", forced.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_Formats_ListTheStoredAlerts()
    {
        Run("run", Input, "--db", Db);

        var table = Run("findings", "--db", Db);
        var csv = Run("findings", "--db", Db, "--format", "csv", "--severity", "error");
        var json = Run("findings", "--db", Db, "--format", "json", "--rule", "narrative-contradiction");
        var md = Run("findings", "--db", Db, "--format", "md", "--entity", "arequipa");
        var none = Run("findings", "--db", Db, "--entity", "CUSCO");

        Assert.Equal(ExitCodes.Ok, table.Code);
        var tableLines = table.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, tableLines.Length);
        Assert.StartsWith("severity  file   page  rule", tableLines[0], StringComparison.Ordinal);
        Assert.StartsWith("error     a.pdf  2     indicator-progress", tableLines[1], StringComparison.Ordinal);
        var csvLines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("severity,file,page,rule,code,period,stated,recomputed,message,entity,explanation", csvLines[0]);
        Assert.Equal(3, csvLines.Length);
        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal(2, parsed.RootElement.GetArrayLength());
        Assert.Equal("narrative-contradiction", parsed.RootElement[0].GetProperty("rule").GetString());
        Assert.StartsWith("| severity | file | page | rule |", md.Out, StringComparison.Ordinal);
        Assert.Equal(6, md.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("No findings.\n", none.Out);
    }

    [Fact]
    public void ExportAndReport_FromTheDatabase_WriteTheFiles()
    {
        Run("run", Input, "--db", Db);

        var export = Run("export", "--db", Db, "--out", Out);
        var report = Run("report", "--db", Db, "--out", Out);

        Assert.Equal(ExitCodes.Ok, export.Code);
        Assert.Equal(ExitCodes.Ok, report.Code);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(Out, "documents.csv")).Length);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(Out, "findings.csv")).Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Out, "json")).Length);
        Assert.Equal(Path.Combine(Out, "report", "index.html"), report.Out.Trim());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Out, "report")).Length);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "--bogus", "x")]
    [InlineData("run", "nowhere/*.pdf")]
    [InlineData("run", "IN", "--workers", "0")]
    [InlineData("run", "IN", "--timeout", "-1")]
    [InlineData("findings", "--db", "missing.db")]
    [InlineData("findings", "--format", "xml")]
    [InlineData("findings", "--severity", "fatal")]
    [InlineData("export", "--db", "missing.db")]
    [InlineData("report")]
    public void Commands_WrongUsage_ExitTwo(params string[] args)
    {
        var (code, _, error) = Run([.. args.Select(a => a == "IN" ? Input : a == "missing.db" ? Path.Combine(root, a) : a)]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("ingest: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("findings")]
    [InlineData("export")]
    [InlineData("report")]
    public void Commands_Help_PrintsUsageAndExitsZero(string command)
    {
        var (code, output, _) = Run(command, "--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(" " + command + " ", output, StringComparison.Ordinal);
        Assert.Contains("--db", output, StringComparison.Ordinal);
    }

    private static byte[] Pdf(string text) => new TestPdfBuilder().AddStandardFont("F1", "Helvetica").AddPage(TextOps.Text("F1", 12, 72, 700, text)).Build();

    private static (int Code, string Out, string Err) Run(params string[] args) => CommandRunner.Run(() => Fake, args);
}

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

    /// <summary>Reads a file whose name starts with <c>partial</c> as <see cref="SampleReports.Partial"/> (5 of 7 printed elements read), the others as <see cref="Fake"/>.</summary>
    private static readonly DocumentProcessor WithPartial = new(
        (doc, file, sha) => file.StartsWith("partial", StringComparison.Ordinal) ? SampleReports.Partial(file, sha).Report : Fake.Parse(doc, file, sha),
        report => report.Document.File.StartsWith("partial", StringComparison.Ordinal) ? SampleReports.Partial(report.Document.File, report.Document.Sha256).Audit : Fake.Audit(report));

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
        Assert.Contains("2 ok, 0 partial, 0 no-text, 0 failed, 0 skipped", output, StringComparison.Ordinal);
        Assert.Contains("Findings: 2 errors, 2 warnings, 0 info.", output, StringComparison.Ordinal);
        Assert.Contains("[1/2] ok ", error, StringComparison.Ordinal);
        Assert.Contains("[2/2] ok ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileNameWithALineBreak_PrintsOneProgressLineAndOneSummaryLineForIt()
    {
        File.WriteAllBytes(Path.Combine(Input, "c\nbroken.pdf"), BadPdfs.PlainText);

        var (_, output, error) = Run("run", Input, "--db", Db, "--workers", "2");

        var progress = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, progress.Length);
        Assert.Single(progress, l => l.Contains(" c?broken.pdf ", StringComparison.Ordinal));
        Assert.All(progress, l => Assert.StartsWith("[", l, StringComparison.Ordinal));
        Assert.Single(output.Split('\n'), l => l.StartsWith("  failed c?broken.pdf: not-a-pdf: ", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("broken.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ADocumentOverItsTimeout_ProgressShowsTheTimeItRan()
    {
        var blocking = new DocumentProcessor(
            (doc, file, sha) =>
            {
                if (file == "b.pdf")
                {
                    Thread.Sleep(3000);
                }

                return Fake.Parse(doc, file, sha);
            },
            Fake.Audit);

        var (_, _, error) = CommandRunner.Run(() => blocking, "run", Input, "--db", Db, "--workers", "2", "--timeout", "0.5");

        var line = Assert.Single(error.Split('\n'), l => l.Contains(" b.pdf ", StringComparison.Ordinal));
        Assert.Contains("failed b.pdf ", line, StringComparison.Ordinal);
        Assert.Contains("(timeout: ", line, StringComparison.Ordinal);
        var seconds = double.Parse(line.Split(" b.pdf ")[1].Split(" s")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 0.45, 60);
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
        Assert.Contains("0 ok, 0 partial, 0 no-text, 0 failed, 2 skipped", again.Out, StringComparison.Ordinal);
        Assert.Contains("2 ok, 0 partial, 0 no-text, 0 failed, 0 skipped", forced.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_APartialFile_ExitsOneAndSaysWhichUnlessAllowPartial()
    {
        File.WriteAllBytes(Path.Combine(Input, "partial.pdf"), Pdf("Partial report"));

        var strict = CommandRunner.Run(() => WithPartial, "run", Input, "--db", Db, "--out", Out);
        var allowed = CommandRunner.Run(() => WithPartial, "run", Input, "--db", Path.Combine(root, "allowed.db"), "--allow-partial");

        Assert.Equal(ExitCodes.Failed, strict.Code);
        Assert.Contains("2 ok, 1 partial, 0 no-text, 0 failed, 0 skipped", strict.Out, StringComparison.Ordinal);
        Assert.Contains("  partial partial.pdf: pei-seguimiento, read 5 of 7 printed elements\n", strict.Out, StringComparison.Ordinal);
        Assert.Contains(",partial,", File.ReadAllLines(Path.Combine(Out, "documents.csv"))[3], StringComparison.Ordinal);
        Assert.EndsWith(",7,5", File.ReadAllLines(Path.Combine(Out, "documents.csv"))[3], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, allowed.Code);
        Assert.Contains("2 ok, 1 partial, 0 no-text, 0 failed, 0 skipped", allowed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_APartialFile_ListsErrorsThenUnreadElementsThenOtherWarnings()
    {
        File.WriteAllBytes(Path.Combine(Input, "partial.pdf"), Pdf("Partial report"));
        CommandRunner.Run(() => WithPartial, "run", Input, "--db", Db);

        var all = Run("findings", "--db", Db, "--format", "csv");
        var unread = Run("findings", "--db", Db, "--rule", "unread-element", "--format", "csv");

        // Severity, file, page and rule hold no comma.
        var rows = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(
            ["a.pdf indicator-progress", "b.pdf indicator-progress", "partial.pdf unread-table", "partial.pdf unread-element", "partial.pdf unread-element", "a.pdf narrative-contradiction", "b.pdf narrative-contradiction"],
            rows.Select(r => r[1] + " " + r[3]));
        Assert.Equal(ExitCodes.Ok, unread.Code);
        var unreadLines = unread.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, unreadLines.Length);
        Assert.StartsWith("warning,partial.pdf,4,unread-element,AEI.02.01,", unreadLines[1], StringComparison.Ordinal);
        Assert.StartsWith("warning,partial.pdf,4,unread-element,IND.01.AEI.02.01,", unreadLines[2], StringComparison.Ordinal);
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

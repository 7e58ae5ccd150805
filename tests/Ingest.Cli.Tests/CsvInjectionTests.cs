using System.Text;
using System.Text.RegularExpressions;
using Ingest.Cli.Tables;
using Ingest.Exports;
using Ingest.Pdf;
using Ingest.Storage;
using Ingest.Storage.Tests;
using Ingest.Tables;

namespace Ingest.Cli.Tests;

/// <summary>Every CSV writer of the product (the exports, <c>findings --format csv</c>, <c>pdf tables</c>) on texts that a
/// spreadsheet would run as a formula.</summary>
public sealed partial class CsvInjectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ingest-csv-injection-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task CsvWriters_HostileText_NoFieldStartsAFormulaUnlessItIsANumber(string hostile)
    {
        var fields = new List<(string Where, string Field)>();
        var (report, audit) = SampleReports.Hostile(hostile);
        var record = DocumentRecord.FromReport("/in/pei.pdf", report, audit) with { File = hostile };
        var failed = DocumentRecord.Failure("/in/broken.pdf", SampleReports.Sha('c'), null, hostile, hostile) with { File = hostile };
        await CsvExport.WriteAsync(folder, ExportSource.InMemory([record, failed], [new StoredReport(record, report, audit)]));
        foreach (var file in CsvExport.Files)
        {
            fields.AddRange(CsvFields.Split(File.ReadAllText(Path.Combine(folder, file))).Select(f => (file, f)));
        }

        var findings = new StringWriter();
        FindingList.Write(findings, [.. audit.Findings.Select(f => new FindingRecord(hostile, SampleReports.Sha('a'), new EntityRef(hostile, hostile), f))], FindingFormat.Csv);
        fields.AddRange(CsvFields.Split(findings.ToString()).Select(f => ("findings --format csv", f)));

        var tables = new StringBuilder();
        var box = new PdfRect(0, 0, 10, 10);
        TableCsv.Write(new Table(1, box, [new Cell(0, 0, 1, 1, box, hostile), new Cell(0, 1, 1, 1, box, "-3.5"), new Cell(0, 2, 1, 1, box, hostile + "\n" + hostile)], 1, 3), tables);
        fields.AddRange(CsvFields.Split(tables.ToString()).Select(f => ("pdf tables", f)));

        // The missing mark '-' of a figure column is written as printed (SPEC section 6), not as a text.
        var formulas = fields.Where(f => f.Field is [not '\'', ..] && f.Field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && f.Field != "-" && !Number().IsMatch(f.Field)).ToList();
        Assert.Empty(formulas);
        Assert.Contains(("documents.csv", "'" + hostile), fields);
        Assert.Contains(("indicators.csv", "-3.5"), fields);
        Assert.Contains(("findings --format csv", "'" + hostile), fields);
        Assert.Contains(("pdf tables", "'" + hostile), fields);
        Assert.Contains(("pdf tables", "-3.5"), fields);
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z")]
    private static partial Regex Number();
}

using System.Text.RegularExpressions;
using Ingest.Storage.Tests;

namespace Ingest.Exports.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ingest-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task CsvExport_Batch_WritesOneDocumentsRowPerInputWithStatusAndError()
    {
        await CsvExport.WriteAsync(folder, Source());

        var lines = Lines("documents.csv");
        Assert.Equal("file,sha256,kind,status,pages,error,error_kind,entity_code,entity_name,title,errors,warnings,infos,elements_printed,elements_read", lines[0]);
        Assert.Equal($"pei.pdf,{SampleReports.Sha('a')},pei-seguimiento,ok,3,,,300597,GOBIERNO REGIONAL DE AREQUIPA,REPORTE DE SEGUIMIENTO DEL PEI,1,1,0,,", lines[1]);
        Assert.Equal($"broken.pdf,{SampleReports.Sha('c')},,failed,,\"damaged: no xref, no trailer\",damaged,,,,0,0,0,,", lines[2]);
        Assert.Equal($"again.pdf,{SampleReports.Sha('a')},,skipped,,,,,,,0,0,0,,", lines[3]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task CsvExport_PartialDocument_WritesItsStatusAndElementsPrintedAndRead()
    {
        var (partial, audit) = SampleReports.Partial();
        var record = DocumentRecord.FromReport("/in/partial.pdf", partial, audit);

        await CsvExport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, partial, audit)]));

        var lines = Lines("documents.csv");
        Assert.EndsWith(",errors,warnings,infos,elements_printed,elements_read", lines[0], StringComparison.Ordinal);
        Assert.Equal($"partial.pdf,{SampleReports.Sha('d')},pei-seguimiento,partial,3,,,300597,GOBIERNO REGIONAL DE AREQUIPA,REPORTE DE SEGUIMIENTO DEL PEI,1,2,0,7,5", lines[1]);
    }

    [Fact]
    public async Task JsonExport_PartialDocument_CarriesStatusAndElementsPrintedAndRead()
    {
        var (partial, audit) = SampleReports.Partial();
        var record = DocumentRecord.FromReport("/in/partial.pdf", partial, audit);

        await JsonExport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, partial, audit)]));

        var json = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(folder, "json")).Single());
        Assert.Contains("\"status\": \"partial\",", json, StringComparison.Ordinal);
        Assert.Contains("\"elementsPrinted\": 7,\n    \"elementsRead\": 5\n", json, StringComparison.Ordinal);
        Assert.Contains("\"coverage\": {", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_Indicators_OneColumnPerMeasureAndPeriod()
    {
        await CsvExport.WriteAsync(folder, Source());

        var lines = Lines("indicators.csv");
        Assert.Equal("file,page,code,name,sentido,baseline_year,baseline_value,parent_code,relevance,sentido_inferred,aggregation,unit,expected_2024,obtained_2024-S1,progress_2024-S1", lines[0]);
        Assert.Equal("pei.pdf,2,IND.01.AEI.01.01,Porcentaje de expedientes atendidos,ascendente,2021,40.5,AEI.01.01,muy-relevante,false,agregable,percent,80.00,90.40,113.00", lines[1]);
        Assert.Equal("pei.pdf,2,IND.01.AEI.01.02,\"Número de talleres, \"\"regionales\"\"\",descendente,,,AEI.01.02,relevante,true,unknown,number,12,ND,", lines[2]);
        Assert.StartsWith("clean.pdf,2,IND.01.AEI.01.01,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_Findings_HaveTheContractColumnsFirst()
    {
        await CsvExport.WriteAsync(folder, Source());

        var lines = Lines("findings.csv");
        Assert.StartsWith("file,page,rule,severity,code,period,stated,recomputed,message,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("pei.pdf,2,indicator-progress,error,IND.01.AEI.01.01,2024-S1,113.00,100.00,El avance del indicador IND.01.AEI.01.01 supera el 100%.,0.005,", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task CsvExport_LongFormats_ListObservationsActionsSummariesAndClaims()
    {
        await CsvExport.WriteAsync(folder, Source());

        Assert.Contains("pei.pdf,2,indicator,IND.01.AEI.01.02,obtained,2024-S1,ND,0,not-available,ND,t2.1,1,3", Lines("observations.csv"));
        var actions = Lines("actions.csv");
        Assert.Equal("file,page,level,code,objective_code,name,priority,progress_2024-S1,progress_2024", actions[0]);
        Assert.Equal("pei.pdf,2,objective,OEI.01,,Mejorar la gestión,,87.02,", actions[1]);
        Assert.Equal("pei.pdf,2,action,AEI.01.02,OEI.01,Talleres,2,,-", actions[3]);
        Assert.Equal("pei.pdf,3,t3.1,Tabla Resumen,actions,2024-S1,Acciones,total,[0-75%>;[75-95%>;[95-100%],0;1;1,0,2", Lines("summaries.csv")[1]);
        Assert.StartsWith("pei.pdf,3,AEI.01.01,2024-S1,progress=98.5;count=32(words 32),", Lines("claims.csv")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_SameInputTwice_AreByteIdentical()
    {
        var first = Path.Combine(folder, "first");
        var second = Path.Combine(folder, "second");
        foreach (var dir in new[] { first, second })
        {
            await CsvExport.WriteAsync(dir, Source());
            await JsonExport.WriteAsync(dir, Source());
            await HtmlReport.WriteAsync(dir, Source());
        }

        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7 + 2 + 3, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public async Task JsonExport_Document_UsesPeriodKeysBoxArraysAndKebabEnums()
    {
        await JsonExport.WriteAsync(folder, Source());

        var json = File.ReadAllText(Path.Combine(folder, "json", "pei-aaaaaaaa.json"));
        Assert.Contains("\"period\": \"2024-S1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"pei-seguimiento\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sentido\": \"ascendente\"", json, StringComparison.Ordinal);
        Assert.Contains("\"box\": [\n", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 113,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReport_Batch_ListsWorstDocumentsFirstAndCountsByRule()
    {
        var index = await HtmlReport.WriteAsync(folder, Source());

        var html = File.ReadAllText(index);
        Assert.True(html.IndexOf("broken.pdf", StringComparison.Ordinal) < html.IndexOf(">pei.pdf<", StringComparison.Ordinal));
        Assert.True(html.IndexOf(">pei.pdf<", StringComparison.Ordinal) < html.IndexOf(">clean.pdf<", StringComparison.Ordinal));
        Assert.Contains("<tr><td>indicator-progress</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"pei-aaaaaaaa.html\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public async Task HtmlReport_Document_MarksTheOffendingCellAndShowsTheAlertList()
    {
        await HtmlReport.WriteAsync(folder, Source());

        var html = File.ReadAllText(Path.Combine(folder, "report", "pei-aaaaaaaa.html"));
        Assert.Contains("<td class=\"hit\" title=\"indicator-progress: stated 113.00, recomputed 100.00\">113.00%<a class=\"tag\" href=\"#F0001\">F0001</a></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"sev error\">error</td><td>indicator-progress</td><td class=\"n\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("Número de &lt;talleres&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Porcentaje de<br>expedientes", html, StringComparison.Ordinal);
        Assert.Contains("“La AEI.01.01 alcanza un avance del 98.5%”", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("F0001", StringComparison.Ordinal) < html.IndexOf("F0002", StringComparison.Ordinal));
        AssertSelfContained(html);
    }

    [Fact]
    public async Task HtmlReport_PartialDocument_SaysSoAtTheTopListsWhatWasNotReadAndNeverThatEverythingAddsUp()
    {
        var (partial, audit) = SampleReports.Partial();
        var record = DocumentRecord.FromReport("/in/partial.pdf", partial, audit);

        await HtmlReport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, partial, audit)]));

        var html = File.ReadAllText(Path.Combine(folder, "report", "partial-dddddddd.html"));
        Assert.Contains("<b>Lectura parcial</b>: parte del informe no se leyó (1 tabla con códigos del plan; 2 de los 7 elementos impresos); sus cifras no se verificaron", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Lectura parcial", StringComparison.Ordinal) < html.IndexOf("<h2>Alerts", StringComparison.Ordinal));
        Assert.Contains("Leídos 5 de 7 elementos impresos", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>AEI.02.01</td><td class=\"n\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>IND.01.AEI.02.01</td><td class=\"n\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("la tabla t4.1 no coincide con ninguna tabla del perfil", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>t4.1</td><td class=\"n\">4</td><td class=\"n\">2</td><td>Código | Indicador | Meta</td><td>AEI.02.01, IND.01.AEI.02.01</td><td><a href=\"#F0001\">F0001</a></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Sin hallazgos en las cifras verificadas, pero la lectura es parcial", html, StringComparison.Ordinal);
        Assert.DoesNotContain(EverythingAddsUp, html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public async Task HtmlReport_CompleteDocumentWithRecomputedFigures_SaysEveryFigureAddsUp()
    {
        var html = await CompletePage(recomputed: true);

        Assert.Contains(EverythingAddsUp, html, StringComparison.Ordinal);
        Assert.Contains("Leídos 5 de 5 elementos impresos", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lectura parcial", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReport_CompleteDocumentNothingRecomputed_SaysNothingWasRecomputedNotThatEverythingAddsUp()
    {
        var html = await CompletePage(recomputed: false);

        Assert.DoesNotContain(EverythingAddsUp, html, StringComparison.Ordinal);
        Assert.Contains("No se recalculó ninguna cifra", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReport_CoverageNotMeasured_NoCoverageLineAndNoClaimThatEverythingAddsUp()
    {
        var (clean, _) = SampleReports.Clean("clean.pdf", SampleReports.Sha('b'));
        var (_, complete) = SampleReports.Complete();
        var record = DocumentRecord.FromReport("/in/clean.pdf", clean, complete);

        await HtmlReport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, clean, complete)]));

        var html = File.ReadAllText(Path.Combine(folder, "report", "clean-bbbbbbbb.html"));
        Assert.Contains("Sin hallazgos en la cifra recalculada.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(EverythingAddsUp, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Leídos", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlReport_Batch_ListsAPartialDocumentWithTheFailedBeforeOkOnes()
    {
        var (pei, peiAudit) = SampleReports.Pei();
        var (partial, partialAudit) = SampleReports.Partial();

        // More errors than the partial document: by finding counts alone it would come first.
        var ok = DocumentRecord.FromReport("/in/pei.pdf", pei, peiAudit) with { Findings = new FindingCounts(5, 0, 0) };
        var partialRecord = DocumentRecord.FromReport("/in/partial.pdf", partial, partialAudit);

        var index = await HtmlReport.WriteAsync(folder, ExportSource.InMemory([ok, partialRecord], [new StoredReport(ok, pei, peiAudit), new StoredReport(partialRecord, partial, partialAudit)]));

        var html = File.ReadAllText(index);
        Assert.True(html.IndexOf(">partial.pdf<", StringComparison.Ordinal) < html.IndexOf(">pei.pdf<", StringComparison.Ordinal));
        Assert.Contains("<td class=\"status-partial\">partial</td><td class=\"n\">3</td><td class=\"n\">5 / 7</td>", html, StringComparison.Ordinal);
        Assert.Contains(".status-failed,.status-partial{", html, StringComparison.Ordinal);
        Assert.Contains("<b>Lectura parcial</b> de 1 documento", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingList_EveryFormat_ListsErrorsThenUnreadElementsThenOtherWarningsThenInfos()
    {
        var (_, partialAudit) = SampleReports.Partial();
        var (_, peiAudit) = SampleReports.Pei();
        var info = peiAudit.Findings[1] with { Id = "F0009", Rule = RuleIds.MissingData, Severity = Severity.Info };
        var findings = new[] { info, peiAudit.Findings[1], partialAudit.Findings[1], peiAudit.Findings[0], partialAudit.Findings[2], partialAudit.Findings[0] }
            .Select(f => new FindingRecord(f.File, SampleReports.Sha('a'), null, f))
            .ToList();
        string[] expected = ["indicator-progress", "unread-table", "unread-element", "unread-element", "narrative-contradiction", "missing-data"];

        foreach (var format in Enum.GetValues<FindingFormat>())
        {
            var text = new StringWriter();
            FindingList.Write(text, findings, format);

            var rules = Regex.Matches(text.ToString(), "indicator-progress|unread-table|unread-element|narrative-contradiction|missing-data").Select(m => m.Value);
            Assert.Equal(expected, rules);
        }
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+SUM(1,2)")]
    [InlineData("@A1")]
    [InlineData("-2+3")]
    public async Task CsvExport_NamesStartingAFormula_PrefixedWithApostropheNegativeFigureStaysANumber(string hostile)
    {
        var (report, audit) = SampleReports.Hostile(hostile);
        var record = DocumentRecord.FromReport("/in/pei.pdf", report, audit);

        await CsvExport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, report, audit)]));

        var quoted = hostile.Contains(',', StringComparison.Ordinal) ? "\"'" + hostile + "\"" : "'" + hostile;
        Assert.StartsWith($"pei.pdf,{SampleReports.Sha('a')},pei-seguimiento,ok,3,,,{quoted},{quoted},{quoted},", Lines("documents.csv")[1], StringComparison.Ordinal);
        Assert.StartsWith($"pei.pdf,2,{quoted},{quoted},ascendente,2021,-3.5,{quoted},", Lines("indicators.csv")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void FindingList_CsvHostileText_PrefixedNegativeStatedFigureStaysANumber()
    {
        var finding = SampleReports.Pei().Audit.Findings[0] with { Stated = "-14.70", Recomputed = "=1+1", Message = "@SUM(A1)" };
        var text = new StringWriter();

        FindingList.Write(text, [new FindingRecord("+evil.pdf", SampleReports.Sha('a'), new EntityRef(null, "-ENTIDAD"), finding)], FindingFormat.Csv);

        var row = text.ToString().Split('\n')[1];
        Assert.StartsWith("error,'+evil.pdf,2,indicator-progress,IND.01.AEI.01.01,2024-S1,-14.70,'=1+1,'@SUM(A1),'-ENTIDAD,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingList_MdHostileText_ShowsItLiterally()
    {
        var finding = SampleReports.Pei().Audit.Findings[0] with { Message = "a|b `c` [d](e) *f* _g_ ~h~ & i\\j\nnext line" };
        var text = new StringWriter();

        FindingList.Write(text, [new FindingRecord("<img src=x onerror=alert(1)>.pdf", SampleReports.Sha('a'), null, finding)], FindingFormat.Md);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("<img", lines[2], StringComparison.Ordinal);
        Assert.Contains("| &lt;img src=x onerror=alert(1)&gt;.pdf |", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("| a\\|b \\`c\\` \\[d\\](e) \\*f\\* \\_g\\_ \\~h\\~ &amp; i\\\\j next line |", lines[2], StringComparison.Ordinal);
    }

    private const string EverythingAddsUp = "every figure that could be recomputed adds up";

    private async Task<string> CompletePage(bool recomputed)
    {
        var (complete, audit) = SampleReports.Complete(recomputed: recomputed);
        var record = DocumentRecord.FromReport("/in/complete.pdf", complete, audit);
        await HtmlReport.WriteAsync(folder, ExportSource.InMemory([record], [new StoredReport(record, complete, audit)]));
        return File.ReadAllText(Path.Combine(folder, "report", "complete-eeeeeeee.html"));
    }

    private static void AssertSelfContained(string html)
    {
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    private string[] Lines(string file) => File.ReadAllText(Path.Combine(folder, file)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static ExportSource Source()
    {
        var (pei, peiAudit) = SampleReports.Pei();
        var (clean, cleanAudit) = SampleReports.Clean("clean.pdf", SampleReports.Sha('b'));
        var peiRecord = DocumentRecord.FromReport("/in/pei.pdf", pei, peiAudit);
        var cleanRecord = DocumentRecord.FromReport("/in/clean.pdf", clean, cleanAudit);
        var broken = DocumentRecord.Failure("/in/broken.pdf", SampleReports.Sha('c'), null, "damaged", "damaged: no xref, no trailer");
        var skipped = new DocumentRecord("again.pdf", "/in/again.pdf", SampleReports.Sha('a'), DocumentStatus.Skipped, string.Empty, null, null, null, null, null, FindingCounts.None);
        return ExportSource.InMemory([peiRecord, broken, skipped, cleanRecord], [new StoredReport(peiRecord, pei, peiAudit), new StoredReport(cleanRecord, clean, cleanAudit)]);
    }
}

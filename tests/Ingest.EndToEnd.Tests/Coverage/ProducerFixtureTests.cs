using System.Text.Json;

namespace Ingest.EndToEnd.Tests.Coverage;

/// <summary>
/// Reports rendered by real PDF producers in layouts the parser was not tuned on (<c>fixtures/producers</c>, each with a
/// truth file): every printed code is counted, and a report is read whole or said to be partial, with one
/// <c>unread-element</c> per code not read. Never <c>ok</c> when it was not read.
/// </summary>
public sealed class ProducerFixtureTests
{
    /// <summary>Gets the folder of the producer fixtures.</summary>
    internal static string Folder => Path.Combine(Pipeline.RepositoryRoot(), "fixtures", "producers");

    /// <summary>Gets every producer fixture's file name, in order.</summary>
    /// <returns>The names.</returns>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_ProducerFixture_EveryPrintedCodeReadOrReported(string file)
    {
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, Path.ChangeExtension(file, null) + ".truth.json"))).RootElement;
        var codes = truth.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();

        var (report, audit) = Pipeline.Run(Path.Combine(Folder, file));

        var coverage = report.Coverage!;
        Assert.Equal(codes.Order(StringComparer.Ordinal), coverage.Printed.Select(p => p.Code).Order(StringComparer.Ordinal));
        var unread = coverage.Unread.Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(unread, audit.Findings.Where(f => f.Rule == RuleIds.UnreadElement).Select(f => f.Code!).Order(StringComparer.Ordinal));
        if (!coverage.IsPartial)
        {
            // Codes of other plans quoted for alignment (a PEI's OER / AER annex) do not count against the share read.
            Assert.True(coverage.ReadCount >= ElementCoverage.CompleteShare * coverage.OwnCount, $"ok with {coverage.ReadCount} of {coverage.OwnCount} own codes read");
            Assert.DoesNotContain(audit.Findings, f => f.Rule == RuleIds.UnreadTable);
        }
        else
        {
            Assert.True(coverage.UnreadTables.Count > 0 || coverage.ReadCount < ElementCoverage.CompleteShare * coverage.OwnCount);
        }

        foreach (var misprint in truth.GetProperty("misprints").EnumerateArray())
        {
            var printed = misprint.GetProperty("printed").GetString()!;
            var code = misprint.GetProperty("code").GetString()!;
            Assert.Contains(audit.Findings, f => f.Rule == RuleIds.SuspiciousValue && f.Code == code && f.Message == code + ": código mal escrito: " + printed + ".");
        }
    }

    [Theory]
    [InlineData("pei-seguimiento.grid.chromium.pdf")]
    [InlineData("pei-seguimiento.grid.chromium.gs.pdf")]
    [InlineData("pei-seguimiento.hrules.chromium.pdf")]
    [InlineData("pei-seguimiento.none.chromium.pdf")]
    public void Read_SeguimientoFromAnotherProducerInAnyLayout_IsReadWholeAndAddsUp(string file)
    {
        // The same content with every cell bordered, with rules under the rows only, and with no rules at all: the same
        // twelve indicators, and only the two ND figures the report really prints are findings.
        var (report, audit) = Pipeline.Run(Path.Combine(Folder, file));

        Assert.True(report.Coverage!.IsComplete);
        Assert.Equal(12, report.Indicators.Count);
        Assert.Equal(["IND.01.AEI.05.02", "IND.02.AEI.04.01"], audit.Findings.Select(f => f.Code!).Order(StringComparer.Ordinal));
        Assert.All(audit.Findings, f => Assert.Equal(RuleIds.MissingData, f.Rule));
    }

    [Theory]
    [InlineData("iei-anual.hrules.chromium.pdf")]
    [InlineData("iei-anual.hrules.chromium.cairo.pdf")]
    public void Read_IeiWithRowRulesOnlyAndTwoLineRows_EveryActionRead(string file)
    {
        // Cuadro N° 06 draws a rule under each AEI row only, its names wrap over two lines: the rows between the rules are
        // one table, not blocks of one row each.
        var (report, _) = Pipeline.Run(Path.Combine(Folder, file));

        Assert.True(report.Coverage!.IsComplete);
        Assert.Equal(12, report.Actions.Count(a => a.StatedProgress.Count > 0));
    }

    [Fact]
    public void Read_CodesWrappedMidTokenByWordProcessor_AreCountedAsPrinted()
    {
        // LibreOffice wraps IND.01.A / EI.01.01 in a narrow column, once across a page break (IND.01.A / EI.05.01 overleaf).
        var (report, _) = Pipeline.Run(Path.Combine(Folder, "pei-seguimiento.none.libreoffice.pdf"));

        var printed = report.Coverage!.Printed.Select(p => p.Code).ToList();
        Assert.Contains("IND.01.AEI.01.01", printed);
        Assert.Contains("IND.01.AEI.05.01", printed);
        Assert.DoesNotContain(printed, c => !c.StartsWith("IND.", StringComparison.Ordinal) && !c.StartsWith("AEI.", StringComparison.Ordinal));
    }
}

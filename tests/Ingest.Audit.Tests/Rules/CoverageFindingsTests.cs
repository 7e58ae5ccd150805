using Ingest.Pdf;

namespace Ingest.Audit.Tests.Rules;

/// <summary>What a report printed but the parser did not read becomes findings: unread-table, unread-element, a misprinted code.</summary>
public sealed class CoverageFindingsTests
{
    private static readonly Provenance Oei03 = new(3, new PdfRect(40, 100, 80, 110), null, null, null, "OEI.03");

    private static AuditResult Audit(ElementCoverage? coverage) => Auditor.Audit(new ReportBuilder().Objective("OEI.01", "Uno").Build() with { Coverage = coverage });

    [Fact]
    public void Audit_PrintedCodeNotRead_IsUnreadElementWarningWithPageAndReason()
    {
        var coverage = new ElementCoverage(
            [new PrintedElement("OEI.01", Oei03 with { Raw = "OEI.01" }, null), new PrintedElement("OEI.03", Oei03, null)],
            [new UnreadElement("OEI.03", UnreadReason.TableNotRecognised, "t3.1", Oei03)],
            []);

        var finding = Assert.Single(Audit(coverage).Findings, f => f.Rule == RuleIds.UnreadElement);

        Assert.Equal((Severity.Warning, "OEI.03", 3, Oei03.Box), (finding.Severity, finding.Code, finding.Location.Page, finding.Location.Box));
        Assert.Equal("OEI.03: impreso en la página 3 pero no leído (la tabla t3.1 no coincide con ninguna tabla del perfil).", finding.Message);
    }

    [Fact]
    public void Audit_TablePrintingUnreadCodes_IsUnreadTableError()
    {
        var table = new UnreadTable("t3.1", "Código | Color", 2, ["OEI.03", "OEI.04"], false, new Provenance(3, new PdfRect(30, 90, 500, 200), "t3.1", null, null, "Código | Color"));
        var coverage = new ElementCoverage([], [], [table]);

        var finding = Assert.Single(Audit(coverage).Findings, f => f.Rule == RuleIds.UnreadTable);

        Assert.Equal((Severity.Error, 3, "t3.1", "t3.1"), (finding.Severity, finding.Location.Page, finding.Location.Table, finding.Stated));
        Assert.Equal("Tabla t3.1 no leída (página 3, encabezado \"Código | Color\"): 2 códigos sin leer (OEI.03, OEI.04).", finding.Message);
    }

    [Fact]
    public void Audit_MainTableNotFound_IsUnreadTableErrorNamingTheProfileTables()
    {
        var coverage = new ElementCoverage([], [], [new UnreadTable(null, "indicators | avance-list", 0, [], true, Provenance.None)]);

        var finding = Assert.Single(Audit(coverage).Findings, f => f.Rule == RuleIds.UnreadTable);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("tabla principal", finding.Message, StringComparison.Ordinal);
        Assert.Contains("indicators | avance-list", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MisprintedCode_IsSuspiciousValueAtTheMisprint()
    {
        var misprint = Oei03 with { Raw = "OIE.03", Page = 4 };
        var coverage = new ElementCoverage([new PrintedElement("OEI.03", Oei03, misprint)], [], []);

        var finding = Assert.Single(Audit(coverage).Findings, f => f.Rule == RuleIds.SuspiciousValue);

        Assert.Equal(("OEI.03", 4, "OIE.03"), (finding.Code, finding.Location.Page, finding.Stated));
        Assert.Equal("OEI.03: código mal escrito: OIE.03.", finding.Message);
    }

    [Fact]
    public void Audit_EverythingRead_HasNoCoverageFinding()
    {
        var coverage = new ElementCoverage([new PrintedElement("OEI.01", Oei03 with { Raw = "OEI.01" }, null)], [], []);

        var findings = Audit(coverage).Findings;

        Assert.DoesNotContain(findings, f => RuleIds.Reading.Contains(f.Rule) || f.Message.Contains("mal escrito", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UnreadReason.TableNotRecognised, "la tabla t3.1 no coincide con ninguna tabla del perfil")]
    [InlineData(UnreadReason.RowNotRead, "su fila de la tabla t3.1 no se leyó")]
    [InlineData(UnreadReason.RowWithoutFigures, "su fila se leyó sin cifras: columnas no reconocidas")]
    [InlineData(UnreadReason.OtherPlan, "código de otro plan, citado como alineamiento")]
    [InlineData(UnreadReason.TextOnly, "solo aparece en el texto, fuera de toda tabla leída")]
    public void Describe_EveryReason_HasItsOwnWording(UnreadReason reason, string text)
    {
        // The HTML report and the findings share this wording; the HTML once showed an other-plan code as "text only".
        Assert.Equal(text, UnreadReasons.Describe(new UnreadElement("OER.01", reason, "t3.1", Oei03)));
    }

    [Fact]
    public void Audit_CoverageNotMeasured_HasNoCoverageFinding()
    {
        Assert.DoesNotContain(Audit(null).Findings, f => RuleIds.Reading.Contains(f.Rule));
    }
}

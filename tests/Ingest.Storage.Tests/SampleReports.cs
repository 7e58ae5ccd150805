using Ingest.Pdf;
using Ingest.Tables;

namespace Ingest.Storage.Tests;

/// <summary>Hand-built reports and audits for the storage, export and pipeline tests (the parser and auditor are other layers).</summary>
/// <remarks>Linked into the other test projects, so that one sample serves all.</remarks>
internal static class SampleReports
{
    /// <summary>Gets a fake SHA-256 made of one repeated hex digit.</summary>
    public static string Sha(char digit) => new(digit, 64);

    /// <summary>Builds a small PEI monitoring report: one objective, two actions, two indicators, a summary, a claim, one table, and two findings (one pointing at a table cell).</summary>
    public static (CeplanReport Report, AuditResult Audit) Pei(string file = "pei.pdf", string? sha256 = null)
    {
        sha256 ??= Sha('a');
        var table = Table();
        var cell = new Provenance(2, new PdfRect(300, 200, 340, 212), "t2.1", 0, 3, "113.00%");
        var ind1 = new Indicator(
            "IND.01.AEI.01.01", "Porcentaje de expedientes atendidos", "AEI.01.01", "GR AREQUIPA", "OPP", Relevance.MuyRelevante, Sentido.Ascendente, false,
            Aggregation.Agregable, IndicatorUnit.Percent, 2021, ReportValue.Of(40.5m, 1, Cell(2, 0, 1, "40.5")),
            [
                new Observation(Measure.Expected, new Period(2024), ReportValue.Of(80m, 2, Cell(2, 0, 2, "80.00"))),
                new Observation(Measure.Obtained, new Period(2024, 1), ReportValue.Of(90.4m, 2, Cell(2, 0, 3, "90.40"))),
                new Observation(Measure.StatedProgress, new Period(2024, 1), ReportValue.Of(113m, 2, cell, ValueUnit.Percent)),
            ],
            new Provenance(2, new PdfRect(40, 200, 120, 212), "t2.1", 0, 0, "IND.01.AEI.01.01"));
        var ind2 = new Indicator(
            "IND.01.AEI.01.02", "Número de talleres, \"regionales\"", "AEI.01.02", null, null, Relevance.Relevante, Sentido.Descendente, true,
            Aggregation.Unknown, IndicatorUnit.Number, null, ReportValue.MissingValue(MissingReason.Blank),
            [
                new Observation(Measure.Expected, new Period(2024), ReportValue.Of(12m, 0)),
                new Observation(Measure.Obtained, new Period(2024, 1), ReportValue.MissingValue(MissingReason.NotAvailable, Cell(2, 1, 3, "ND"))),
            ],
            new Provenance(2, new PdfRect(40, 214, 120, 226), "t2.1", 1, 0, "IND.01.AEI.01.02"));
        var entity = new EntityInfo("300597", "GOBIERNO REGIONAL DE AREQUIPA", "R - GOBIERNOS REGIONALES", new Place("04", "AREQUIPA"), null, null);
        var info = new DocumentInfo(file, sha256, new Classification(ReportKind.PeiSeguimiento, 0.95, ["title"]), "REPORTE DE SEGUIMIENTO DEL PEI", entity, new PlanInfo("PEI", 2022, 2027, "2022 - 2027"), new Period(2024, 1), 3, "CEPLAN");
        var report = new CeplanReport(
            info,
            [new Objective("OEI.01", "Mejorar la gestión", null, [new PeriodValue(new Period(2024, 1), ReportValue.Of(87.02m, 2))], new Provenance(2, null, "t2.1", null, null, "OEI.01"))],
            [
                new StrategicAction("AEI.01.01", "OEI.01", "Expedientes", 1, [new PeriodValue(new Period(2024, 1), ReportValue.Of(100m, 2))], new Provenance(2, null, null, null, null, "AEI.01.01")),
                new StrategicAction("AEI.01.02", "OEI.01", "Talleres", 2, [new PeriodValue(new Period(2024), ReportValue.MissingValue(MissingReason.Dash))], new Provenance(2, null, null, null, null, "AEI.01.02")),
            ],
            [ind1, ind2],
            [],
            [new SummaryTable("t3.1", "Tabla Resumen", SummarySubject.Actions, new Period(2024, 1), ["[0-75%>", "[75-95%>", "[95-100%]"], [new SummaryRow("Acciones", RowRole.Total, [ReportValue.Of(0m, 0), ReportValue.Of(1m, 0), ReportValue.Of(1m, 0)], ReportValue.Of(0m, 0), ReportValue.Of(2m, 0), new Provenance(3, null, "t3.1", 0, null, "Acciones"))], new Provenance(3, null, "t3.1", null, null, "Tabla Resumen"))],
            [new StatedFigure(StatedFigureKind.ReportAverage, "Avance promedio de AEI", "AEI", new Period(2024, 1), ReportValue.Of(100m, 2, new Provenance(3, null, null, null, null, "100.00%")))],
            [new NarrativeClaim("La AEI.01.01 alcanza un avance del 98.5%, treinta y dos (32) talleres.", "AEI.01.01", new Period(2024, 1), [new ClaimNumber(ClaimRole.Progress, ReportValue.Of(98.5m, 1)), new ClaimNumber(ClaimRole.Count, ReportValue.Of(32m, 0), "talleres", "treinta y dos", 32m)], new Provenance(3, new PdfRect(40, 500, 500, 512), null, null, null, "La AEI.01.01 alcanza un avance del 98.5%"))],
            [table],
            []);
        var findings = new List<Finding>
        {
            new("F0001", RuleIds.IndicatorProgress, Severity.Error, file, cell, "IND.01.AEI.01.01", "2024-S1", "113.00", "100.00", 0.005m, "Ascending: min(100, 90.40 / 80.00 * 100); the cap at 100 was not applied.", "El avance del indicador IND.01.AEI.01.01 supera el 100%."),
            new("F0002", RuleIds.NarrativeContradiction, Severity.Warning, file, new Provenance(3, new PdfRect(40, 500, 500, 512), null, null, null, "La AEI.01.01 alcanza un avance del 98.5%"), "AEI.01.01", "2024-S1", "98.5", "100.00", 0.05m, "The table states 100.00.", "La narrativa dice 98.5% y la tabla 100.00%."),
        };
        var reconciled = new List<ReconciledFigure>
        {
            new("IND.01.AEI.01.01", "avance-tipo-i", "2024-S1", "113.00", "100.00", ReconcileStatus.Differs, "F0001", null, cell),
            new("IND.01.AEI.01.02", "avance-tipo-i", "2024-S1", "ND", null, ReconcileStatus.NotComputable, null, "VO is ND", Provenance.None),
        };
        return (report, new AuditResult(findings, reconciled));
    }

    /// <summary>Builds <see cref="Pei"/> with every text read from the PDF (entity, title, codes, names, labels, sentences,
    /// raw cell texts, finding texts) replaced by <paramref name="text"/>, and a baseline value of -3.5.</summary>
    /// <remarks>For the tests of what the outputs do with a hostile text (a spreadsheet formula, markup).</remarks>
    public static (CeplanReport Report, AuditResult Audit) Hostile(string text, string file = "pei.pdf")
    {
        var (pei, audit) = Pei(file);
        Provenance Source(Provenance p) => p with { Raw = text, Table = text };
        ReportValue Value(ReportValue v) => v with { Source = Source(v.Source) };
        var report = pei with
        {
            Document = pei.Document with { Title = text, Entity = pei.Document.Entity! with { Code = text, Name = text } },
            Objectives = [.. pei.Objectives.Select(o => o with { Code = text, Name = text, Source = Source(o.Source), StatedProgress = [.. o.StatedProgress.Select(p => p with { Value = Value(p.Value) })] })],
            Actions = [.. pei.Actions.Select(a => a with { Code = text, ObjectiveCode = text, Name = text, Source = Source(a.Source), StatedProgress = [.. a.StatedProgress.Select(p => p with { Value = Value(p.Value) })] })],
            Indicators = [.. pei.Indicators.Select(n => n with
            {
                Code = text, Name = text, ParentCode = text, Source = Source(n.Source), BaselineValue = ReportValue.Of(-3.5m, 1, Source(n.Source)),
                Observations = [.. n.Observations.Select(o => o with { Value = Value(o.Value) })],
            })],
            Summaries = [.. pei.Summaries.Select(s => s with { Id = text, Title = text, Bins = [text, text, text], Rows = [.. s.Rows.Select(r => r with { Label = text, Source = Source(r.Source) })] })],
            Claims = [.. pei.Claims.Select(c => c with { Sentence = text, SubjectCode = text, Source = Source(c.Source) })],
        };
        var findings = audit.Findings
            .Select(f => f with { Id = text, Rule = text, Code = text, Period = text, Stated = text, Recomputed = text, Explanation = text, Message = text, Location = Source(f.Location) })
            .ToList();
        return (report, audit with { Findings = findings });
    }

    /// <summary>Builds a report without findings for another file.</summary>
    public static (CeplanReport Report, AuditResult Audit) Clean(string file, string sha256)
    {
        var (report, _) = Pei(file, sha256);
        return (report with { Document = report.Document with { Entity = new EntityInfo("100200", "MUNICIPALIDAD DE PRUEBA", null, null, null, null) } }, new AuditResult([], []));
    }

    /// <summary>
    /// Builds a partial report: the PEI sample's model, whose coverage says that 5 of the 7 printed codes were read and that
    /// table t4.1 (page 4, printing AEI.02.01 and IND.01.AEI.02.01) was not; its audit holds only the coverage findings
    /// (an <c>unread-table</c> error, two <c>unread-element</c> warnings) and one recomputed figure that adds up.
    /// </summary>
    public static (CeplanReport Report, AuditResult Audit) Partial(string file = "partial.pdf", string? sha256 = null)
    {
        sha256 ??= Sha('d');
        var (report, _) = Pei(file, sha256);
        var header = "Código | Indicador | Meta";
        var tableSource = new Provenance(4, new PdfRect(40, 100, 560, 300), "t4.1", null, null, header);
        var aei = new Provenance(4, new PdfRect(40, 120, 100, 132), null, null, null, "AEI.02.01");
        var ind = new Provenance(4, new PdfRect(40, 134, 120, 146), null, null, null, "IND.01.AEI.02.01");
        var printed = Read.Select(code => new PrintedElement(code, new Provenance(2, null, null, null, null, code), null))
            .Concat([new PrintedElement("AEI.02.01", aei, null), new PrintedElement("IND.01.AEI.02.01", ind, null)])
            .ToList();
        var coverage = new ElementCoverage(
            printed,
            [new UnreadElement("AEI.02.01", UnreadReason.TableNotRecognised, "t4.1", aei), new UnreadElement("IND.01.AEI.02.01", UnreadReason.TableNotRecognised, "t4.1", ind)],
            [new UnreadTable("t4.1", header, 2, ["AEI.02.01", "IND.01.AEI.02.01"], false, tableSource)]);
        var findings = new List<Finding>
        {
            new("F0001", RuleIds.UnreadTable, Severity.Error, file, tableSource, null, null, header, string.Empty, null, "La tabla t4.1 (página 4, 2 filas) imprime 2 códigos que no se leyeron en ninguna otra parte.", "Tabla t4.1 no leída (página 4, encabezado \"" + header + "\"): 2 códigos sin leer (AEI.02.01, IND.01.AEI.02.01)."),
            new("F0002", RuleIds.UnreadElement, Severity.Warning, file, aei, "AEI.02.01", null, "AEI.02.01", string.Empty, null, "El código AEI.02.01 está impreso pero no se leyó.", "AEI.02.01: impreso en la página 4 pero no leído (la tabla t4.1 no coincide con ninguna tabla del perfil)."),
            new("F0003", RuleIds.UnreadElement, Severity.Warning, file, ind, "IND.01.AEI.02.01", null, "IND.01.AEI.02.01", string.Empty, null, "El código IND.01.AEI.02.01 está impreso pero no se leyó.", "IND.01.AEI.02.01: impreso en la página 4 pero no leído (la tabla t4.1 no coincide con ninguna tabla del perfil)."),
        };
        return (report with { Coverage = coverage }, new AuditResult(findings, [ConsistentFigure()]));
    }

    /// <summary>Builds a report without findings whose every printed code was read (5 of 5), with one recomputed figure that adds up, or none.</summary>
    public static (CeplanReport Report, AuditResult Audit) Complete(string file = "complete.pdf", string? sha256 = null, bool recomputed = true)
    {
        sha256 ??= Sha('e');
        var (report, _) = Pei(file, sha256);
        var coverage = new ElementCoverage([.. Read.Select(code => new PrintedElement(code, new Provenance(2, null, null, null, null, code), null))], [], []);
        var notComputable = new ReconciledFigure("IND.01.AEI.01.02", "avance-tipo-i", "2024-S1", "ND", null, ReconcileStatus.NotComputable, null, "VO is ND", Provenance.None);
        return (report with { Coverage = coverage }, new AuditResult([], recomputed ? [ConsistentFigure(), notComputable] : [notComputable]));
    }

    /// <summary>Gets the codes the PEI sample's model holds.</summary>
    private static string[] Read => ["OEI.01", "AEI.01.01", "IND.01.AEI.01.01", "AEI.01.02", "IND.01.AEI.01.02"];

    private static ReconciledFigure ConsistentFigure() => new("AEI.01.01", "action-avance", "2024-S1", "100.00", "100.00", ReconcileStatus.Consistent, null, null, new Provenance(2, null, null, null, null, "100.00"));

    private static Provenance Cell(int page, int row, int column, string raw) => new(page, null, "t2.1", row, column, raw);

    private static LogicalTable Table()
    {
        var box = new PdfRect(40, 180, 560, 230);
        var cells = new List<Cell>
        {
            new(0, 0, 1, 1, new PdfRect(40, 200, 120, 212), "IND.01.AEI.01.01"),
            new(0, 1, 1, 1, new PdfRect(120, 200, 200, 212), "Porcentaje de\nexpedientes"),
            new(0, 2, 1, 1, new PdfRect(200, 200, 300, 212), "80.00"),
            new(0, 3, 1, 1, new PdfRect(300, 200, 340, 212), "113.00%"),
            new(1, 0, 1, 1, new PdfRect(40, 214, 120, 226), "IND.01.AEI.01.02"),
            new(1, 1, 1, 1, new PdfRect(120, 214, 200, 226), "Número de <talleres>"),
            new(1, 2, 1, 1, new PdfRect(200, 214, 300, 226), "12"),
            new(1, 3, 1, 1, new PdfRect(300, 214, 340, 226), "ND"),
        };
        var part = new Table(2, box, cells, 2, 4);
        return new LogicalTable(
            "t2.1",
            [new TableColumn(0, ["Código"]), new TableColumn(1, ["Indicador"]), new TableColumn(2, ["Logro esperado", "2024"]), new TableColumn(3, ["Avance", "2024", "Sem1"])],
            [new TableRow(2, new PdfRect(40, 200, 560, 212), [cells[0], cells[1], cells[2], cells[3]]), new TableRow(2, new PdfRect(40, 214, 560, 226), [cells[4], cells[5], cells[6], cells[7]])],
            [part]);
    }
}

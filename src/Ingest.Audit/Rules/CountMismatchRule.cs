using Ingest.Ceplan.Normalisation;

namespace Ingest.Audit.Rules;

/// <summary><c>count-mismatch</c>: a stated count ("contiene (04) Acciones", "34 AEI") differs from the items listed.</summary>
internal sealed partial class CountMismatchRule : IAuditRule
{
    public string Id => RuleIds.CountMismatch;

    public void Check(AuditContext context)
    {
        foreach (var claim in context.Report.Claims.Where(c => !BinCount().IsMatch(c.Sentence)))
        {
            foreach (var number in claim.Numbers.Where(n => n.Role == ClaimRole.Count && n.Value.HasValue && n.CountOf is not null && !IsIndicatorFigure(claim, n)))
            {
                Check(context, claim.SubjectCode, number.CountOf!, number.Value, claim.Source);
            }
        }

        foreach (var figure in context.Report.StatedFigures.Where(f => f.Kind == StatedFigureKind.Count && f.Value.HasValue))
        {
            var scopeIsCode = CeplanCode.TryRead(figure.Scope, out var code);
            Check(context, scopeIsCode ? code.Code : null, scopeIsCode ? figure.Label : figure.Scope, figure.Value, figure.Value.Source);
        }
    }

    private void Check(AuditContext context, string? subject, string countOf, ReportValue stated, Provenance location)
    {
        if (Listed(context.Report, subject, countOf) is not { } listed || listed.Count == 0)
        {
            return;
        }

        if (subject is null && countOf == "IND" && IndicatorSummaryTotals(context.Report).Contains(stated.Value!.Value))
        {
            // Seed 000: "34 AEI, cuya implementación ... fue medido a través de 34 indicadores" counts what its desempeño table
            // (Cuadro 05, "Total de Indicadores por AEI" 34) counts, one per action, not the indicators the PEI lists by name;
            // that table is checked against its rows by summary-count.
            context.Reconciled.Add(new ReconciledDraft(countOf, "count", null, stated.ToString(), stated.ToString(), ReconcileStatus.Consistent, "el TOTAL de la tabla resumen de indicadores", location));
            return;
        }

        var count = (int)stated.Value!.Value;
        var name = (subject is null ? string.Empty : subject + ": ") + countOf;
        var agrees = count == listed.Count && stated.Value == count;
        var reconciled = new ReconciledDraft(name, "count", null, stated.ToString(), Invariant.Count(listed.Count),
            agrees ? ReconcileStatus.Consistent : ReconcileStatus.Differs, "listados: " + string.Join(", ", listed), location);
        context.Reconciled.Add(reconciled);
        if (agrees)
        {
            return;
        }

        var finding = new FindingDraft(
            Id, Severity.Error, location, subject, null, stated.ToString(), Invariant.Count(listed.Count), null,
            "El texto indica " + stated + " " + countOf + (subject is null ? string.Empty : " para " + subject) + ", pero el reporte lista " + Invariant.Count(listed.Count) + ": " + string.Join(", ", listed) + ".",
            (subject is null ? string.Empty : subject + ": ") + "el texto indica " + stated + " " + countOf + " pero se listan " + Invariant.Count(listed.Count) + ".");
        context.Add(finding);
        reconciled.Finding = finding;
    }

    private static IEnumerable<decimal> IndicatorSummaryTotals(CeplanReport report)
        => report.Summaries.Where(t => t.Subject is SummarySubject.Indicators or SummarySubject.Actions)
            .SelectMany(t => t.Rows.Where(r => r.Role == RowRole.Total))
            .Select(r => r.Total?.Value ?? (r.Counts.All(c => c.HasValue) ? r.Counts.Sum(c => c.Value!.Value) + (r.NotAvailable?.Value ?? 0m) : null))
            .OfType<decimal>();

    private static List<string>? Listed(CeplanReport report, string? subject, string countOf)
    {
        var what = Names.Fold(countOf);
        if (what.Contains("AEI", StringComparison.Ordinal) || what.Contains("AER", StringComparison.Ordinal) || what.StartsWith("ACCION", StringComparison.Ordinal))
        {
            return report.Actions.Where(a => subject is null || string.Equals(a.ObjectiveCode, subject, StringComparison.Ordinal)).Select(a => a.Code).Distinct(StringComparer.Ordinal).ToList();
        }

        if (what.Contains("OEI", StringComparison.Ordinal) || what.Contains("OER", StringComparison.Ordinal) || what.StartsWith("OBJETIVO", StringComparison.Ordinal))
        {
            return subject is null ? report.Objectives.Select(o => o.Code).Distinct(StringComparer.Ordinal).ToList() : null;
        }

        if (what.StartsWith("IND", StringComparison.Ordinal))
        {
            return report.Indicators
                .Where(i => subject is null || string.Equals(i.ParentCode, subject, StringComparison.Ordinal) || i.ParentCode.StartsWith("A" + subject[1..] + ".", StringComparison.Ordinal))
                .Select(i => i.Code).Distinct(StringComparer.Ordinal).ToList();
        }

        if (subject is not null && (what.Contains("UNIDAD", StringComparison.Ordinal) || what.Contains("AREA", StringComparison.Ordinal)))
        {
            var table = report.FigureTables.FirstOrDefault(t => string.Equals(t.SubjectCode, subject, StringComparison.Ordinal));
            return table?.Rows.Where(r => r.Role == RowRole.Item).Select(r => r.Label).ToList();
        }

        return null;
    }

    /// <summary>Whether a count of plain "acciones" is an indicator's figure, not a count of the plan's actions (seed 000: "El
    /// indicador Número de acciones de control implementado, teniendo programado como meta anual 56 acciones ..., se ha logrado
    /// implementar 66 acciones").</summary>
    private static bool IsIndicatorFigure(NarrativeClaim claim, ClaimNumber number)
        => number.CountOf == "acciones" && IndicatorTarget().IsMatch(claim.Sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bindicador\b[^.]*\b(?:meta|programad[oa]|logr[oó]|logrado)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex IndicatorTarget();

    /// <summary>A count of the items in one semáforo bin ("Siete (07) OER obtuvieron un nivel de cumplimiento por debajo del
    /// 75%", "Cuatro (04) OER no cuentan con valor obtenido", seed 003's "17 AER reportan indicadores con nivel de cumplimiento
    /// por debajo del 75%", "23 acciones muestran avances altos ..., otras 17 no alcanzan los niveles esperados y cinco carecen
    /// de información", "23 AER alcanzan desempeño alto, 17 se encuentran por debajo del 75%", seed 000's "24 indicadores han obtenido un desempeño
    /// alto", "2 OEI no ha logrado superar el 75 %" and "solo (02) Objetivos Estratégicos cuentan con un indicador con logro
    /// esperado por debajo del 75%"): it describes a summary table,
    /// not the items listed.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:obtuvieron|obtuvo|presentan|alcanzaron|alcanzan|han\s+obtenido)\s+(?:un\s+)?(?:nivel\s+de\s+(?:cumplimiento|desempe[ñn]o|avance)|desempe[ñn]o\s+(?:alto|medio|bajo))|\breportan?\s+indicadores\s+con\s+(?:un\s+)?nivel\s+de\s+cumplimiento|\bmuestran\s+avances\s+(?:altos|medios|bajos)|\bno\s+alcanzan\s+los\s+niveles\s+esperados|\bse\s+encuentran?\s+por\s+debajo\s+del|\bno\s+cuentan?\s+con\s+(?:valor|informaci[oó]n)|\bcarecen?\s+de\s+informaci[oó]n|\bsin\s+informaci[oó]n\s+disponible|\bsuperar\s+el\s+\d+\s*%|\bcon\s+(?:un\s+)?indicador\s+con\s+logro\s+esperado\s+por\s+debajo\s+del?\s+\d+\s*%", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BinCount();
}

using Ingest.Ceplan.Normalisation;

namespace Ingest.Audit.Rules;

/// <summary><c>suspicious-value</c>: obtained equal to the baseline in every period, duplicate action names under different codes, damaged codes, totals over heterogeneous units.</summary>
internal sealed class SuspiciousValueRule : IAuditRule
{
    private static readonly string[] Prefixes = ["IND", "OEI", "AEI", "OER", "AER"];

    public string Id => RuleIds.SuspiciousValue;

    public void Check(AuditContext context)
    {
        ObtainedEqualsBaseline(context);
        DuplicateNames(context);
        DamagedCodes(context);
        HeterogeneousTotals(context);
    }

    private void ObtainedEqualsBaseline(AuditContext context)
    {
        foreach (var indicator in context.Report.Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal))
        {
            if (indicator.BaselineValue.Value is not { } baseline)
            {
                continue;
            }

            var obtained = indicator.Observations.Where(o => o.Measure == Measure.Obtained && o.Value.HasValue).ToList();
            if (obtained.Count == 0 || obtained.Any(o => o.Value.Value != baseline))
            {
                continue;
            }

            context.Add(new FindingDraft(
                Id, Severity.Warning, obtained[0].Value.Source, indicator.Code, obtained.Count == 1 ? obtained[0].Period.ToString() : null,
                string.Join(';', obtained.Select(o => o.Value.ToString())), indicator.BaselineValue.ToString(), null,
                "El valor obtenido es igual a la línea base (" + indicator.BaselineValue + ") en todos los periodos con valor (" + string.Join(", ", obtained.Select(o => o.Period.ToString())) + "): puede haberse copiado la línea base en lugar de una medición.",
                indicator.Code + ": el valor obtenido es igual a la línea base (" + indicator.BaselineValue + ") en todos los periodos."));
        }
    }

    private void DuplicateNames(AuditContext context)
    {
        var groups = context.Report.Actions
            .GroupBy(a => Names.Fold(a.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count() > 1);
        foreach (var group in groups)
        {
            var actions = group.DistinctBy(a => a.Code, StringComparer.Ordinal).ToList();
            var codes = string.Join(';', actions.Select(a => a.Code));
            context.Add(new FindingDraft(
                Id, Severity.Warning, actions[1].Source, actions[1].Code, null, codes, string.Empty, null,
                "Las acciones " + string.Join(", ", actions.Select(a => a.Code)) + " tienen el mismo nombre \"" + actions[0].Name + "\".",
                string.Join(" y ", actions.Select(a => a.Code)) + " tienen el mismo nombre: \"" + actions[0].Name + "\"."));
        }
    }

    private void DamagedCodes(AuditContext context)
    {
        var report = context.Report;
        var sources = report.Objectives.Select(o => o.Source)
            .Concat(report.Actions.Select(a => a.Source))
            .Concat(report.Indicators.Select(i => i.Source))
            .Concat(report.FigureTables.SelectMany(t => t.Rows).Select(r => r.Source));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var code in CeplanCode.ReadAll(source.Raw))
            {
                // A misprinted kind (OIE.03) is reported from the report's coverage, at its first printing.
                if (!code.Repaired || (code.Misprinted && report.Coverage is not null) || !seen.Add(code.Raw) || !Damaged(code))
                {
                    continue;
                }

                context.Add(new FindingDraft(
                    Id, Severity.Warning, source, code.Code, null, code.Raw, code.Code, null,
                    "El código está impreso dañado como \"" + code.Raw + "\"; se lee como " + code.Code + ".",
                    code.Code + ": el código está impreso dañado como \"" + code.Raw + "\"."));
            }
        }
    }

    /// <summary>A code is damaged when its kind letters are truncated or wrong (<c>D.02.AER.10.01</c>); stray spaces or points are only spelling.</summary>
    private static bool Damaged(CeplanCode code)
    {
        var raw = code.Raw.TrimStart();
        var letters = new string(raw.TakeWhile(char.IsLetter).ToArray()).ToUpperInvariant();
        var expected = code.Code[..3];
        return !string.Equals(letters, expected, StringComparison.Ordinal) || !Prefixes.Contains(letters, StringComparer.Ordinal)
            || (code.IsIndicator && !raw.Contains(code.Code[8..11], StringComparison.OrdinalIgnoreCase));
    }

    private void HeterogeneousTotals(AuditContext context)
    {
        foreach (var table in context.Report.FigureTables)
        {
            foreach (var (aggregate, items) in FigureTables.Aggregates(table).Where(a => a.Aggregate.Role is RowRole.Total or RowRole.Subtotal))
            {
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    if (table.Columns[column].Role is not (ColumnRole.Count or ColumnRole.Programmed or ColumnRole.Executed or ColumnRole.Amount))
                    {
                        continue;
                    }

                    var values = items.Select(r => FigureTables.At(r, column)?.Value).Where(v => v is { } x && x != 0m).Select(v => Math.Abs(v!.Value)).ToList();
                    if (values.Count < 2 || values.Max() < values.Min() * context.Options.HeterogeneousRatio || FigureTables.At(aggregate, column) is not { } total)
                    {
                        continue;
                    }

                    context.Add(new FindingDraft(
                        Id, Severity.Warning, total.Source, table.SubjectCode ?? aggregate.Code, null, total.ToString(), string.Empty, null,
                        "El total de \"" + table.Columns[column].Name + "\" en \"" + table.Title + "\" suma filas de " + Invariant.Format(values.Min(), 0) + " a " + Invariant.Format(values.Max(), 0)
                            + ": cantidades de unidades distintas (documentos, soles, acciones) sumadas entre sí.",
                        (table.SubjectCode ?? table.Title) + ": el total de \"" + table.Columns[column].Name + "\" suma cantidades heterogéneas (de " + Invariant.Format(values.Min(), 0) + " a " + Invariant.Format(values.Max(), 0) + ")."));
                    break;
                }
            }
        }
    }
}

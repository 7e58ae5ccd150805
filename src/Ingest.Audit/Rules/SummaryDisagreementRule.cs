namespace Ingest.Audit.Rules;

/// <summary><c>summary-disagreement</c>: two summary tables of one report (or a table and the text that describes it) count the same subject and period differently.</summary>
internal sealed partial class SummaryDisagreementRule : IAuditRule
{
    public string Id => RuleIds.SummaryDisagreement;

    public void Check(AuditContext context)
    {
        var groups = context.Report.Summaries.GroupBy(s => (s.Subject, Period: s.Period ?? context.EvaluatedPeriod));
        foreach (var group in groups)
        {
            var tables = group.ToList();
            for (var i = 1; i < tables.Count; i++)
            {
                // Compare with the most complete earlier table first, and report each table once.
                var earlier = tables.Take(i).OrderByDescending(t => SummaryCounts.Overall(t)?.Count(c => c.HasValue) ?? 0).ToList();
                foreach (var reference in earlier)
                {
                    if (Compare(context, reference, tables[i], group.Key.Period))
                    {
                        break;
                    }
                }
            }
        }

        CompareText(context);
    }

    /// <summary>
    /// Compares the counts the text gives for one semáforo bin (seed 003, section 1.3: "quince Acciones Estratégicas Regionales
    /// (AER) presentan un nivel de cumplimiento bajo", "siete AER sin información disponible") with the summary tables of that
    /// subject and year: one finding per subject when no table agrees with every count the text gives.
    /// </summary>
    private void CompareText(AuditContext context)
    {
        var stated = new Dictionary<SummarySubject, (int? Low, int? NotAvailable, int Year, Provenance Source)>();
        foreach (var claim in context.Report.Claims)
        {
            var folded = Names.Fold(claim.Sentence);
            var low = LowBin().IsMatch(folded);
            var missing = NotAvailableBin().IsMatch(folded);
            var year = Year().Match(folded);
            if (low == missing || !year.Success)
            {
                continue;
            }

            foreach (var number in claim.Numbers.Where(n => n.Role == ClaimRole.Count && n.Value.HasValue))
            {
                SummarySubject? subject = number.CountOf switch
                {
                    "OER" or "OEI" => SummarySubject.Objectives,
                    "AER" or "AEI" => SummarySubject.Actions,
                    _ => null,
                };
                if (subject is not { } key)
                {
                    continue;
                }

                var count = (int)number.Value.Value!.Value;
                var y = int.Parse(year.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                var entry = stated.TryGetValue(key, out var e) ? e : (null, null, y, number.Value.Source);
                stated[key] = low ? entry with { Low = count } : entry with { NotAvailable = count };
            }
        }

        foreach (var (subject, text) in stated)
        {
            var tables = context.Report.Summaries
                .Where(t => t.Subject == subject && (t.Period ?? context.EvaluatedPeriod) is { } p && p.Year == text.Year && p.EndYear is null && t.Rows.Any(r => r.NotAvailable is not null))
                .Select(t => (Table: t, Counts: SummaryCounts.Overall(t)))
                .Where(x => x.Counts is { Length: > 1 })
                .ToList();
            if (tables.Count == 0
                || tables.Any(x => (text.Low is null || x.Counts![0] == text.Low) && (text.NotAvailable is null || x.Counts![^1] == text.NotAvailable)))
            {
                continue;
            }

            var (table, counts) = tables[0];
            var said = "bajo " + Show(text.Low) + ", ND " + Show(text.NotAvailable);
            var printed = "bajo " + Show(counts![0]) + ", ND " + Show(counts[^1]);
            context.Add(new FindingDraft(
                Id, Severity.Error, text.Source, null, text.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Show(text.Low) + ";" + Show(text.NotAvailable), Show(counts[0]) + ";" + Show(counts[^1]), null,
                "El texto cuenta " + said + " para " + SpanishTerms.Name(subject) + " en " + text.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", donde \"" + table.Title + "\" registra " + printed + ".",
                "El texto indica " + Show(text.Low) + " en el nivel bajo y " + Show(text.NotAvailable) + " sin información pero " + table.Title + " registra " + Show(counts[0]) + " y " + Show(counts[^1])
                    + " (" + text.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")."));
        }
    }

    private static string Show(int? count) => count is { } c ? Invariant.Count(c) : "-";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:NIVEL DE CUMPLIMIENTO BAJO|DESEMPENO BAJO|SEMAFORIZACION EN ROJO)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LowBin();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:SIN INFORMACION DISPONIBLE|NO CUENTAN? CON VALOR OBTENIDO|CARECEN DE INFORMACION)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NotAvailableBin();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)\d{2}\b(?!\s*-\s*\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Year();

    private bool Compare(AuditContext context, SummaryTable first, SummaryTable other, Period? period)
    {
        if (SummaryCounts.Overall(first) is not { } a || SummaryCounts.Overall(other) is not { } b || a.Length != b.Length)
        {
            return false;
        }

        var hasNd = first.Rows.Any(r => r.NotAvailable is not null) && other.Rows.Any(r => r.NotAvailable is not null);
        var length = hasNd ? a.Length : a.Length - 1;
        var common = Enumerable.Range(0, length).Where(i => a[i].HasValue && b[i].HasValue).ToList();
        if (common.Count == 0 || common.All(i => a[i] == b[i]))
        {
            return false;
        }

        var x = Show(a, length);
        var y = Show(b, length);
        var location = (other.Rows.FirstOrDefault(r => r.Role == RowRole.Total) ?? other.Rows.FirstOrDefault())?.Source ?? other.Source;
        context.Add(new FindingDraft(
            Id, Severity.Error, location, null, Invariant.Period(period), y, x, null,
            "\"" + other.Title + "\" registra " + y + " (tramos" + (hasNd ? " y luego ND" : string.Empty) + "), donde \"" + first.Title + "\" registra " + x + " para los mismos elementos y periodo.",
            other.Title + " registra (" + y.Replace(";", ", ", StringComparison.Ordinal) + ") pero " + first.Title + " registra ("
                + x.Replace(";", ", ", StringComparison.Ordinal) + ")" + Invariant.PeriodSuffix(period) + "."));
        return true;
    }

    private static string Show(int?[] counts, int length) => string.Join(';', counts.Take(length).Select(c => c is { } v ? Invariant.Count(v) : "-"));
}

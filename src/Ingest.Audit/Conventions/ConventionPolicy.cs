namespace Ingest.Audit.Conventions;

/// <summary>
/// Turns discrepancies into findings. A figure reproduced by a harmless convention (relevance not printed, sentido inferred) is
/// not an inconsistency. A convention the report follows consistently (at least twice in a rule, or for the only figure the
/// rule checks; rounding conventions always) gets one warning that lists the figures. Anything else, including a figure that
/// departs from the report's own convention, is an error whose explanation names the conventions tried.
/// </summary>
internal static class ConventionPolicy
{
    public static void Resolve(AuditContext context)
    {
        var pending = new List<Discrepancy>();
        foreach (var discrepancy in context.Discrepancies)
        {
            if (discrepancy.Reproducing.FirstOrDefault(a => a.Convention.Harmless) is { } harmless)
            {
                if (discrepancy.Reconciled is { } reconciled)
                {
                    reconciled.Status = ReconcileStatus.Consistent;
                    reconciled.Reason = "reproducida con " + harmless.Describe();
                }

                continue;
            }

            pending.Add(discrepancy);
        }

        var groups = new Dictionary<(string Rule, Convention Convention), List<Discrepancy>>();
        var errors = new List<Discrepancy>();
        var dominant = pending
            .GroupBy(d => d.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Dominant(context, g.Key, g.ToList()), StringComparer.Ordinal);
        var roundingUse = Convention.All.Where(c => c.RoundingOnly)
            .ToDictionary(c => c, c => pending.Count(d => d.Reproducing.Any(a => a.Convention == c)));
        foreach (var discrepancy in pending)
        {
            var own = dominant[discrepancy.Rule];
            var chosen = own is not null && discrepancy.Reproducing.Any(a => a.Convention == own) ? own
                : discrepancy.Reproducing.Where(a => a.Convention.RoundingOnly).OrderByDescending(a => roundingUse[a.Convention]).FirstOrDefault()?.Convention;
            if (chosen is null)
            {
                errors.Add(discrepancy);
                continue;
            }

            var key = chosen.RoundingOnly ? (string.Empty, chosen) : (discrepancy.Rule, chosen);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(discrepancy);
        }

        foreach (var discrepancy in errors)
        {
            var own = dominant[discrepancy.Rule];
            var explanation = discrepancy.Explanation + " " + Tried(discrepancy, own);
            var finding = new FindingDraft(
                discrepancy.Rule,
                Severity.Error,
                discrepancy.Location,
                discrepancy.Code,
                discrepancy.Period?.ToString(),
                discrepancy.Stated.ToString(),
                Invariant.Recomputed(discrepancy.Recomputed, discrepancy.Stated),
                discrepancy.Stated.Tolerance,
                explanation,
                discrepancy.Message);
            context.Add(finding);
            if (discrepancy.Reconciled is { } reconciled)
            {
                reconciled.Finding = finding;
            }
        }

        foreach (var ((_, convention), list) in groups)
        {
            var first = list[0];
            var codes = list.Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
            var periods = list.Select(d => d.Period).Distinct().ToList();
            var figures = string.Join(", ", list.Select(d => d.Subject + Invariant.PeriodSuffix(d.Period) + " " + d.Stated + " vs " + Invariant.Recomputed(d.Recomputed, d.Stated)));
            var details = string.Join("; ", list.Select(d => d.Reproducing.First(a => a.Convention == convention).Detail).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
            var explanation = "El reporte sigue una convención distinta de la regla CEPLAN: " + convention.Description
                + (details.Length > 0 ? " (" + details + ")" : string.Empty)
                + ". Esta reproduce " + Invariant.Count(list.Count) + " cifra(s) impresa(s) que difieren del recálculo CEPLAN: " + figures + ".";
            var subjects = string.Join(", ", list.Select(d => d.Subject).Distinct(StringComparer.Ordinal).Take(6)) + (list.Count > 6 ? ", ..." : string.Empty);
            var message = "El reporte aplica una convención distinta a la regla CEPLAN (" + convention.Short + ") en " + Invariant.Count(list.Count) + " cifra(s): " + subjects + ".";
            var finding = new FindingDraft(
                first.Rule,
                Severity.Warning,
                first.Location,
                codes.Count == 1 ? codes[0] : null,
                periods.Count == 1 ? periods[0]?.ToString() : null,
                string.Join(';', list.Select(d => d.Stated.ToString())),
                string.Join(';', list.Select(d => Invariant.Recomputed(d.Recomputed, d.Stated))),
                list.Select(d => d.Stated.Tolerance).Distinct().Count() == 1 ? first.Stated.Tolerance : null,
                explanation,
                message);
            context.Add(finding);
            foreach (var discrepancy in list)
            {
                if (discrepancy.Reconciled is { } reconciled)
                {
                    reconciled.Finding = finding;
                    reconciled.Reason = "reproducida con " + convention.Description;
                }
            }
        }
    }

    /// <summary>
    /// Gets the convention a rule's figures follow so far (the one <see cref="Resolve"/> will treat as the report's own), with
    /// its most frequent detail (<c>LE de 2023</c>); <see langword="null"/> when the rule's figures follow none.
    /// </summary>
    public static Alternative? Own(AuditContext context, string rule)
    {
        var discrepancies = context.Discrepancies
            .Where(d => string.Equals(d.Rule, rule, StringComparison.Ordinal) && !d.Reproducing.Any(a => a.Convention.Harmless))
            .ToList();
        if (discrepancies.Count == 0 || Dominant(context, rule, discrepancies) is not { } own)
        {
            return null;
        }

        return discrepancies
            .SelectMany(d => d.Reproducing.Where(a => a.Convention == own))
            .GroupBy(a => a.Detail, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First()
            .First();
    }

    private static Convention? Dominant(AuditContext context, string rule, List<Discrepancy> discrepancies)
    {
        var counts = Convention.All
            .Where(c => !c.RoundingOnly && !c.Harmless)
            .Select(c => (Convention: c, Count: discrepancies.Count(d => d.Reproducing.Any(a => a.Convention == c))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ToList();
        var single = context.Checked(rule) == 1;
        return counts.FirstOrDefault(x => x.Count >= 2 || (single && x.Convention.Systematic)).Convention;
    }

    private static string Tried(Discrepancy discrepancy, Convention? own)
    {
        var reproducing = discrepancy.Reproducing.Where(a => !a.Convention.RoundingOnly).ToList();
        if (reproducing.Count == 0)
        {
            return own is null
                ? "Ninguna convención conocida reproduce la cifra impresa."
                : "Ninguna convención conocida reproduce la cifra impresa; en sus demás cifras el reporte aplica " + own.Description + ".";
        }

        var list = string.Join("; ", reproducing.Select(a => a.Describe()));
        return own is null
            ? "La cifra impresa se reproduce con " + list + ", una convención que el reporte no sigue en otras cifras."
            : "La cifra impresa se reproduce con " + list + ", lo que se aparta de la convención propia del reporte (" + own.Description + ").";
    }
}

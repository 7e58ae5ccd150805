namespace Ingest.Audit.Rules;

/// <summary><c>value-disagreement</c>: the same indicator, action or table total is printed with different values in two places of one report.</summary>
internal sealed class ValueDisagreementRule : IAuditRule
{
    public string Id => RuleIds.ValueDisagreement;

    public void Check(AuditContext context)
    {
        var report = context.Report;
        foreach (var printings in report.Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = printings.First();
            foreach (var other in printings.Skip(1))
            {
                foreach (var observation in other.Observations)
                {
                    if (first.Find(observation.Measure, observation.Period) is { } earlier)
                    {
                        Compare(context, first.Code, observation.Period, earlier, observation.Value, SpanishTerms.Name(observation.Measure));
                    }
                }
            }
        }

        foreach (var (code, stated) in report.Actions.Select(a => (a.Code, a.StatedProgress)).Concat(report.Objectives.Select(o => (o.Code, o.StatedProgress))))
        {
            foreach (var samePeriod in stated.GroupBy(s => s.Period ?? context.EvaluatedPeriod).Where(g => g.Count() > 1))
            {
                var first = samePeriod.First();
                foreach (var other in samePeriod.Skip(1))
                {
                    Compare(context, code, samePeriod.Key, first.Value, other.Value, "avance");
                }
            }
        }

        foreach (var table in report.FigureTables.Where(t => t.SubjectCode is not null))
        {
            var total = table.Rows.FirstOrDefault(r => r.Role == RowRole.Total);
            if (total is null)
            {
                continue;
            }

            foreach (var otherTable in report.FigureTables.Where(t => !ReferenceEquals(t, table)))
            {
                foreach (var row in otherTable.Rows.Where(r => string.Equals(r.Code, table.SubjectCode, StringComparison.Ordinal)))
                {
                    CompareRows(context, table, total, otherTable, row);
                }
            }
        }
    }

    private void CompareRows(AuditContext context, FigureTable table, FigureRow total, FigureTable otherTable, FigureRow row)
    {
        var used = new HashSet<int>();
        if (FigureTables.PriorityColumn(otherTable) is { } otherPriority)
        {
            used.Add(otherPriority);
        }

        var priority = FigureTables.PriorityColumn(table);
        for (var column = 0; column < table.Columns.Count; column++)
        {
            var role = table.Columns[column].Role;
            if (role == ColumnRole.Text || column == priority || FigureTables.At(total, column) is not { HasValue: true } value)
            {
                continue;
            }

            for (var other = 0; other < otherTable.Columns.Count; other++)
            {
                if (otherTable.Columns[other].Role == role && otherTable.Columns[other].Period == table.Columns[column].Period && used.Add(other))
                {
                    if (FigureTables.At(row, other) is { HasValue: true } printed)
                    {
                        Compare(context, table.SubjectCode!, table.Columns[column].Period, value, printed, table.Columns[column].Name);
                    }

                    break;
                }
            }
        }
    }

    private void Compare(AuditContext context, string code, Period? period, ReportValue first, ReportValue second, string what)
    {
        if (first.Value is not { } a || second.Value is not { } b)
        {
            return;
        }

        var tolerance = Math.Max(first.Tolerance, second.Tolerance);
        if (Math.Abs(a - b) <= tolerance)
        {
            return;
        }

        context.Add(new FindingDraft(
            Id, Severity.Error, second.Source, code, period?.ToString(), second.ToString(), first.ToString(), tolerance,
            "La misma cifra (" + what + ") de " + code + " está impresa como " + first + " (página " + Invariant.Count(first.Source.Page) + ") y como " + second + " (página " + Invariant.Count(second.Source.Page) + ").",
            code + ": la misma cifra (" + what + ") figura como " + first + " y como " + second + Invariant.PeriodSuffix(period) + "."));
    }
}

using Ingest.Audit.Conventions;

namespace Ingest.Audit.Rules;

/// <summary><c>percent-mismatch</c>: a printed percentage differs from its ratio in the same row (ejecutadas / programadas, devengado / PIM).</summary>
internal sealed class PercentMismatchRule : IAuditRule
{
    public string Id => RuleIds.PercentMismatch;

    public void Check(AuditContext context)
    {
        foreach (var table in context.Report.FigureTables)
        {
            for (var column = 0; column < table.Columns.Count; column++)
            {
                if (table.Columns[column].Role != ColumnRole.Percent)
                {
                    continue;
                }

                var period = table.Columns[column].Period;
                var numerator = Find(table, period, ColumnRole.Executed) ?? Find(table, period, ColumnRole.Devengado);
                var denominator = numerator is { } n && table.Columns[n].Role == ColumnRole.Devengado ? Find(table, period, ColumnRole.Pim) : Find(table, period, ColumnRole.Programmed);
                if (numerator is null || denominator is null)
                {
                    continue;
                }

                var pia = Find(table, period, ColumnRole.Pia);
                foreach (var row in table.Rows)
                {
                    Check(context, table, row, column, numerator.Value, denominator.Value, pia);
                }
            }
        }
    }

    private void Check(AuditContext context, FigureTable table, FigureRow row, int column, int numerator, int denominator, int? pia)
    {
        if (FigureTables.At(row, column) is not { HasValue: true } stated)
        {
            return;
        }

        var top = FigureTables.At(row, numerator)?.Value;
        var bottom = FigureTables.At(row, denominator)?.Value;
        var subject = table.Title + " / " + FigureTables.RowName(row) + " / " + table.Columns[column].Name;
        var ratioName = table.Columns[numerator].Name + " / " + table.Columns[denominator].Name;
        if (top is null || bottom is null || bottom == 0m)
        {
            context.NotComputable(subject, "percent", table.Columns[column].Period, stated, bottom == 0m ? ratioName + ": denominador 0" : ratioName + ": falta una cifra");
            return;
        }

        var recomputed = top.Value / bottom.Value * 100m;
        if (table.Columns[column].Cap is { } cap && recomputed > cap)
        {
            // The report says it truncates its percentages (POI seguimiento: "porcentaje de avances truncados al 100%").
            recomputed = cap;
        }

        var piaValue = pia is { } p ? FigureTables.At(row, p)?.Value : null;
        context.Compare(new Comparison
        {
            Rule = Id,
            Subject = subject,
            Figure = "percent",
            Period = table.Columns[column].Period,
            Code = row.Code ?? table.SubjectCode,
            Stated = stated,
            Recomputed = recomputed,
            Reason = ratioName,
            Explanation = "El porcentaje de \"" + FigureTables.RowName(row) + "\" en \"" + table.Title + "\" se recalcula como " + ratioName + " = "
                + Invariant.Format(top.Value, 2) + " / " + Invariant.Format(bottom.Value, 2) + " = " + Invariant.Recomputed(recomputed, stated) + ".",
            Message = FigureTables.RowName(row) + ": el porcentaje impreso es " + Invariant.WithUnit(stated.ToString(), stated) + " pero " + ratioName.ToLowerInvariant() + " da "
                + Invariant.WithUnit(Invariant.Format(recomputed, stated.Decimals), stated) + ".",
            Alternatives = () => piaValue is { } piaFigure && piaFigure != 0m && ConventionSearch.Reproduces(stated, top.Value / piaFigure * 100m)
                ? [new Alternative(Convention.RatioOverPia, string.Empty)]
                : [],
        });
    }

    private static int? Find(FigureTable table, Period? period, ColumnRole role)
    {
        int? fallback = null;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Role != role)
            {
                continue;
            }

            if (table.Columns[i].Period == period)
            {
                return i;
            }

            fallback ??= i;
        }

        return fallback;
    }
}

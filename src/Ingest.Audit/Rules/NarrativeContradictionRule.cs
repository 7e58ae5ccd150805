using Ingest.Audit.Recompute;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Audit.Rules;

/// <summary><c>narrative-contradiction</c>: a sentence states a figure for a code (or an indicator named in it) and period that differs from the table value.</summary>
internal sealed class NarrativeContradictionRule : IAuditRule
{
    public string Id => RuleIds.NarrativeContradiction;

    public void Check(AuditContext context)
    {
        foreach (var claim in context.Report.Claims)
        {
            if (claim.SubjectCode is not { Length: > 0 } subject)
            {
                continue;
            }

            var period = claim.Period ?? context.EvaluatedPeriod;
            foreach (var number in claim.Numbers)
            {
                if (number.Role is ClaimRole.Progress or ClaimRole.Expected or ClaimRole.Obtained && number.Value.HasValue)
                {
                    Check(context, claim, subject, period, number);
                }
            }
        }
    }

    private void Check(AuditContext context, NarrativeClaim claim, string subject, Period? period, ClaimNumber number)
    {
        var report = context.Report;
        string code;
        Indicator? indicator;
        if (CeplanCode.TryRead(subject, out var read) && read.Raw.Length >= subject.Trim().Length - 1)
        {
            code = read.Code;
            indicator = read.IsIndicator ? report.Indicators.FirstOrDefault(i => i.Code == code) : null;
        }
        else if (ReportLookup.IndicatorByName(report, subject) is { } named)
        {
            code = named.Code;
            indicator = named;
        }
        else
        {
            return;
        }

        if (indicator is null && number.Role != ClaimRole.Progress)
        {
            var only = ReportLookup.IndicatorsOf(report, code);
            indicator = only.Count == 1 ? only[0] : null;
        }

        var (table, source) = TableValue(report, code, indicator, number.Role, period);
        var claimed = number.Value;
        var what = number.Role switch
        {
            ClaimRole.Expected => "el valor esperado",
            ClaimRole.Obtained => "el valor obtenido",
            _ => "el avance",
        };
        if (table is { Value: { } tableValue })
        {
            var tolerance = Math.Max(claimed.Tolerance, table.Tolerance);
            if (Math.Abs(claimed.Value!.Value - tableValue) <= tolerance)
            {
                return;
            }

            context.Add(new FindingDraft(
                Id, Severity.Error, claim.Source, code, period?.ToString(), claimed.ToString(), table.ToString(), tolerance,
                "The sentence states " + claimed + " as " + number.Role.ToString().ToLowerInvariant() + " of " + code + " but the table prints " + table + " (" + source + ").",
                code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero la tabla registra " + Invariant.WithUnit(table.ToString(), claimed.Unit == ValueUnit.Percent ? claimed : table)
                    + Invariant.PeriodSuffix(period) + "."));
            return;
        }

        if (number.Role != ClaimRole.Progress || period is not { } p)
        {
            return;
        }

        decimal? recomputed = indicator is not null
            ? IndicatorFigures.TipoI(indicator, p).Value
            : Weighting.Mean(ReportLookup.Parts(ReportLookup.IndicatorsOf(report, code), p));
        if (recomputed is not { } value || Rounding.Agrees(claimed, value))
        {
            return;
        }

        context.Add(new FindingDraft(
            Id, Severity.Error, claim.Source, code, p.ToString(), claimed.ToString(), Invariant.Recomputed(value, claimed), claimed.Tolerance,
            "The sentence states an avance of " + claimed + " for " + code + "; no table prints it, and its recomputation from the indicators' expected and obtained values is " + Invariant.Recomputed(value, claimed) + ".",
            code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero el avance recalculado con los valores de la tabla es "
                + Invariant.WithUnit(Invariant.Format(value, claimed.Decimals), claimed) + Invariant.PeriodSuffix(p) + "."));
    }

    private static (ReportValue? Value, string Source) TableValue(CeplanReport report, string code, Indicator? indicator, ClaimRole role, Period? period)
    {
        if (role == ClaimRole.Progress)
        {
            if (indicator is not null)
            {
                return (period is { } p ? indicator.Find(Measure.StatedProgress, p) : null, "avance tipo I of " + indicator.Code);
            }

            return (ReportLookup.StatedProgress(report, code, period), "avance of " + code);
        }

        if (indicator is null || period is not { } q)
        {
            return (null, string.Empty);
        }

        return role == ClaimRole.Expected
            ? (IndicatorFigures.Expected(indicator, q), "expected value of " + indicator.Code)
            : (IndicatorFigures.Obtained(indicator, q), "obtained value of " + indicator.Code);
    }
}

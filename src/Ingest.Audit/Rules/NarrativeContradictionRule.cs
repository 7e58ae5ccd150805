using Ingest.Audit.Recompute;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Audit.Rules;

/// <summary><c>narrative-contradiction</c>: a sentence states a figure for a code (or an indicator named in it) and period that differs from the table value.</summary>
internal sealed partial class NarrativeContradictionRule : IAuditRule
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
            if (RowPercents(context.Report, claim, subject) is { } rows)
            {
                CheckRows(context, claim, subject, period, rows);
                continue;
            }

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
        if (number.Role == ClaimRole.Progress && PoiSentence().IsMatch(claim.Sentence))
        {
            // "De acuerdo al análisis POI ... se han obtenido avances del 99%" is the execution of the operational plan, printed
            // in the POI tables, not the PEI avance of the code.
            CheckPoi(context, claim, subject, period, number.Value);
            return;
        }

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
        else if (OwnIndicatorAction(report, claim) is { } action)
        {
            // "la AEI.07.01, ..., su indicador, **Número de licencias ...**, tienen un avance del 61.33%" where the table
            // prints AEI.07.01's indicator figures on the action's own row: the action's avance is its indicator's.
            code = action;
            indicator = null;
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
        if (recomputed is null && FromTextValues(report, code, indicator, p) is { } fromText)
        {
            CheckAgainstTextValues(context, claim, code, p, claimed, fromText);
            return;
        }

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

    private void CheckPoi(AuditContext context, NarrativeClaim claim, string subject, Period? period, ReportValue claimed)
    {
        if (!CeplanCode.TryRead(subject, out var read))
        {
            return;
        }

        var code = read.Code;
        var printed = new List<ReportValue>();
        foreach (var table in context.Report.FigureTables.Where(t => t.Kind != FigureTableKind.Budget))
        {
            var rows = table.Rows.Where(r => string.Equals(r.Code, code, StringComparison.Ordinal)
                || (r.Role == RowRole.Total && string.Equals(table.SubjectCode, code, StringComparison.Ordinal)
                    && table.Rows.All(x => x.Role != RowRole.Group || string.Equals(x.Code, code, StringComparison.Ordinal))));
            foreach (var row in rows)
            {
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    var c = table.Columns[column];
                    if (c.Role is ColumnRole.Average or ColumnRole.Percent && (c.Period is null || period is null || c.Period == period)
                        && FigureTables.At(row, column) is { HasValue: true } value)
                    {
                        printed.Add(value);
                    }
                }
            }
        }

        if (printed.Count == 0 || printed.Any(v => Math.Abs(claimed.Value!.Value - v.Value!.Value) <= Math.Max(claimed.Tolerance, v.Tolerance)))
        {
            return;
        }

        var table0 = printed[0];
        context.Add(new FindingDraft(
            Id, Severity.Error, claim.Source, code, period?.ToString(), claimed.ToString(), table0.ToString(), Math.Max(claimed.Tolerance, table0.Tolerance),
            "The sentence states a POI execution of " + claimed + " for " + code + " but the POI tables print " + string.Join(", ", printed.Select(v => v.ToString())) + ".",
            code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero la tabla del POI registra " + Invariant.WithUnit(table0.ToString(), claimed) + Invariant.PeriodSuffix(period) + "."));
    }

    /// <summary>
    /// Gets, for a code whose tables print no indicator figure, the expected and obtained values another sentence of the report
    /// states for it and the same period ("para el año 2024 se programó un logro 6% ... alcanzando el 12.19%"), with the
    /// avance they give under each sentido the code's only indicator may have (both when it is not printed).
    /// </summary>
    private static (ReportValue Expected, ReportValue Obtained, List<(Sentido Sentido, decimal Avance)> Avances)? FromTextValues(CeplanReport report, string code, Indicator? indicator, Period period)
    {
        var indicators = ReportLookup.IndicatorsOf(report, code);
        if (indicator is null && indicators.Count > 1)
        {
            return null;
        }

        var own = indicator ?? (indicators.Count == 1 ? indicators[0] : null);
        var pairs = report.Claims
            .Where(c => string.Equals(c.SubjectCode, code, StringComparison.Ordinal) || (own is not null && c.SubjectCode is { } name && Names.Match(own.Name, name)))
            .Where(c => (c.Period ?? period) == period)
            .Select(c => (Expected: c.Numbers.Where(n => n.Role == ClaimRole.Expected && n.Value.HasValue).ToList(), Obtained: c.Numbers.Where(n => n.Role == ClaimRole.Obtained && n.Value.HasValue).ToList()))
            .Where(x => x.Expected.Count == 1 && x.Obtained.Count == 1)
            .Select(x => (Expected: x.Expected[0].Value, Obtained: x.Obtained[0].Value))
            .DistinctBy(x => (x.Expected.Value, x.Obtained.Value))
            .ToList();
        if (pairs.Count != 1)
        {
            return null;
        }

        var (expected, obtained) = pairs[0];
        var sentido = own is null ? Sentido.Unknown : IndicatorFigures.Sentido(own).Sentido;
        Sentido[] candidates = sentido is Sentido.Ascendente or Sentido.Descendente ? [sentido] : [Sentido.Ascendente, Sentido.Descendente];
        var avances = candidates
            .Select(s => (Sentido: s, Avance: AvanceTipoI.Compute(s, Aggregation.Unknown, expected.Value, obtained.Value).Value))
            .Where(x => x.Avance.HasValue)
            .Select(x => (x.Sentido, x.Avance!.Value))
            .ToList();
        return avances.Count == 0 ? null : (expected, obtained, avances);
    }

    private void CheckAgainstTextValues(AuditContext context, NarrativeClaim claim, string code, Period period, ReportValue claimed, (ReportValue Expected, ReportValue Obtained, List<(Sentido Sentido, decimal Avance)> Avances) text)
    {
        if (text.Avances.Any(a => Rounding.Agrees(claimed, a.Avance)))
        {
            return;
        }

        var nearest = text.Avances.OrderBy(a => Math.Abs(a.Avance - claimed.Value!.Value)).First();
        var tried = string.Join(", ", text.Avances.Select(a => a.Sentido.ToString().ToLowerInvariant() + " " + Invariant.Recomputed(a.Avance, claimed)));
        context.Add(new FindingDraft(
            Id, Severity.Error, claim.Source, code, period.ToString(), claimed.ToString(), Invariant.Recomputed(nearest.Avance, claimed), claimed.Tolerance,
            "The sentence states an avance of " + claimed + " for " + code + "; no table prints its figures, and the expected " + text.Expected + " and obtained " + text.Obtained
                + " the text states for it give " + tried + ".",
            code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero el avance recalculado con los valores que el mismo texto indica es "
                + Invariant.WithUnit(Invariant.Format(nearest.Avance, claimed.Decimals), claimed) + Invariant.PeriodSuffix(period) + "."));
    }

    /// <summary>Gets the action a sentence names when it is the only plan code of the sentence, the report lists it and no
    /// indicator of it (its row carries the indicator's figures): an unlisted indicator named in that sentence is the action's.</summary>
    private static string? OwnIndicatorAction(CeplanReport report, NarrativeClaim claim)
    {
        var codes = CeplanCode.ReadAll(claim.Sentence).Select(c => c.Code).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 1 && CeplanCode.TryRead(codes[0], out var read) && read.IsAction
            && report.Actions.Any(a => a.Code == read.Code) && ReportLookup.IndicatorsOf(report, read.Code).Count == 0
            ? read.Code
            : null;
    }

    /// <summary>
    /// Gets, for a sentence about a code whose contribution table names its rows (áreas), the table row each progress number
    /// speaks of: the row named last before the number ("para la Oficina de Informática el 60%"), the rows in order when the
    /// sentence says "respectivamente", the TOTAL row when no row is named; <see langword="null"/> when the sentence names no row.
    /// </summary>
    private static List<(ClaimNumber Number, FigureRow Row, ReportValue Printed)>? RowPercents(CeplanReport report, NarrativeClaim claim, string subject)
    {
        var table = report.FigureTables.FirstOrDefault(t => string.Equals(t.SubjectCode, subject, StringComparison.Ordinal));
        var percent = table?.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Role == ColumnRole.Percent).i;
        if (table is null || percent is not { } column || table.Columns[column].Role != ColumnRole.Percent)
        {
            return null;
        }

        var sentence = Names.Fold(claim.Sentence);
        var labels = table.Rows.Where(r => r.Role == RowRole.Item && r.Label.Length > 3)
            .Select(r => (Row: r, At: sentence.IndexOf(Names.Fold(FigureTables.Label(r)), StringComparison.Ordinal)))
            .Where(x => x.At >= 0).OrderBy(x => x.At).ToList();
        if (labels.Count == 0 && !sentence.Contains("TOTAL", StringComparison.Ordinal))
        {
            // "Respecto a la meta total tenemos una ejecución del 113%" speaks of the TOTAL row; a sentence that names
            // neither a row nor the total is left to the code's own figures.
            return null;
        }

        var total = table.Rows.FirstOrDefault(r => r.Role == RowRole.Total);
        var respectively = sentence.Contains("RESPECTIV", StringComparison.Ordinal);
        var queue = new Queue<FigureRow>();
        var result = new List<(ClaimNumber, FigureRow, ReportValue)>();
        var from = 0;
        foreach (var number in claim.Numbers.Where(n => n.Role == ClaimRole.Progress && n.Value.HasValue))
        {
            var at = sentence.IndexOf(Names.Fold(number.Value.Source.Raw), from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var named = labels.Where(l => l.At >= from && l.At < at).Select(l => l.Row).ToList();
            var saysTotal = sentence.AsSpan(from, at - from).IndexOf("TOTAL", StringComparison.Ordinal) >= 0;
            from = at + 1;
            if (!respectively)
            {
                queue.Clear();
            }

            foreach (var row in named)
            {
                queue.Enqueue(row);
            }

            var target = saysTotal || queue.Count == 0 ? total : respectively ? queue.Dequeue() : queue.Last();
            if (target is not null && FigureTables.At(target, column) is { HasValue: true } printed)
            {
                result.Add((number, target, printed));
            }
        }

        return result;
    }

    private void CheckRows(AuditContext context, NarrativeClaim claim, string subject, Period? period, List<(ClaimNumber Number, FigureRow Row, ReportValue Printed)> rows)
    {
        foreach (var (number, row, printed) in rows)
        {
            var claimed = number.Value;
            var tolerance = Math.Max(claimed.Tolerance, printed.Tolerance);
            if (Math.Abs(claimed.Value!.Value - printed.Value!.Value) <= tolerance)
            {
                continue;
            }

            var name = row.Role == RowRole.Total ? "TOTAL" : FigureTables.Label(row);
            context.Add(new FindingDraft(
                Id, Severity.Error, claim.Source, subject, period?.ToString(), claimed.ToString(), printed.ToString(), tolerance,
                "The sentence states " + claimed + " for \"" + name + "\" of " + subject + " but its table prints " + printed + ".",
                subject + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " para " + name + " pero la tabla registra " + Invariant.WithUnit(printed.ToString(), claimed) + "."));
        }
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\bPOI\b|\bPlan\s+Operativo\s+Institucional\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PoiSentence();
}

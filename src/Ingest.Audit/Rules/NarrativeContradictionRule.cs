using Ingest.Audit.Conventions;
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

        if (Resolve(report, claim, subject, number.Role) is not var (code, indicator))
        {
            return;
        }

        if (period is { EndYear: { } end } range)
        {
            // A sentence that names no year of a multi-year evaluation ("2023-2024") holds when it agrees with one of its years.
            for (var year = range.Year; year <= end; year++)
            {
                if (Evaluate(report, code, indicator, new Period(year), number) is { Agrees: true })
                {
                    return;
                }
            }
        }

        if (Evaluate(report, code, indicator, period, number) is not { Agrees: false } outcome)
        {
            return;
        }

        var claimed = number.Value;
        if (outcome.Table is { } table)
        {
            var tolerance = Math.Max(claimed.Tolerance, table.Tolerance);
            context.Add(new FindingDraft(
                Id, Severity.Error, claim.Source, code, period?.ToString(), claimed.ToString(), table.ToString(), tolerance,
                "La oración indica " + claimed + " como " + SpanishTerms.Name(number.Role) + " de " + code + ", pero la tabla imprime " + table + " (" + outcome.Source + ").",
                code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero la tabla registra " + Invariant.WithUnit(table.ToString(), claimed.Unit == ValueUnit.Percent ? claimed : table)
                    + Invariant.PeriodSuffix(period) + "."));
            return;
        }

        var p = period!.Value;
        if (outcome.FromText is { } fromText)
        {
            CheckAgainstTextValues(context, claim, code, p, claimed, fromText);
            return;
        }

        var value = outcome.Recomputed!.Value;
        var parts = indicator is null ? ReportLookup.Parts(ReportLookup.IndicatorsOf(report, code), p, report.Document.EvaluatedPeriod) : null;
        context.Compare(new Comparison
        {
            Rule = Id,
            Subject = code,
            Figure = "narrative-avance",
            Period = p,
            Code = code,
            Stated = claimed,
            Recomputed = value,
            Reason = "recalculado con los valores de la tabla",
            Explanation = "La oración indica un avance de " + claimed + " para " + code + "; ninguna tabla lo imprime, y su recálculo con los logros esperados y valores obtenidos de los indicadores da " + Invariant.Recomputed(value, claimed) + ".",
            Message = code + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " pero el avance recalculado con los valores de la tabla es "
                + Invariant.WithUnit(Invariant.Format(value, claimed.Decimals), claimed) + Invariant.PeriodSuffix(p) + ".",
            Alternatives = parts is null ? null : () => ConventionSearch.WeightedMean(parts, claimed, context.Options.MaxWeightSearchIndicators),
        });
    }

    /// <summary>Gets the code (and indicator) a claim's subject denotes: a code, an indicator's name, or an action whose row carries its unlisted indicator.</summary>
    private static (string Code, Indicator? Indicator)? Resolve(CeplanReport report, NarrativeClaim claim, string subject, ClaimRole role)
    {
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
            return null;
        }

        if (indicator is null && role != ClaimRole.Progress)
        {
            var only = ReportLookup.IndicatorsOf(report, code);
            indicator = only.Count == 1 ? only[0] : null;
        }

        return (code, indicator);
    }

    /// <summary>
    /// Compares a claimed figure with what the tables say of its code for a period, without reporting: the printed value when a
    /// table prints one, else (for an avance) the recomputation from the indicators' values, else the avance the text's own
    /// expected and obtained values give. <see langword="null"/> when nothing can be compared.
    /// </summary>
    private static Outcome? Evaluate(CeplanReport report, string code, Indicator? indicator, Period? period, ClaimNumber number)
    {
        var claimed = number.Value;
        var (table, source) = TableValue(report, code, indicator, number.Role, period);
        if (table is { Value: { } tableValue })
        {
            var agrees = Math.Abs(claimed.Value!.Value - tableValue) <= Math.Max(claimed.Tolerance, table.Tolerance)
                || (number.Role == ClaimRole.Progress && indicator is null && period is { } q && QuotesAPrintedFigure(report, code, null, q, claimed));
            return new Outcome(agrees, table, source, null, null);
        }

        if (number.Role != ClaimRole.Progress || period is not { } p)
        {
            return null;
        }

        decimal? recomputed = indicator is not null
            ? IndicatorFigures.TipoI(indicator, p, report.Document.EvaluatedPeriod).Value
            : Weighting.Mean(ReportLookup.Parts(ReportLookup.IndicatorsOf(report, code), p, report.Document.EvaluatedPeriod));
        if (recomputed is null)
        {
            return FromTextValues(report, code, indicator, p) is { } fromText
                ? new Outcome(fromText.Avances.Any(a => Rounding.Agrees(claimed, a.Avance)), null, string.Empty, null, fromText)
                : null;
        }

        // The text agrees with the tables when it quotes an indicator's printed figure, or the mean of the printed avances (a
        // printed avance that differs from its recomputation is indicator-progress's finding, not the text's).
        var printedMean = indicator is null ? Weighting.Mean(PrintedParts(report, code, p)) : null;
        var consistent = Rounding.Agrees(claimed, recomputed.Value) || (printedMean is { } m && Rounding.Agrees(claimed, m)) || QuotesAPrintedFigure(report, code, indicator, p, claimed);
        return new Outcome(consistent, null, string.Empty, recomputed, null);
    }

    /// <summary>Gets the indicators' parts of a code's avance from their printed avances (any printing), capped at 100.</summary>
    private static IReadOnlyList<WeightedPart> PrintedParts(CeplanReport report, string code, Period period)
        => ReportLookup.IndicatorsOf(report, code)
            .Select(i => new WeightedPart(
                i.Code,
                report.Indicators.Where(x => x.Code == i.Code).Select(x => x.Find(Measure.StatedProgress, period)?.Value).FirstOrDefault(v => v.HasValue) is { } v ? Math.Clamp(v, 0m, 100m) : null,
                i.Relevance))
            .ToList();

    /// <summary>
    /// Gets a value indicating whether a figure a sentence states as the avance of a code that no table prints is one its tables
    /// print for one of the code's indicators in the period (its avance, expected or obtained value): seed 003's "Análisis del
    /// AER" paragraphs quote one indicator at a time under the action's heading ("se alcanzó solo 3.15%, lo que representa un
    /// avance de 64.29%"), so the figure is that indicator's, not a contradiction of the action's recomputed mean.
    /// </summary>
    private static bool QuotesAPrintedFigure(CeplanReport report, string code, Indicator? indicator, Period period, ReportValue claimed)
    {
        // Every printing of the indicators: seed 003 prints an indicator once in a summary (one avance column) and again in
        // its action's own table (one per year).
        var indicators = indicator is not null ? report.Indicators.Where(i => i.Code == indicator.Code) : report.Indicators.Where(i => string.Equals(i.ParentCode, code, StringComparison.Ordinal));
        var first = period.Year;
        var last = period.EndYear ?? period.Year;
        return indicators.SelectMany(i => i.Observations)
            .Where(o => o.Period.Year >= first && o.Period.Year <= last && o.Value.HasValue)
            .Any(o => Math.Abs(claimed.Value!.Value - o.Value.Value!.Value) <= Math.Max(claimed.Tolerance, o.Value.Tolerance));
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
            "La oración indica una ejecución del POI de " + claimed + " para " + code + ", pero las tablas del POI imprimen " + string.Join(", ", printed.Select(v => v.ToString())) + ".",
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
            "La oración indica un avance de " + claimed + " para " + code + "; ninguna tabla imprime sus cifras, y el logro esperado " + text.Expected + " y el valor obtenido " + text.Obtained
                + " que el texto indica para él dan " + tried + ".",
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
        var table = context.Report.FigureTables.First(t => string.Equals(t.SubjectCode, subject, StringComparison.Ordinal));
        var roles = table.Columns.Select(c => c.Role).ToList();
        var programmed = roles.IndexOf(ColumnRole.Programmed);
        var executed = roles.IndexOf(ColumnRole.Executed);
        foreach (var (number, row, printed) in rows)
        {
            var claimed = number.Value;
            var tolerance = Math.Max(claimed.Tolerance, printed.Tolerance);
            if (Math.Abs(claimed.Value!.Value - printed.Value!.Value) <= tolerance)
            {
                continue;
            }

            // The text gives the row's own ratio (ejecutadas / programadas) where the printed % is wrong: the table contradicts
            // itself (percent-mismatch), not the text.
            if (programmed >= 0 && executed >= 0 && FigureTables.At(row, programmed)?.Value is { } p && p != 0m && FigureTables.At(row, executed)?.Value is { } e
                && Recompute.Rounding.Agrees(claimed, e / p * 100m))
            {
                continue;
            }

            var name = row.Role == RowRole.Total ? "TOTAL" : FigureTables.Label(row);
            context.Add(new FindingDraft(
                Id, Severity.Error, claim.Source, subject, period?.ToString(), claimed.ToString(), printed.ToString(), tolerance,
                "La oración indica " + claimed + " para \"" + name + "\" de " + subject + ", pero su tabla imprime " + printed + ".",
                subject + ": el texto indica " + Invariant.WithUnit(claimed.ToString(), claimed) + " para " + name + " pero la tabla registra " + Invariant.WithUnit(printed.ToString(), claimed) + "."));
        }
    }

    private static (ReportValue? Value, string Source) TableValue(CeplanReport report, string code, Indicator? indicator, ClaimRole role, Period? period)
    {
        if (role == ClaimRole.Progress)
        {
            if (indicator is not null)
            {
                return (period is { } p ? indicator.Find(Measure.StatedProgress, p) : null, "avance tipo I de " + indicator.Code);
            }

            return (ReportLookup.StatedProgress(report, code, period), "avance de " + code);
        }

        if (indicator is null || period is not { } q)
        {
            return (null, string.Empty);
        }

        return role == ClaimRole.Expected
            ? (IndicatorFigures.Expected(indicator, q), "logro esperado de " + indicator.Code)
            : (IndicatorFigures.Obtained(indicator, q, report.Document.EvaluatedPeriod), "valor obtenido de " + indicator.Code);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bPOI\b|\bPlan\s+Operativo\s+Institucional\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PoiSentence();

    /// <summary>The comparison of a claimed figure with the tables: whether it agrees, and with what.</summary>
    private sealed record Outcome(bool Agrees, ReportValue? Table, string Source, decimal? Recomputed, (ReportValue Expected, ReportValue Obtained, List<(Sentido Sentido, decimal Avance)> Avances)? FromText);
}

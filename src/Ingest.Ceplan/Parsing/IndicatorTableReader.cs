using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads tables of objective, action and indicator rows (the PEI seguimiento table, PDRC "Valores" tables, avance lists).</summary>
internal static partial class IndicatorTableReader
{
    public static void Read(LogicalTable table, IReadOnlyList<MappedColumn> tableColumns, ParseContext context)
    {
        var codeColumn = tableColumns.FirstOrDefault(c => c.Field == "code")?.Index ?? 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var columns = ShiftedLeft(table, r, tableColumns) ?? tableColumns;
            if (!ReferenceEquals(columns, tableColumns))
            {
                context.Problems.Add($"{table.Id} row {r}: the figures are printed one column to the left (no baseline value); read right-aligned");
            }

            var codeText = ParseContext.OneLine(row.TextAt(codeColumn));
            if (!CeplanCode.TryRead(codeText, out var code) || !codeText.StartsWith(code.Raw, StringComparison.Ordinal))
            {
                ReadCodeless(table, r, columns, context);
                continue;
            }

            var codeSource = ParseContext.Source(table, r, codeColumn);
            if (code.Repaired)
            {
                context.Problems.Add($"{table.Id} row {r}: code \"{code.Raw}\" read as {code.Code}");
            }

            if (code.IsIndicator)
            {
                context.Indicators.Add(ReadIndicator(table, r, code, codeSource, columns, context));
            }
            else
            {
                var (name, priority) = SplitPriority(Text(table, r, columns, "name"));
                var progress = Progress(table, r, columns);
                if (code.IsAction)
                {
                    if (columns.Any(c => c.Field is "relevance" or "expected" && row.TextAt(c.Index).Trim().Length > 0))
                    {
                        context.Problems.Add($"{table.Id} row {r}: action row {code.Code} carries indicator columns but no indicator code; indicator not read");
                    }

                    context.AddAction(new StrategicAction(code.Code, code.ParentCode ?? string.Empty, name, priority, progress, codeSource));
                }
                else
                {
                    context.AddObjective(new Objective(code.Code, name, priority, progress, codeSource));
                }
            }
        }
    }

    /// <summary>Reads a row printed without its baseline value and its figures moved one column to the left (seed 004's
    /// AEI.06.02: <c>2023 | 530.00 | 567.00 ... | 299.00 | 52.73 | (blank)</c>): the avance column is blank, every figure
    /// column before it is filled, and the figures read right-aligned agree (obtained / expected of the avance's period gives
    /// the last figure), so the row is read one column to the right and without a baseline value.</summary>
    /// <returns>The columns for the row, or <see langword="null"/> when the row is not shifted.</returns>
    internal static IReadOnlyList<MappedColumn>? ShiftedLeft(LogicalTable table, int r, IReadOnlyList<MappedColumn> columns)
    {
        var row = table.Rows[r];
        var progress = columns.Where(c => c.Field == "progress").ToList();
        var value = columns.FirstOrDefault(c => c.Field == "baselineValue");
        if (progress.Count != 1 || value is null || progress[0].Period is not { } period || row.TextAt(progress[0].Index).Trim().Length > 0)
        {
            return null;
        }

        var figures = columns.Where(c => c.Field is "baselineValue" or "expected" or "obtained" or "progress").OrderBy(c => c.Index).ToList();
        if (figures[^1] != progress[0] || figures[0] != value
            || figures.Zip(figures.Skip(1)).Any(p => p.Second.Index != p.First.Index + 1)
            || figures.Take(figures.Count - 1).Any(c => !PeruvianNumber.Parse(row.TextAt(c.Index)).HasValue))
        {
            return null;
        }

        var shifted = columns.Where(c => c != value).Select(c => c.Field is "expected" or "obtained" or "progress" ? c with { Index = c.Index - 1 } : c).ToList();
        var expected = shifted.FirstOrDefault(c => c.Field == "expected" && c.Period == new Period(period.Year));
        var obtained = shifted.FirstOrDefault(c => c.Field == "obtained" && c.Period is { } p && p.Year == period.Year);
        if (expected is null || obtained is null
            || PeruvianNumber.Parse(row.TextAt(expected.Index)).Value is not { } le || le == 0
            || PeruvianNumber.Parse(row.TextAt(obtained.Index)).Value is not { } vo || vo == 0
            || PeruvianNumber.Parse(row.TextAt(progress[0].Index - 1)).Value is not { } stated)
        {
            return null;
        }

        var ascending = Math.Min(100m, vo / le * 100m);
        var descending = Math.Min(100m, le / vo * 100m);
        return Math.Abs(ascending - stated) <= 0.01m || Math.Abs(descending - stated) <= 0.01m ? shifted : null;
    }

    /// <summary>Splits a trailing <c>(Prioridad 1)</c> / <c>(Prioridad:2)</c> off a name.</summary>
    public static (string Name, int? Priority) SplitPriority(string name)
    {
        var match = PriorityPattern().Match(name);
        return match.Success
            ? (name[..match.Index].Trim(), int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture))
            : (name.Trim(), null);
    }

    private static void ReadCodeless(LogicalTable table, int r, IReadOnlyList<MappedColumn> columns, ParseContext context)
    {
        var row = table.Rows[r];
        var text = ParseContext.RowText(row);
        if (text.Trim('\t', ' ').Length == 0)
        {
            return;
        }

        if (HeaderText.Normalise(text).Contains("avance promedio", StringComparison.Ordinal))
        {
            var value = FirstFigure(table, r) ?? (r + 1 < table.Rows.Count ? FirstFigure(table, r + 1) : null);
            if (value is not null)
            {
                context.StatedFigures.Add(new StatedFigure(StatedFigureKind.ReportAverage, ParseContext.OneLine(text.Replace('\t', ' ')).Trim(), "AEI", context.Evaluated, value));
                return;
            }
        }

        if (r > 0 && HeaderText.Normalise(ParseContext.RowText(table.Rows[r - 1])).Contains("avance promedio", StringComparison.Ordinal))
        {
            return;
        }

        context.Problems.Add($"{table.Id} row {r}: no plan code in \"{text.Replace('\t', ' ').Trim()}\"; row not read");
    }

    private static ReportValue? FirstFigure(LogicalTable table, int r)
    {
        var row = table.Rows[r];
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var value = PeruvianNumber.Parse(row.TextAt(c), ParseContext.Source(table, r, c));
            if (value.HasValue)
            {
                return value;
            }
        }

        return null;
    }

    private static Indicator ReadIndicator(LogicalTable table, int r, CeplanCode code, Provenance codeSource, IReadOnlyList<MappedColumn> columns, ParseContext context)
    {
        var name = Text(table, r, columns, "name");
        var relevance = Labels.ParseRelevance(Text(table, r, columns, "relevance"));
        var sentidoText = Text(table, r, columns, "sentido");
        var sentido = Labels.ParseSentido(sentidoText);
        var aggregation = Labels.ParseAggregation(Text(table, r, columns, "aggregation"));
        var open = sentidoText.IndexOf('(', StringComparison.Ordinal);
        if (sentido == Sentido.Unknown && open > 0)
        {
            // "No Definido (Máximo permisible)": the sentido with the aggregation in brackets, in one cell.
            sentido = Labels.ParseSentido(sentidoText[..open]);
            if (aggregation == Aggregation.Unknown)
            {
                aggregation = Labels.ParseAggregation(sentidoText[(open + 1)..].TrimEnd().TrimEnd(')'));
            }
        }

        int? baselineYear = null;
        var yearColumn = columns.FirstOrDefault(c => c.Field == "baselineYear");
        if (yearColumn is not null && int.TryParse(table.Rows[r].TextAt(yearColumn.Index).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            baselineYear = year;
        }

        var valueColumn = columns.FirstOrDefault(c => c.Field == "baselineValue");

        // "Línea base 2022" over the value column: the year is printed once, in the header.
        baselineYear ??= yearColumn is null ? valueColumn?.Period?.Year : null;
        var baseline = valueColumn is null
            ? ReportValue.MissingValue(MissingReason.Blank, codeSource)
            : PeruvianNumber.Parse(table.Rows[r].TextAt(valueColumn.Index), ParseContext.Source(table, r, valueColumn.Index));

        var observations = new List<Observation>();
        foreach (var column in columns)
        {
            var measure = column.Field switch
            {
                "expected" => Measure.Expected,
                "obtained" => Measure.Obtained,
                "progress" => Measure.StatedProgress,
                _ => (Measure?)null,
            };
            if (measure is not { } m || column.Period is not { } period)
            {
                continue;
            }

            var value = PeruvianNumber.Parse(table.Rows[r].TextAt(column.Index), ParseContext.Source(table, r, column.Index));
            var existing = observations.FindIndex(o => o.Measure == m && o.Period == period);
            if (existing < 0)
            {
                observations.Add(new Observation(m, period, value));
                continue;
            }

            // Two columns mean the same measure and period (a header printed twice): a printed figure wins over a missing one, the later over the earlier.
            context.Problems.Add($"{table.Id} row {r}: columns {observations[existing].Value.Source.Column} and {column.Index} both hold {m} {period} of {code.Code}");
            if (value.HasValue || !observations[existing].Value.HasValue)
            {
                observations[existing] = new Observation(m, period, value);
            }
        }

        // The web-app report's "Valor actual" (a year and a value) is the value obtained in that year.
        var currentYear = columns.FirstOrDefault(c => c.Field == "currentYear");
        var currentValue = columns.FirstOrDefault(c => c.Field == "currentValue");
        if (currentYear is not null && currentValue is not null
            && int.TryParse(table.Rows[r].TextAt(currentYear.Index).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var valueYear)
            && !observations.Any(o => o.Measure == Measure.Obtained && o.Period == new Period(valueYear)))
        {
            observations.Add(new Observation(Measure.Obtained, new Period(valueYear), PeruvianNumber.Parse(table.Rows[r].TextAt(currentValue.Index), ParseContext.Source(table, r, currentValue.Index))));
        }

        var inferred = false;
        if (sentido == Sentido.Unknown)
        {
            sentido = InferSentido(baseline, baselineYear, observations);
            inferred = sentido != Sentido.Unknown;
        }

        return new Indicator(
            code.Code,
            name,
            code.ParentCode ?? string.Empty,
            NullIfEmpty(Text(table, r, columns, "responsibleUnit")),
            NullIfEmpty(Text(table, r, columns, "organisationUnit")),
            relevance,
            sentido,
            inferred,
            aggregation,
            IndicatorUnits.Infer(name, [baseline, .. observations.Where(o => o.Measure != Measure.StatedProgress).Select(o => o.Value)]),
            baselineYear,
            baseline,
            observations,
            codeSource);
    }

    /// <summary>Infers the sentido from the expected values: the first target after the baseline year below the baseline means descending.</summary>
    private static Sentido InferSentido(ReportValue baseline, int? baselineYear, List<Observation> observations)
    {
        if (baseline.Value is not { } lb)
        {
            return Sentido.Unknown;
        }

        var target = observations
            .Where(o => o.Measure == Measure.Expected && o.Value.HasValue && (baselineYear is null || o.Period.Year > baselineYear))
            .OrderBy(o => o.Period)
            .Select(o => o.Value.Value)
            .FirstOrDefault(v => v != lb);
        return target is not { } le ? Sentido.Unknown : le < lb ? Sentido.Descendente : Sentido.Ascendente;
    }

    private static List<PeriodValue> Progress(LogicalTable table, int r, IReadOnlyList<MappedColumn> columns)
    {
        var result = new List<PeriodValue>();
        foreach (var column in columns.Where(c => c.Field == "progress"))
        {
            var value = PeruvianNumber.Parse(table.Rows[r].TextAt(column.Index), ParseContext.Source(table, r, column.Index));
            if (value.Missing != MissingReason.Blank)
            {
                result.Add(new PeriodValue(column.Period, value));
            }
        }

        return result;
    }

    private static string Text(LogicalTable table, int r, IReadOnlyList<MappedColumn> columns, string field)
    {
        var column = columns.FirstOrDefault(c => c.Field == field);
        return column is null ? string.Empty : ParseContext.OneLine(table.Rows[r].TextAt(column.Index));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"\(\s*Prioridad\s*:?\s*(?<n>\d+)\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PriorityPattern();
}

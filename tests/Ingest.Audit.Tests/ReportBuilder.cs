using Ingest.Ceplan.Normalisation;

namespace Ingest.Audit.Tests;

/// <summary>Builds concise canonical models in code, as the parsers would produce them, with a provenance per printed figure.</summary>
/// <remarks>
/// Series are written <c>"2024=94.00; 2025=96.00"</c>; a stated figure without a period is written without <c>=</c>.
/// Table columns are written <c>"Área:text|Programadas:programmed|Ejecutadas:executed|%:percent"</c> and rows as cells
/// separated by <c>|</c>; a row whose first cell is <c>TOTAL</c> / <c>SUBTOTAL</c> is a total / subtotal row, a first
/// cell starting with <c>#</c> a group row.
/// </remarks>
internal sealed class ReportBuilder(string file = "test.pdf", string? evaluated = null)
{
    private readonly List<Objective> objectives = [];
    private readonly List<StrategicAction> actions = [];
    private readonly List<Indicator> indicators = [];
    private readonly List<FigureTable> tables = [];
    private readonly List<SummaryTable> summaries = [];
    private readonly List<StatedFigure> figures = [];
    private readonly List<NarrativeClaim> claims = [];
    private int page = 1;
    private int line;

    public ReportBuilder OnPage(int number)
    {
        page = number;
        return this;
    }

    public ReportValue Value(string raw, string? table = null, int? row = null, int? column = null)
        => PeruvianNumber.Parse(raw, new Provenance(page, null, table, row, column, raw));

    public ReportBuilder Objective(string code, string name = "", int? priority = null, string progress = "")
    {
        objectives.Add(new Objective(code, name, priority, Stated(progress), Here(code)));
        return this;
    }

    public ReportBuilder Action(string code, string name = "", string progress = "", int? priority = null, string? raw = null)
    {
        var objective = CeplanCode.TryRead(code, out var read) ? read.ParentCode ?? string.Empty : string.Empty;
        actions.Add(new StrategicAction(code, objective, name, priority, Stated(progress), Here(raw ?? code)));
        return this;
    }

    public ReportBuilder Indicator(
        string code,
        string name = "",
        Relevance relevance = Relevance.Unknown,
        Sentido sentido = Sentido.Unknown,
        Aggregation aggregation = Aggregation.Unknown,
        string? baseline = null,
        string expected = "",
        string obtained = "",
        string progress = "",
        IndicatorUnit unit = IndicatorUnit.Unknown,
        string? raw = null)
    {
        var parent = CeplanCode.TryRead(code, out var read) ? read.ParentCode ?? string.Empty : string.Empty;
        int? baselineYear = null;
        var baselineValue = ReportValue.MissingValue(MissingReason.Blank);
        if (baseline is not null)
        {
            var parts = baseline.Split('=');
            baselineYear = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            baselineValue = Value(parts[1].Trim());
        }

        var observations = new List<Observation>();
        observations.AddRange(Series(expected).Select(s => new Observation(Measure.Expected, s.Period, s.Value)));
        observations.AddRange(Series(obtained).Select(s => new Observation(Measure.Obtained, s.Period, s.Value)));
        observations.AddRange(Series(progress).Select(s => new Observation(Measure.StatedProgress, s.Period, s.Value)));
        indicators.Add(new Indicator(code, name, parent, null, null, relevance, sentido, false, aggregation, unit, baselineYear, baselineValue, observations, Here(raw ?? code)));
        return this;
    }

    public ReportBuilder Summary(string title, SummarySubject subject, string? period, bool notAvailable, bool total, params string[] rows)
    {
        var id = "s" + (summaries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var summaryRows = new List<SummaryRow>();
        foreach (var row in rows)
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToList();
            var index = summaryRows.Count;
            var label = cells[0];
            var bins = 3;
            var counts = cells.Skip(1).Take(bins).Select((c, i) => Value(c, id, index, i + 1)).ToList();
            var nd = notAvailable ? Value(cells[1 + bins], id, index, 1 + bins) : null;
            var rowTotal = total ? Value(cells[^1], id, index, cells.Count - 1) : null;
            var role = label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) ? RowRole.Total : RowRole.Item;
            summaryRows.Add(new SummaryRow(label, role, counts, nd, rowTotal, new Provenance(page, null, id, index, null, row)));
        }

        summaries.Add(new SummaryTable(id, title, subject, period is null ? null : ParsePeriod(period), ["[0-75%", "[75-95%", "[95-100%"], summaryRows, new Provenance(page, null, id, null, null, title)));
        return this;
    }

    public ReportBuilder Average(string label, string scope, string value, string? period = null, StatedFigureKind kind = StatedFigureKind.ReportAverage)
    {
        figures.Add(new StatedFigure(kind, label, scope, period is null ? null : ParsePeriod(period), Value(value)));
        return this;
    }

    public ReportBuilder Count(string label, string scope, string value)
    {
        figures.Add(new StatedFigure(StatedFigureKind.Count, label, scope, null, Value(value)));
        return this;
    }

    public ClaimNumber Number(ClaimRole role, string raw, string? countOf = null, string? words = null)
        => new(role, Value(raw), countOf, words);

    public ReportBuilder Claim(string sentence, string? subject, params ClaimNumber[] numbers) => ClaimFor(sentence, subject, null, numbers);

    public ReportBuilder ClaimFor(string sentence, string? subject, string? period, params ClaimNumber[] numbers)
    {
        claims.Add(new NarrativeClaim(sentence, subject, period is null ? null : ParsePeriod(period), numbers, new Provenance(page, null, null, null, null, sentence)));
        return this;
    }

    /// <summary>Adds the claims that <see cref="Ingest.Ceplan.Claims.ClaimReader"/> reads from lines of running text.</summary>
    public ReportBuilder Text(params string[] lines)
    {
        claims.AddRange(Ingest.Ceplan.Claims.ClaimReader.Read(Ingest.Ceplan.Text.ReportText.FromLines(lines), evaluated is null ? null : ParsePeriod(evaluated)));
        return this;
    }

    public ReportBuilder Table(string title, string? subject, string columns, params string[] rows)
    {
        var id = "t" + (tables.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var figureColumns = columns.Split('|').Select(Column).ToList();
        var figureRows = new List<FigureRow>();
        foreach (var row in rows)
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToList();
            var index = figureRows.Count;
            var role = cells[0] switch
            {
                var c when c.StartsWith("TOTAL", StringComparison.OrdinalIgnoreCase) => RowRole.Total,
                var c when c.StartsWith("SUBTOTAL", StringComparison.OrdinalIgnoreCase) => RowRole.Subtotal,
                var c when c.StartsWith('#') => RowRole.Group,
                _ => RowRole.Item,
            };
            cells[0] = cells[0].TrimStart('#');
            var values = new List<ReportValue?>();
            var labels = new List<string>();
            for (var i = 0; i < figureColumns.Count; i++)
            {
                var cell = i < cells.Count ? cells[i] : string.Empty;
                if (figureColumns[i].Role == ColumnRole.Text)
                {
                    values.Add(null);
                    if (cell.Length > 0)
                    {
                        labels.Add(cell);
                    }
                }
                else
                {
                    values.Add(Value(cell, id, index, i));
                }
            }

            // The row's own code is the last one printed (an OER cell may precede its AER's).
            var code = labels.Select(l => CeplanCode.TryRead(l, out var c) && c.Raw.Length >= l.Length - 1 ? c.Code : null).LastOrDefault(c => c is not null);
            figureRows.Add(new FigureRow(code, string.Join(' ', labels.Where(l => l != code)), role, values, new Provenance(page, null, id, index, null, row)));
        }

        tables.Add(new FigureTable(id, FigureTableKind.Other, title, subject, figureColumns, figureRows, null, new Provenance(page, null, id, null, null, title)));
        return this;
    }

    public CeplanReport Build()
    {
        var document = new DocumentInfo(file, new string('0', 64), new Classification(ReportKind.Other, 1, []), null, null, null, evaluated is null ? null : ParsePeriod(evaluated), page, null);
        return new CeplanReport(document, objectives, actions, indicators, tables, summaries, figures, claims, [], []);
    }

    public static Period ParsePeriod(string key)
        => Period.TryParse(key.Trim(), out var period) ? period : throw new ArgumentException("Not a period key: " + key, nameof(key));

    private static FigureColumn Column(string spec)
    {
        var parts = spec.Split(':');
        var role = parts.Length > 1 ? Enum.Parse<ColumnRole>(parts[1], ignoreCase: true) : ColumnRole.Text;
        Period? period = parts.Length > 2 ? ParsePeriod(parts[2]) : null;
        return new FigureColumn(parts[0], role, period);
    }

    private Provenance Here(string raw) => new(page, null, null, line++, null, raw);

    private List<PeriodValue> Stated(string progress)
        => Series(progress).Select(s => new PeriodValue(s.HasPeriod ? s.Period : null, s.Value)).ToList();

    private List<(Period Period, bool HasPeriod, ReportValue Value)> Series(string series)
    {
        var result = new List<(Period, bool, ReportValue)>();
        foreach (var entry in series.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            result.Add(equals < 0
                ? (default, false, Value(entry))
                : (ParsePeriod(entry[..equals]), true, Value(entry[(equals + 1)..].Trim())));
        }

        return result;
    }
}

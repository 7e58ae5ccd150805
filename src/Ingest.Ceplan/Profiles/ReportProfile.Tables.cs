using System.Text.Json.Serialization;

namespace Ingest.Ceplan.Profiles;

/// <summary>How the tables of a report kind map to the model: the <c>"tables"</c> section of <c>pipelines/&lt;kind&gt;.json</c>.</summary>
public sealed partial record ReportProfile
{
    /// <summary>Gets the table rules, tried in order for each logical table of a report.</summary>
    public IReadOnlyList<TableRule> Tables { get; init; } = [];
}

/// <summary>Which reader turns a recognised table into model records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TableReaderKind>))]
public enum TableReaderKind
{
    /// <summary>Objective, action and indicator rows with baseline, expected, obtained and avance columns.</summary>
    Indicators,

    /// <summary>A list of codes and names (objectives, actions, or indicator names per objective / action).</summary>
    Elements,

    /// <summary>A semáforo / desempeño count table.</summary>
    Summary,

    /// <summary>A table of figures with totals (contribution, POI execution, cost centre, budget).</summary>
    Figures,

    /// <summary>The POI seguimiento grid of the CEPLAN web app (one actividad operativa per PROG. / EJEC. row pair, monthly physical
    /// and financial figures), read from the words of its pages rather than from a logical table.</summary>
    PoiSeguimiento,
}

/// <summary>How one column of a recognised table is read.</summary>
/// <remarks>
/// A column matches when its header label (normalised: lower case, no accents, period words removed) contains one of
/// <see cref="Labels"/> as whole words (or equals one, when <see cref="Exact"/>), and, when <see cref="Leaf"/> is given,
/// its innermost header word is one of those (<c>Año</c> / <c>Valor</c> under <c>Línea Base</c>).
/// </remarks>
public sealed record ColumnRule
{
    /// <summary>Gets the field the column fills (<c>code</c>, <c>name</c>, <c>expected</c>, <c>obtained</c>, <c>progress</c>, <c>pim</c>, ...).</summary>
    public required string Field { get; init; }

    /// <summary>Gets the header labels (synonyms) that name the field.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Gets the innermost header words the column must have, when any.</summary>
    public IReadOnlyList<string> Leaf { get; init; } = [];

    /// <summary>Gets a value indicating whether a label must equal the column's whole label.</summary>
    public bool Exact { get; init; }

    /// <summary>Gets the period a column without one in its header means: <c>evaluated</c> (the report's evaluated period) or <see langword="null"/>.</summary>
    public string? DefaultPeriod { get; init; }

    /// <summary>Gets the ceiling the report truncates the column's percentages at (100 for <c>porcentaje de avances truncados al 100%</c>), when it does.</summary>
    public decimal? Cap { get; init; }
}

/// <summary>How a labelled figure printed on its own line below a grid is read (<c>EJECUCIÓN FÍSICA POR AEI.01.01: 75.0</c>,
/// <c>TOTAL DE EJECUCIÓN FINANCIERA 12,422,984.95</c>).</summary>
/// <remarks>The label is matched like a column label (normalised, whole words); the first figure after it is the value.</remarks>
public sealed record LineRule
{
    /// <summary>Gets the labels (synonyms) of the line.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Gets the role of the row the figure goes to: <c>Subtotal</c> (the rows since the previous heading; the label names the
    /// heading's code) or <c>Total</c> (the whole table).</summary>
    public string Role { get; init; } = "Total";

    /// <summary>Gets the column the figure goes to (a field of the table's column rules, such as <c>physical.average</c>), <c>count</c>
    /// for a stated count of the listed items, or <c>-</c> for a figure read as nothing.</summary>
    public required string Field { get; init; }
}

/// <summary>How a kind of table is recognised and read.</summary>
public sealed record TableRule
{
    /// <summary>Gets the rule's name, used in problems and tests (<c>indicators</c>, <c>semaforo</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the reader the table goes to.</summary>
    public TableReaderKind Reader { get; init; }

    /// <summary>Gets phrases that must all occur in the table's header (normalised).</summary>
    public IReadOnlyList<string> All { get; init; } = [];

    /// <summary>Gets phrases of which at least one must occur in the header, when any are given.</summary>
    public IReadOnlyList<string> Any { get; init; } = [];

    /// <summary>Gets phrases that must not occur in the header.</summary>
    public IReadOnlyList<string> None { get; init; } = [];

    /// <summary>Gets the column rules, tried in order for each column.</summary>
    public IReadOnlyList<ColumnRule> Columns { get; init; } = [];

    /// <summary>Gets, for a table printed without a header, the fields of its columns left to right; the rule then applies to headerless tables with that many columns whose first cell holds a plan code.</summary>
    public IReadOnlyList<string> Positional { get; init; } = [];

    /// <summary>Gets the figure table kind (<c>contribution</c>, <c>poi-execution</c>, <c>cost-centre</c>, <c>budget</c>) for <see cref="TableReaderKind.Figures"/>.</summary>
    public string? FigureKind { get; init; }

    /// <summary>Gets the field that a <see cref="TableReaderKind.Figures"/> table's columns headed by a period alone fill
    /// (<c>1° Semestre</c>, <c>2° Semestre</c>, <c>Anual</c>: periods of the evaluated year, whose headers leave no label to
    /// match), such as <c>progress</c>; <see langword="null"/> when such columns are not read.</summary>
    public string? PeriodColumns { get; init; }

    /// <summary>Gets what a summary table counts when its row labels do not say (<c>actions</c>, <c>objectives</c>, <c>indicators</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>Gets a value indicating whether the table's header must be the whole table (a header printed alone at the foot of a page whose data continues on the next).</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>Gets a value indicating whether this is one of the kind's main tables (the indicator table of a seguimiento report, the
    /// OEI / AEI tables of an evaluation, the contribution tables of a POI report): a report of the kind in which no main table
    /// yields anything is partial.</summary>
    public bool Main { get; init; }

    /// <summary>Gets the labelled figures printed on their own lines below or between the table's rows (subtotals, totals), for readers that read them.</summary>
    public IReadOnlyList<LineRule> Lines { get; init; } = [];
}


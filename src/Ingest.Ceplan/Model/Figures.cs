namespace Ingest.Ceplan.Model;

/// <summary>What a row of a <see cref="FigureTable"/> is.</summary>
public enum RowRole
{
    /// <summary>A listed item (an área, an AEI, a centro de costo, a budget line).</summary>
    Item,

    /// <summary>A group heading row that may carry its own figures (an OEI row above its AEI rows).</summary>
    Group,

    /// <summary>A subtotal of the items since the previous subtotal or group.</summary>
    Subtotal,

    /// <summary>The TOTAL row of the table.</summary>
    Total,
}

/// <summary>What the figures of a <see cref="FigureColumn"/> mean, which decides how they are recomputed.</summary>
public enum ColumnRole
{
    /// <summary>Not a figure column (labels, names).</summary>
    Text,

    /// <summary>A count of items (número de AO); totals add up.</summary>
    Count,

    /// <summary>A programmed quantity (metas programadas); totals add up.</summary>
    Programmed,

    /// <summary>An executed quantity (ejecutadas); totals add up.</summary>
    Executed,

    /// <summary>A percentage of executed over programmed (or devengado over PIM) in the same row.</summary>
    Percent,

    /// <summary>An average of figures of the listed items (promedio de ejecución); a total row holds the mean of its items.</summary>
    Average,

    /// <summary>Presupuesto institucional de apertura (soles); totals add up.</summary>
    Pia,

    /// <summary>Presupuesto institucional modificado (soles); totals add up.</summary>
    Pim,

    /// <summary>Devengado, budget executed (soles); totals add up.</summary>
    Devengado,

    /// <summary>Any other amount whose total adds up.</summary>
    Amount,

    /// <summary>A grado de prioridad (1 the highest): it weights the rows' averages (<c>Pmax - P + 1</c>) and is never totalled.</summary>
    Priority,
}

/// <summary>The kinds of <see cref="FigureTable"/>.</summary>
public enum FigureTableKind
{
    /// <summary>Contribution of areas to an OEI / AEI (N°, Área, Programadas, Ejecutadas, %).</summary>
    Contribution,

    /// <summary>POI execution per OEI / AEI (number of AO, AO with ≥ 100%, average execution).</summary>
    PoiExecution,

    /// <summary>POI execution per centro de costo (number of AO, semesters, annual).</summary>
    CostCentre,

    /// <summary>Budget execution (PIA, PIM, devengado, % ejecución).</summary>
    Budget,

    /// <summary>Another table of figures with a total.</summary>
    Other,
}

/// <summary>A column of a <see cref="FigureTable"/>.</summary>
/// <param name="Name">The column's header path as printed (<c>Ejecución física / 1° Semestre</c>).</param>
/// <param name="Role">What its figures mean.</param>
/// <param name="Period">The period its figures are for, when the header says.</param>
public sealed record FigureColumn(string Name, ColumnRole Role, Period? Period)
{
    /// <summary>Gets the ceiling the report truncates the column's percentages at (the POI seguimiento report prints
    /// <c>porcentaje de avances truncados al 100%</c>), or <see langword="null"/> when it prints them as computed.</summary>
    public decimal? Cap { get; init; }
}

/// <summary>A row of a <see cref="FigureTable"/>.</summary>
/// <param name="Code">The row's code (<c>AEI.01.02</c>, <c>03.01.05.01</c>), when printed.</param>
/// <param name="Label">The row's label (área, description, <c>TOTAL</c>).</param>
/// <param name="Role">What the row is.</param>
/// <param name="Values">One entry per column of the table; <see langword="null"/> for text columns.</param>
/// <param name="Source">Where the row is printed (Column is <see langword="null"/>).</param>
public sealed record FigureRow(string? Code, string Label, RowRole Role, IReadOnlyList<ReportValue?> Values, Provenance Source)
{
    /// <summary>Gets the printed text of the row's text columns other than its label (the POI seguimiento report's nivel de
    /// prioridad, unidad de medida, tipo de agregación), one entry per column of the table (<see langword="null"/> for
    /// figure columns and where nothing is printed); empty when the reader keeps no such texts.</summary>
    public IReadOnlyList<string?> Texts { get; init; } = [];
}

/// <summary>A table of stated figures whose totals, ratios and averages can be recomputed (contribution, POI, budget tables).</summary>
/// <param name="Id">The table's id within the report (the logical table id, or a derived one).</param>
/// <param name="Kind">What kind of table it is.</param>
/// <param name="Title">The caption printed above it (<c>Cuadro N° 07 ...</c>), or the heading it belongs to.</param>
/// <param name="SubjectCode">The OEI / AEI code the table is about, when it is about one.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, in printed order.</param>
/// <param name="StatedLabel">A verdict printed for the table (eficacia: <c>META SUBVALUADA</c>), when any.</param>
/// <param name="Source">Where the table is printed.</param>
public sealed record FigureTable(
    string Id,
    FigureTableKind Kind,
    string Title,
    string? SubjectCode,
    IReadOnlyList<FigureColumn> Columns,
    IReadOnlyList<FigureRow> Rows,
    string? StatedLabel,
    Provenance Source);

/// <summary>What a summary count table counts.</summary>
public enum SummarySubject
{
    /// <summary>Acciones estratégicas (AEI / AER).</summary>
    Actions,

    /// <summary>Objetivos estratégicos (OEI / OER).</summary>
    Objectives,

    /// <summary>Indicadores.</summary>
    Indicators,
}

/// <summary>A row of a <see cref="SummaryTable"/>: the counts per bin of one subject group.</summary>
/// <param name="Label">The row's label (<c>Acciones</c>, <c>OEI.01</c>, <c>Total</c>).</param>
/// <param name="Role">Item or total row.</param>
/// <param name="Counts">One count per bin of the table, in bin order (a blank cell is a missing value).</param>
/// <param name="NotAvailable">The ND count, when the table has an ND column.</param>
/// <param name="Total">The row's printed total, when the table has a total column.</param>
/// <param name="Source">Where the row is printed.</param>
public sealed record SummaryRow(string Label, RowRole Role, IReadOnlyList<ReportValue> Counts, ReportValue? NotAvailable, ReportValue? Total, Provenance Source);

/// <summary>A semáforo / desempeño count table: how many actions, objectives or indicators fall in each avance bin.</summary>
/// <param name="Id">The table's id within the report.</param>
/// <param name="Title">The caption (<c>Tabla Resumen: Semaforización por nivel de avance</c>, <c>Cuadro 3 ...</c>).</param>
/// <param name="Subject">What is counted.</param>
/// <param name="Period">The period the counts are for, when printed.</param>
/// <param name="Bins">The bin labels as printed (<c>[0-75%</c>, <c>Medio (75-95&gt;</c>), low to high, ND and total excluded.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Source">Where the table is printed.</param>
public sealed record SummaryTable(string Id, string Title, SummarySubject Subject, Period? Period, IReadOnlyList<string> Bins, IReadOnlyList<SummaryRow> Rows, Provenance Source);

/// <summary>What a <see cref="StatedFigure"/> states.</summary>
public enum StatedFigureKind
{
    /// <summary>A report-level average of listed avances (<c>Avance promedio de AEI</c>).</summary>
    ReportAverage,

    /// <summary>A report-level index (<c>Índice de Gestión Institucional</c>).</summary>
    ManagementIndex,

    /// <summary>A stated count of items (<c>cuenta con 34 AEI</c>).</summary>
    Count,
}

/// <summary>A report-level figure printed on its own (not in a row of a table).</summary>
/// <param name="Kind">What it states.</param>
/// <param name="Label">The label printed with it.</param>
/// <param name="Scope">What it is about: <c>AEI</c>, <c>OEI</c>, <c>IND</c>, or a code when it is about one objective.</param>
/// <param name="Period">The period, when printed.</param>
/// <param name="Value">The figure.</param>
public sealed record StatedFigure(StatedFigureKind Kind, string Label, string Scope, Period? Period, ReportValue Value);

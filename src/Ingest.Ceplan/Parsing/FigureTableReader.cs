using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads tables of figures with totals: contributions per área, POI execution per OEI / AEI or centro de costo, budgets.</summary>
internal static partial class FigureTableReader
{
    public static void Read(LogicalTable table, TableRule rule, IReadOnlyList<MappedColumn> mapped, ParseContext context)
    {
        var kind = rule.FigureKind switch
        {
            "contribution" => FigureTableKind.Contribution,
            "poi-execution" => FigureTableKind.PoiExecution,
            "cost-centre" => FigureTableKind.CostCentre,
            "budget" => FigureTableKind.Budget,
            _ => FigureTableKind.Other,
        };
        mapped = WithPeriodColumns(table, rule, mapped, context);
        var byIndex = mapped.ToDictionary(m => m.Index);
        var columns = new List<FigureColumn>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var role = byIndex.TryGetValue(c, out var m) ? Role(m.Field) : ColumnRole.Text;
            var (_, period) = HeaderText.SplitPeriod(table.Columns[c].Name, context.Evaluated?.Year);
            columns.Add(new FigureColumn(table.Columns[c].Name, role, m?.Period ?? period));
        }

        // A rule whose figures are the elements' own avances (progress) gives them their priority too; elsewhere (an IEI's POI
        // table) the prioridad column stays a weight of the table's averages and the elements keep what their own tables say.
        var progressColumns = mapped.Where(m => m.Field == "progress" && m.Period is not null).ToList();
        var priorityColumn = mapped.Any(m => m.Field == "progress") ? mapped.FirstOrDefault(m => m.Field == "priority")?.Index : null;

        var codeColumn = mapped.FirstOrDefault(m => m.Field == "code")?.Index;
        var labelColumn = mapped.FirstOrDefault(m => m.Field == "label")?.Index ?? (codeColumn is { } cc ? cc + 1 : 1);
        var rows = new List<FigureRow>();
        var hasActions = false;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var label = ParseContext.OneLine(row.TextAt(labelColumn));
            while (r + 1 < table.Rows.Count && IsWrappedLabel(table, r + 1, labelColumn))
            {
                // A long label that wraps past the page break goes on in a row of its own on the next page.
                r++;
                label += " " + ParseContext.OneLine(table.Rows[r].TextAt(labelColumn));
            }

            var first = ParseContext.OneLine(row.TextAt(0));
            var codeText = codeColumn is { } k ? ParseContext.OneLine(row.TextAt(k)) : label;
            string? code = null;
            var isObjective = false;
            if (CeplanCode.TryRead(codeText, out var read) && codeText.StartsWith(read.Raw, StringComparison.Ordinal))
            {
                code = read.Code;
                isObjective = read.IsObjective;
                hasActions |= read.IsAction;
                if (codeColumn is null || kind != FigureTableKind.CostCentre)
                {
                    // A row naming an objective or action registers it (its figures stay in the table).
                    var name = (codeColumn is null ? codeText[read.Raw.Length..].TrimStart(':', ' ', '.') : label).Trim();
                    var rowSource = ParseContext.Source(table, r, codeColumn ?? labelColumn);
                    var priority = priorityColumn is { } pc && int.TryParse(ParseContext.OneLine(row.TextAt(pc)), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
                    var progress = Progress(table, r, progressColumns);
                    if (read.IsObjective)
                    {
                        context.AddObjective(new Objective(read.Code, name, priority, progress, rowSource));
                    }
                    else if (read.IsAction)
                    {
                        context.AddAction(new StrategicAction(read.Code, read.ParentCode ?? string.Empty, name, priority, progress, rowSource));
                    }
                }
                if (codeColumn is null)
                {
                    label = codeText[read.Raw.Length..].TrimStart(':', ' ', '.');
                }
            }
            else if (codeColumn is not null && codeText.Length > 0 && kind == FigureTableKind.CostCentre)
            {
                code = codeText;
            }

            var normalFirst = HeaderText.Normalise(first + " " + label);
            RowRole role;
            if (normalFirst.StartsWith("total", StringComparison.Ordinal) || HeaderText.Normalise(label).StartsWith("total", StringComparison.Ordinal))
            {
                role = RowRole.Total;
                if (label.Length == 0)
                {
                    label = first;
                }
            }
            else if (normalFirst.Contains("indice de gestion", StringComparison.Ordinal))
            {
                role = RowRole.Total;
            }
            else
            {
                role = isObjective ? RowRole.Group : RowRole.Item;
            }

            var values = new List<ReportValue?>();
            for (var c = 0; c < columns.Count; c++)
            {
                values.Add(columns[c].Role == ColumnRole.Text ? null : PeruvianNumber.Parse(row.TextAt(c), ParseContext.Source(table, r, c)));
            }

            if (role == RowRole.Total && normalFirst.Contains("indice de gestion", StringComparison.Ordinal))
            {
                var last = values.LastOrDefault(v => v is { HasValue: true });
                if (last is not null)
                {
                    var at = values.LastIndexOf(last);
                    context.StatedFigures.Add(new StatedFigure(StatedFigureKind.ManagementIndex, label.Length > 0 ? label : first, "OEI", columns[at].Period, last));
                }
            }

            rows.Add(new FigureRow(code, label, role, values, ParseContext.Source(table, r, null)));
        }

        if (!hasActions)
        {
            // Without action rows an objective row is an item, not a group heading.
            rows = rows.Select(row => row.Role == RowRole.Group ? row with { Role = RowRole.Item } : row).ToList();
        }

        var title = SummaryTableReader.Caption(table, context);
        // A table is about the one objective it groups under; one that lists several (Tabla 1: every OEI) is about none.
        var groups = rows.Where(row => row.Role == RowRole.Group).ToList();
        var subject = kind == FigureTableKind.Contribution && codeColumn is null && rows.All(row => row.Code is null)
            ? HeadingCode(context.LinesAbove(table, 4))
            : groups.Count == 1 ? groups[0].Code : null;
        var source = new Provenance(table.FirstPage, table.Parts.Count > 0 ? table.Parts[0].Box : null, table.Id, null, null, title);
        context.FigureTables.Add(new FigureTable(table.Id, kind, title, subject, columns, rows, StatedLabel(table, context), source));
    }

    /// <summary>
    /// Adds the columns headed by a period alone (<c>1° Semestre</c>, <c>Anual</c>) as the rule's <see cref="TableRule.PeriodColumns"/>
    /// field: their headers leave no label for a column rule to match once the period words are taken out.
    /// </summary>
    private static IReadOnlyList<MappedColumn> WithPeriodColumns(LogicalTable table, TableRule rule, IReadOnlyList<MappedColumn> mapped, ParseContext context)
    {
        if (rule.PeriodColumns is not { } field)
        {
            return mapped;
        }

        var result = mapped.ToList();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var name = table.Columns[c].Name;
            var header = string.Join(' ', table.Columns[c].Path);
            if (result.Any(m => m.Index == c) || header.Trim().Length == 0)
            {
                continue;
            }

            var (label, period) = HeaderText.SplitPeriod(header, context.Evaluated?.Year);
            if (label.Length > 0)
            {
                continue;
            }

            if (period is null)
            {
                context.Problems.Add($"{table.Id}: column {c} \"{name}\" ({field}) names no period (evaluated period unknown); not read");
                continue;
            }

            result.Add(new MappedColumn(c, field, period, name));
        }

        return result.OrderBy(m => m.Index).ToList();
    }

    /// <summary>Gets the avances a row states in its period columns; a blank cell (no value for that semester) is no avance, not a missing one.</summary>
    private static List<PeriodValue> Progress(LogicalTable table, int r, IReadOnlyList<MappedColumn> columns)
    {
        var result = new List<PeriodValue>();
        foreach (var column in columns)
        {
            var value = PeruvianNumber.Parse(table.Rows[r].TextAt(column.Index), ParseContext.Source(table, r, column.Index));
            if (value.Missing != MissingReason.Blank)
            {
                result.Add(new PeriodValue(column.Period, value));
            }
        }

        return result;
    }

    /// <summary>
    /// Gets whether a row only carries the rest of the previous row's label: it opens a new part of the table (the next page,
    /// or the table again under a repeated header), prints text in the label column and nothing else.
    /// </summary>
    private static bool IsWrappedLabel(LogicalTable table, int r, int labelColumn)
    {
        var row = table.Rows[r];
        if (!OpensPart(table.Rows[r - 1], row) || ParseContext.OneLine(row.TextAt(labelColumn)).Length == 0)
        {
            return false;
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c != labelColumn && ParseContext.OneLine(row.TextAt(c)).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether a row opens a new part of the table: another page, or a gap (a repeated header) above it; ruled rows otherwise touch.</summary>
    private static bool OpensPart(TableRow previous, TableRow row)
        => row.Page != previous.Page || row.Box.Top - previous.Box.Bottom > 5.0;

    /// <summary>Finds the code of the heading a table sits under: the last code of the nearest line that has one. A heading
    /// that prints an objective and its first action on one line ("OEI.04 Mejorar ... fiscalizaciónAEI.04.01 Ampliar ...",
    /// the space lost in extraction) is about the action.</summary>
    private static string? HeadingCode(IReadOnlyList<TextLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var code = CeplanCode.ReadAll(CeplanCode.Unglue(lines[i].Text)).LastOrDefault(c => !c.IsIndicator);
            if (code is not null)
            {
                return code.Code;
            }
        }

        return null;
    }

    private static ColumnRole Role(string field) => field switch
    {
        "programmed" => ColumnRole.Programmed,
        "executed" => ColumnRole.Executed,
        "percent" => ColumnRole.Percent,
        "count" => ColumnRole.Count,
        "average" => ColumnRole.Average,
        "pia" => ColumnRole.Pia,
        "pim" => ColumnRole.Pim,
        "devengado" => ColumnRole.Devengado,
        "amount" => ColumnRole.Amount,
        "priority" => ColumnRole.Priority,
        "progress" => ColumnRole.Average,
        _ => ColumnRole.Text,
    };

    /// <summary>Finds a verdict printed after the table (<c>META SUBVALUADA</c>, <c>META PARCIALMENTE CUMPLIDA, ACEPTABLE</c>).</summary>
    private static string? StatedLabel(LogicalTable table, ParseContext context)
    {
        var text = string.Join(' ', context.LinesBelow(table, 8).Select(l => l.Text));
        var match = Verdict().Match(text);
        return match.Success ? match.Value.Trim().TrimEnd('.', ',', '*').Trim() : null;
    }

    [GeneratedRegex(@"META(?:\s+[A-ZÁÉÍÓÚÑ]+,?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Verdict();
}

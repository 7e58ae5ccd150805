using System.Globalization;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Parsing;

/// <summary>A table column matched to a profile field.</summary>
/// <param name="Index">The column's index in the logical table.</param>
/// <param name="Field">The field it fills.</param>
/// <param name="Period">The period it is for, when the field is per period.</param>
/// <param name="Name">The column's header as printed.</param>
internal sealed record MappedColumn(int Index, string Field, Period? Period, string Name);

/// <summary>Matches the columns of a logical table to the fields of a table rule.</summary>
/// <remarks>
/// Reports print column groups (<c>Logro Esperado</c>, <c>Valores Obtenidos</c>) over runs of period columns, and
/// the group label is not always above the run's first column. The leaf columns are cut into runs (baseline
/// <c>Año</c> / <c>Valor</c>, then runs of increasing periods); when the labels are not aligned with the runs but
/// there are as many labels as runs, label i names run i; otherwise each label names the columns to its right up
/// to the next label.
/// </remarks>
internal static class ColumnMap
{
    /// <summary>Gets whether a field is per period.</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> for expected, obtained, progress.</returns>
    public static bool IsPeriodic(string field) => field is "expected" or "obtained" or "progress";

    /// <summary>Gets the header text of each column with its group assigned (normalised), and its period.</summary>
    /// <param name="table">The table.</param>
    /// <param name="defaultYear">The year a bare semester header refers to.</param>
    /// <returns>Per column: the label to match, its leaf word and period.</returns>
    public static IReadOnlyList<(string Label, string? Leaf, Period? Period)> Headers(LogicalTable table, int? defaultYear)
    {
        var count = table.Columns.Count;
        var group = new string[count];
        var leaf = new string?[count];
        var period = new Period?[count];
        var paths = table.Columns.Select(c => string.Join(' ', c.Path)).ToArray();
        var yearless = new bool[count];
        for (var c = 0; c < count; c++)
        {
            var (label, p) = HeaderText.SplitPeriod(paths[c], defaultYear, out yearless[c]);
            period[c] = p;
            foreach (var word in new[] { "ano", "valor" })
            {
                if (label == word || label.EndsWith(" " + word, StringComparison.Ordinal))
                {
                    leaf[c] = word;
                    label = label[..^word.Length].Trim();
                }
            }

            group[c] = label;
        }

        for (var c = 0; c < count; c++)
        {
            // "Línea base 2022" over one column: the baseline's value, its year printed in the header.
            if (leaf[c] is null && period[c] is { Semester: null, EndYear: null } && HeaderText.ContainsPhrase(group[c], "linea base")
                && (c + 1 >= count || !HeaderText.ContainsPhrase(group[c + 1], "linea base")) && (c == 0 || !HeaderText.ContainsPhrase(group[c - 1], "linea base")))
            {
                leaf[c] = "valor";
            }

            if (yearless[c] && PairedYear(paths, yearless, c) is { } year)
            {
                period[c] = HeaderText.SplitPeriod(paths[c], year).Period;
            }
        }

        AssignGroups(group, leaf, period);
        var result = new (string, string?, Period?)[count];
        for (var c = 0; c < count; c++)
        {
            result[c] = ((group[c] + " " + leaf[c]).Trim(), leaf[c], period[c]);
        }

        return result;
    }

    /// <summary>
    /// Gets the year of a semester or annual column printed without one: a year printed once over a pair of columns
    /// (<c>2023</c> over <c>Sem1</c> and <c>Anual</c>), centred, falls over one of them when no ruling draws the span. The
    /// first semester takes the year of its right neighbour's pair, the second semester and the annual column their left
    /// neighbour's; a neighbour counts only when it prints a year with a semester or <c>Anual</c> (a plain year column of
    /// another group does not).
    /// </summary>
    private static int? PairedYear(string[] paths, bool[] yearless, int column)
    {
        var first = HeaderText.SplitPeriod(paths[column], 2000).Period is { Semester: 1 };
        int? YearAt(int c)
            => c >= 0 && c < paths.Length && !yearless[c] && HeaderText.SplitPeriod(paths[c], null).Period is { EndYear: null } p && PrintsPart(paths[c]) ? p.Year : null;
        return first ? YearAt(column + 1) ?? YearAt(column - 1) : YearAt(column - 1) ?? YearAt(column + 1);
    }

    /// <summary>Gets whether a header names a semester or the annual column besides its year.</summary>
    private static bool PrintsPart(string path)
    {
        var (_, period) = HeaderText.SplitPeriod(path, null);
        return period is { Semester: not null } || HeaderText.ContainsPhrase(HeaderText.Normalise(path), "anual");
    }

    /// <summary>Maps the columns of a table to a rule's fields.</summary>
    /// <param name="table">The table.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="evaluated">The report's evaluated period.</param>
    /// <param name="problems">Where unmatched or period-less columns are reported.</param>
    /// <returns>The mapped columns (unmatched columns are left out).</returns>
    public static IReadOnlyList<MappedColumn> Map(LogicalTable table, TableRule rule, Period? evaluated, ICollection<string> problems)
    {
        var mapped = new List<MappedColumn>();
        if (rule.Positional.Count > 0)
        {
            for (var c = 0; c < Math.Min(rule.Positional.Count, table.Columns.Count); c++)
            {
                var spec = rule.Positional[c];
                var at = spec.IndexOf('@', StringComparison.Ordinal);
                var field = at < 0 ? spec : spec[..at];
                Period? p = null;
                if (at >= 0)
                {
                    var key = spec[(at + 1)..];
                    p = key == "evaluated" ? evaluated : Period.TryParse(key, out var read) ? read : null;
                    if (p is null)
                    {
                        problems.Add($"{table.Id}: column {c} ({spec}) has no period (evaluated period unknown); not read");
                        continue;
                    }
                }

                if (field.Length > 0 && field != "-")
                {
                    mapped.Add(new MappedColumn(c, field, p, spec));
                }
            }

            return mapped;
        }

        var headers = Spread(table, Headers(table, evaluated?.Year), evaluated, problems);
        for (var c = 0; c < headers.Count; c++)
        {
            var (label, leaf, period) = headers[c];
            if (label.Length == 0)
            {
                continue;
            }

            var columnRule = rule.Columns.FirstOrDefault(r => Matches(r, label, leaf));
            if (columnRule is null)
            {
                problems.Add($"{table.Id}: column {c} \"{table.Columns[c].Name}\" matches no field of profile table \"{rule.Name}\"; not read");
                continue;
            }

            if (columnRule.Field == "-")
            {
                continue;
            }

            var fieldPeriod = period ?? (columnRule.DefaultPeriod == "evaluated" ? evaluated : null);
            if (IsPeriodic(columnRule.Field) && fieldPeriod is null)
            {
                problems.Add($"{table.Id}: column {c} \"{table.Columns[c].Name}\" ({columnRule.Field}) names no period; not read");
                continue;
            }

            mapped.Add(new MappedColumn(c, columnRule.Field, fieldPeriod, table.Columns[c].Name));
        }

        return mapped;
    }

    /// <summary>
    /// Gives a group label printed over unlabelled columns (no header text at all below or beside it) the columns it
    /// spans: <c>Línea Base</c> over two columns is its year and value; a group over as many columns as the evaluated
    /// range has years (<c>2023-2024</c>) is one column per year. Each such reading is reported as a problem.
    /// </summary>
    private static IReadOnlyList<(string Label, string? Leaf, Period? Period)> Spread(
        LogicalTable table, IReadOnlyList<(string Label, string? Leaf, Period? Period)> headers, Period? evaluated, ICollection<string> problems)
    {
        var result = headers.ToArray();
        for (var c = 0; c < result.Length; c++)
        {
            var (label, leaf, period) = result[c];
            if (label.Length == 0 || leaf is not null || period is not null)
            {
                continue;
            }

            var span = 1;
            while (c + span < result.Length && table.Columns[c + span].Path.Count == 0)
            {
                span++;
            }

            if (span == 1)
            {
                continue;
            }

            if (span == 2 && HeaderText.ContainsPhrase(label, "linea base"))
            {
                result[c] = (label + " ano", "ano", null);
                result[c + 1] = (label + " valor", "valor", null);
                problems.Add($"{table.Id}: columns {c}-{c + 1} under \"{table.Columns[c].Name}\" print no Año / Valor; read as year and value");
            }
            else if (evaluated is { EndYear: { } end } range && end - range.Year + 1 == span)
            {
                for (var k = 0; k < span; k++)
                {
                    result[c + k] = (label, null, new Period(range.Year + k));
                }

                problems.Add($"{table.Id}: columns {c}-{c + span - 1} under \"{table.Columns[c].Name}\" print no years; read as {range.Year}..{end} (the evaluated period)");
            }

            c += span - 1;
        }

        return result;
    }

    /// <summary>Gets whether a rule names a column.</summary>
    internal static bool Matches(ColumnRule rule, string label, string? leaf)
    {
        if (rule.Leaf.Count > 0 && (leaf is null || !rule.Leaf.Contains(leaf)))
        {
            return false;
        }

        string? singular = null;
        foreach (var candidate in rule.Labels)
        {
            var phrase = HeaderText.ProfilePhrase(candidate);
            if (rule.Exact ? label == phrase.Normal : HeaderText.ContainsPhrase(singular ??= HeaderText.Singular(label), phrase.Singular))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssignGroups(string[] group, string?[] leaf, Period?[] period)
    {
        var count = group.Length;
        var start = -1;
        for (var c = 0; c < count; c++)
        {
            if (period[c] is not null || leaf[c] is not null)
            {
                start = c;
                break;
            }
        }

        if (start < 0)
        {
            return;
        }

        // Runs of leaf columns: baseline words, then runs of increasing periods; an empty column continues a run.
        var runs = new List<List<int>>();
        string? kind = null;
        Period? last = null;
        for (var c = start; c < count; c++)
        {
            var k = leaf[c] is not null ? "base" : period[c] is not null ? "period" : null;
            var startsRun = runs.Count == 0 || (k is not null && kind is not null && k != kind)
                || (k == "period" && last is { } previous && period[c]!.Value.CompareTo(previous) <= 0);
            if (startsRun)
            {
                runs.Add([]);
                last = null;
            }

            runs[^1].Add(c);
            if (k is not null)
            {
                kind = k;
            }

            if (period[c] is { } p)
            {
                last = p;
            }
        }

        var labels = new List<string>();
        var aligned = true;
        for (var c = start; c < count; c++)
        {
            if (group[c].Length == 0)
            {
                continue;
            }

            if (labels.Count == 0 || labels[^1] != group[c])
            {
                labels.Add(group[c]);
            }

            aligned &= runs.Any(run => run[0] == c) || (labels.Count > 0 && c > start && group[c - 1] == group[c]);
        }

        if (!aligned && labels.Count == runs.Count)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                foreach (var c in runs[i])
                {
                    group[c] = labels[i];
                }
            }

            return;
        }

        var current = string.Empty;
        for (var c = start; c < count; c++)
        {
            if (group[c].Length > 0)
            {
                current = group[c];
            }
            else if (period[c] is not null || leaf[c] is not null)
            {
                group[c] = current;
            }
        }
    }

    /// <summary>Formats a period field for messages.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The field and period.</returns>
    public static string Describe(MappedColumn column)
        => column.Period is { } p ? string.Create(CultureInfo.InvariantCulture, $"{column.Field} {p}") : column.Field;
}

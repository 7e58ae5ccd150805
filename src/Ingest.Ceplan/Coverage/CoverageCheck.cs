using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Parsing;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Coverage;

/// <summary>
/// Measures how much of what a report prints was read: every plan code of its text layer is either in the model or an
/// <see cref="UnreadElement"/>, and every table printing codes nothing read is an <see cref="UnreadTable"/>.
/// </summary>
/// <remarks>
/// The check looks at the printed page, not at what the readers saw, so it holds whatever the layout and whichever reader
/// ran: a table the table layer missed, a row a reader skipped and a misprinted code all show up here.
/// </remarks>
internal static class CoverageCheck
{
    /// <summary>Measures a report's coverage.</summary>
    /// <param name="pages">The report's pages.</param>
    /// <param name="tables">The logical tables the parser was given.</param>
    /// <param name="parsed">What the parser read, with the outcome of each table.</param>
    /// <param name="profile">The kind's profile, when the kind has one (its main tables must yield something).</param>
    /// <returns>The coverage.</returns>
    public static ElementCoverage Measure(IReadOnlyList<PageContent> pages, IReadOnlyList<LogicalTable> tables, ParsedTables parsed, ReportProfile? profile)
    {
        var printings = Printings(pages);
        var read = ReadCodes(parsed, out var withoutFigures);
        var printed = new List<PrintedElement>();
        var unread = new List<UnreadElement>();
        var unreadByTable = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in printings.GroupBy(p => p.Code.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            printed.Add(new PrintedElement(group.Key, first.Source, group.FirstOrDefault(p => p.Code.Misprinted).Source));
            if (read.Contains(group.Key))
            {
                continue;
            }

            var (reason, table) = Reason(group.Key, group, tables, parsed, withoutFigures);
            unread.Add(new UnreadElement(group.Key, reason, table?.Id, first.Source));
            foreach (var id in group.Select(p => TableAt(tables, parsed, p.Source)?.Id).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (parsed.Outcomes.TryGetValue(id, out var outcome) && !outcome.Yielded)
                {
                    (unreadByTable.TryGetValue(id, out var codes) ? codes : unreadByTable[id] = []).Add(group.Key);
                }
            }
        }

        var unreadTables = new List<UnreadTable>();
        foreach (var table in tables)
        {
            if (unreadByTable.TryGetValue(table.Id, out var codes))
            {
                var header = Header(table);
                var (page, box) = table.Parts.Count > 0 ? (table.Parts[0].Page, table.Parts[0].Box) : (table.Rows[0].Page, table.Rows[0].Box);
                unreadTables.Add(new UnreadTable(table.Id, header, table.Rows.Count, codes, false, new Provenance(page, box, table.Id, null, null, header)));
            }
        }

        var mains = profile?.Tables.Where(t => t.Main).Select(t => t.Name).ToList() ?? [];
        if (mains.Count > 0 && !mains.Any(parsed.RulesRead.Contains))
        {
            unreadTables.Insert(0, new UnreadTable(null, string.Join(" | ", mains), 0, [], true, Provenance.None));
        }

        return new ElementCoverage(printed, unread, unreadTables);
    }

    /// <summary>Gets every printing of a plan code in the pages' lines, in reading order, with the box of its words.</summary>
    private static List<(CeplanCode Code, Provenance Source)> Printings(IReadOnlyList<PageContent> pages)
    {
        var printings = new List<(CeplanCode, Provenance)>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                var text = line.Text;
                var unglued = CeplanCode.Unglue(text);

                // Word offsets hold only when the line reads as its words joined (not reordered, nothing unglued).
                var joined = string.Join(' ', line.Words.Select(w => w.Text));
                var exact = string.Equals(unglued, joined, StringComparison.Ordinal);
                foreach (var (code, index, length) in CeplanCode.Locate(unglued))
                {
                    if (!code.IsWellFormed)
                    {
                        continue;
                    }

                    var box = exact ? WordsBox(line, index, length) : line.Box;
                    printings.Add((code, new Provenance(page.PageNumber, box, null, null, null, code.Raw)));
                }
            }
        }

        return printings;
    }

    /// <summary>Gets the box of the words a span of a line's text covers.</summary>
    private static PdfRect WordsBox(TextLine line, int index, int length)
    {
        PdfRect? box = null;
        var at = 0;
        foreach (var word in line.Words)
        {
            var end = at + word.Text.Length;
            if (end > index && at < index + length)
            {
                box = box is { } b ? b.Union(word.Box) : word.Box;
            }

            at = end + 1;
        }

        return box ?? line.Box;
    }

    /// <summary>Gets the codes the model holds: objectives, actions, indicators with a figure, coded rows of figure and summary tables.</summary>
    private static HashSet<string> ReadCodes(ParsedTables parsed, out HashSet<string> withoutFigures)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        read.UnionWith(parsed.Objectives.Select(o => o.Code));
        read.UnionWith(parsed.Actions.Select(a => a.Code));
        withoutFigures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in parsed.Indicators)
        {
            // ND and a dash are figures as printed; a row of blank slots is a row whose figure columns were not mapped.
            if (indicator.BaselineValue.HasValue || indicator.Observations.Any(o => o.Value.Missing is not MissingReason.Blank))
            {
                read.Add(indicator.Code);
            }
            else
            {
                withoutFigures.Add(indicator.Code);
            }
        }

        withoutFigures.ExceptWith(read);
        foreach (var table in parsed.FigureTables)
        {
            AddCodes(read, table.SubjectCode);
            foreach (var row in table.Rows)
            {
                AddCodes(read, row.Code);
            }
        }

        foreach (var row in parsed.Summaries.SelectMany(s => s.Rows))
        {
            AddCodes(read, row.Label);
        }

        return read;
    }

    private static void AddCodes(HashSet<string> read, string? text)
    {
        foreach (var code in CeplanCode.ReadAll(text))
        {
            read.Add(code.Code);
        }
    }

    /// <summary>Says why a code was not read: the table it is printed in matched no profile table, its row was not read or holds no figure, or it is only in running text.</summary>
    private static (UnreadReason Reason, LogicalTable? Table) Reason(
        string code, IEnumerable<(CeplanCode Code, Provenance Source)> printings, IReadOnlyList<LogicalTable> tables, ParsedTables parsed, HashSet<string> withoutFigures)
    {
        LogicalTable? recognised = null;
        foreach (var (_, source) in printings)
        {
            var table = TableAt(tables, parsed, source);
            if (table is null)
            {
                continue;
            }

            if (!parsed.Outcomes.TryGetValue(table.Id, out var outcome) || outcome.Rule is null)
            {
                return (UnreadReason.TableNotRecognised, table);
            }

            recognised ??= table;
        }

        if (withoutFigures.Contains(code))
        {
            return (UnreadReason.RowWithoutFigures, recognised);
        }

        return recognised is null ? (UnreadReason.TextOnly, null) : (UnreadReason.RowNotRead, recognised);
    }

    /// <summary>Finds the table a printing lies in; where tables overlap (two readings of one region), the one that was read wins.</summary>
    private static LogicalTable? TableAt(IReadOnlyList<LogicalTable> tables, ParsedTables parsed, Provenance source)
    {
        if (source.Box is not { } box)
        {
            return null;
        }

        LogicalTable? found = null;
        foreach (var table in tables)
        {
            var inside = table.Parts.Any(p => p.Page == source.Page && Contains(p.Box, box))
                || table.Rows.Any(r => r.Page == source.Page && Contains(r.Box, box));
            if (!inside)
            {
                continue;
            }

            if (parsed.Outcomes.TryGetValue(table.Id, out var outcome) && outcome.Yielded)
            {
                return table;
            }

            found ??= table;
        }

        return found;
    }

    private static bool Contains(PdfRect outer, PdfRect box)
        => box.CenterX >= outer.Left && box.CenterX <= outer.Right && box.CenterY >= outer.Top && box.CenterY <= outer.Bottom;

    private static string Header(LogicalTable table)
        => string.Join(" | ", table.Columns.Select(c => ParseContext.OneLine(c.Name)).Where(n => n.Length > 0));
}

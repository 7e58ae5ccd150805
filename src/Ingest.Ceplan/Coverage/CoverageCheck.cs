using System.Text.RegularExpressions;
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
internal static partial class CoverageCheck
{
    private static readonly HashSet<string> BareKinds = new(["I", "IN", "IND", "OEI", "AEI", "OER", "AER", "OIE", "AIE"], StringComparer.Ordinal);

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

        // The codes of the report's own plan printed in each table that gave the model nothing (a printing inside a table that
        // was read belongs to it); an empty entry stands for a code read elsewhere or quoted from another plan.
        var inUnreadTable = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var own = profile?.PlanCodes ?? [];
        // Each printing with the table it lies in, found once.
        var located = printings.Select(p => (p.Code, p.Source, Table: TableAt(tables, parsed, p.Source))).ToList();
        foreach (var group in located.GroupBy(p => p.Code.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            printed.Add(new PrintedElement(group.Key, first.Source, group.FirstOrDefault(p => p.Code.Misprinted).Source));
            var isRead = read.Contains(group.Key);
            var foreign = own.Count > 0 && !own.Contains(ElementKind(group.Key), StringComparer.Ordinal);
            foreach (var id in group.Select(p => p.Table?.Id).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (parsed.Outcomes.TryGetValue(id, out var outcome) && !outcome.Yielded)
                {
                    (inUnreadTable.TryGetValue(id, out var codes) ? codes : inUnreadTable[id] = []).Add(isRead || foreign ? string.Empty : group.Key);
                }
            }

            if (!isRead)
            {
                var (reason, table) = Reason(group.Key, group.Select(p => p.Table), parsed, withoutFigures);
                unread.Add(new UnreadElement(group.Key, foreign ? UnreadReason.OtherPlan : reason, table?.Id, first.Source));
            }
        }

        // A table printing plan codes that gave nothing is unread even when its codes were read elsewhere: its figures were not.
        var unreadTables = new List<UnreadTable>();
        var readPlaces = ReadPlaces(parsed);
        foreach (var table in tables)
        {
            if (inUnreadTable.TryGetValue(table.Id, out var printedCodes))
            {
                var codes = printedCodes.Where(c => c.Length > 0).ToList();
                if (codes.Count == 0 && !PrintsFigures(table))
                {
                    continue; // a list of references (recommendations per OEI / AEI, an alignment with another plan) holds no figure to check
                }

                if (codes.Count == 0 && FiguresReadElsewhere(table, readPlaces))
                {
                    continue; // the same print read by another reading of the page (a layout reader's block over the same rows)
                }

                var header = ParseContext.HeaderText(table);
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
        var consumed = new HashSet<Word>(ReferenceEqualityComparer.Instance);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var wrapped = WrappedCodes(page, p + 1 < pages.Count ? pages[p + 1] : null, consumed);
            var onPage = new List<(int Line, double Left, CeplanCode Code, Provenance Source)>();
            for (var l = 0; l < page.Lines.Count; l++)
            {
                var line = page.Lines[l];
                if (!MayHoldCode(line))
                {
                    continue;
                }

                var unglued = CeplanCode.Unglue(line.Text);

                // Word offsets hold only when the line reads as its words joined (not reordered, nothing unglued).
                var exact = string.Equals(unglued, string.Join(' ', line.Words.Select(w => w.Text)), StringComparison.Ordinal);
                foreach (var (code, index, length) in CeplanCode.Locate(unglued))
                {
                    var words = exact ? WordsAt(line, index, length) : [];
                    if (!code.IsWellFormed || (words.Count > 0 && words.All(consumed.Contains)))
                    {
                        continue;
                    }

                    var box = words.Count > 0 ? words.Skip(1).Aggregate(words[0].Box, (b, w) => b.Union(w.Box)) : line.Box;
                    onPage.Add((l, box.Left, code, new Provenance(page.PageNumber, box, null, null, null, code.Raw)));
                }
            }

            foreach (var (first, code, box) in wrapped)
            {
                var line = IndexOfLine(page, first);
                onPage.Add((line, box.Left, code, new Provenance(page.PageNumber, box, null, null, null, code.Raw)));
            }

            printings.AddRange(onPage.OrderBy(p => p.Line).ThenBy(p => p.Left).Select(p => (p.Code, p.Source)));
        }

        return printings;
    }

    /// <summary>
    /// Finds codes a narrow column wrapped mid-token (<c>IND.01.A</c> over <c>EI.01.01</c>, as word processors print them): a
    /// word that is not a code by itself, joined with the word set right below it, reads as a whole well-formed code.
    /// Both words are marked consumed, so that neither part counts as a code of its own. A code cut by a page break ends at
    /// the foot of its page and goes on as the first word of that column on the next page.
    /// </summary>
    private static List<(Word First, CeplanCode Code, PdfRect Box)> WrappedCodes(PageContent page, PageContent? next, HashSet<Word> consumed)
    {
        var found = new List<(Word, CeplanCode, PdfRect)>();
        foreach (var word in page.Words)
        {
            if (!MayStartCode(word.Text) || consumed.Contains(word) || WholeCode(word.Text) is not null)
            {
                continue;
            }

            var below = page.Words
                .Where(v => !ReferenceEquals(v, word) && !consumed.Contains(v)
                    && v.Box.Top > word.Box.Top + (0.3 * word.Box.Height) && v.Box.Top < word.Box.Bottom + (0.8 * word.Box.Height)
                    && SameColumn(word.Box, v.Box))
                .OrderBy(v => v.Box.Top)
                .FirstOrDefault();
            if (below is not null && WholeCode(word.Text + below.Text) is { } code)
            {
                consumed.Add(word);
                consumed.Add(below);
                found.Add((word, code, word.Box.Union(below.Box)));
                continue;
            }

            // Cut by the page break: nothing of the page below the word in its column, and the column's first word overleaf ends it.
            var last = !page.Words.Any(v => v.Box.Top > word.Box.Bottom && v.Box.Left < word.Box.Right && v.Box.Right > word.Box.Left);
            // The column overleaf may open with a repeated header ("Código") before the rest of the code.
            var overleaf = last && next is not null
                ? next.Words.Where(v => SameColumn(word.Box, v.Box) && !consumed.Contains(v))
                    .OrderBy(v => v.Box.Top).Take(4).FirstOrDefault(v => WholeCode(word.Text + v.Text) is not null)
                : null;
            if (overleaf is not null && WholeCode(word.Text + overleaf.Text) is { } cut)
            {
                consumed.Add(word);
                consumed.Add(overleaf);
                found.Add((word, cut, word.Box));
            }
        }

        return found;
    }

    /// <summary>Gets whether a line may hold a plan code: every kind the normaliser reads (OEI, AEI, OER, AER, OE, AE and the
    /// misprints OIE, AIE, 0EI) has an E after an O, A, I or 0. Most lines of running text have none, and skip the regular expressions.</summary>
    private static bool MayHoldCode(TextLine line)
    {
        foreach (var word in line.Words)
        {
            var text = word.Text;
            for (var i = text.IndexOf('E', StringComparison.Ordinal); i >= 0; i = text.IndexOf('E', i + 1))
            {
                if (i > 0 && text[i - 1] is 'O' or 'A' or 'I' or '0')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets whether a word set below another continues its cell: aligned on the left, the centre or the right (cells are
    /// set flush left, centred or flush right).</summary>
    private static bool SameColumn(PdfRect above, PdfRect below)
    {
        const double Tolerance = 3;
        return Math.Abs(below.Left - above.Left) <= Math.Max(Tolerance, 0.2 * above.Width)
            || Math.Abs(below.CenterX - above.CenterX) <= Tolerance
            || Math.Abs(below.Right - above.Right) <= Tolerance;
    }

    /// <summary>Gets whether a word can open a plan code: capitals, digits and points only, starting as a kind or an indicator
    /// does, and either holding a point or a digit (<c>IND.01.A</c>, <c>AEI.01.0</c>) or being a kind alone (<c>IND</c>, <c>AEI</c>).
    /// Words of capitals such as <c>ND</c> or <c>ASCENDENTE</c> are not looked at.</summary>
    private static bool MayStartCode(string text)
        => text.Length is >= 1 and <= 16 && text[0] is 'I' or 'O' or 'A' or '0' or 'N' or 'D' && text.Any(char.IsAsciiLetterUpper)
            && text.All(c => c is '.' || char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c == 'l')
            && (text.Any(c => c is '.' || char.IsAsciiDigit(c)) || BareKinds.Contains(text));

    /// <summary>Gets the well-formed code a text is, whole, or <see langword="null"/>.</summary>
    private static CeplanCode? WholeCode(string text)
    {
        var codes = CeplanCode.Locate(text);
        return codes.Count == 1 && codes[0].Index == 0 && codes[0].Length == text.Length && codes[0].Code.IsWellFormed ? codes[0].Code : null;
    }

    private static int IndexOfLine(PageContent page, Word word)
    {
        for (var l = 0; l < page.Lines.Count; l++)
        {
            if (page.Lines[l].Words.Any(w => ReferenceEquals(w, word)))
            {
                return l;
            }
        }

        return page.Lines.Count;
    }

    /// <summary>Gets the words a span of a line's text covers.</summary>
    private static List<Word> WordsAt(TextLine line, int index, int length)
    {
        var words = new List<Word>();
        var at = 0;
        foreach (var word in line.Words)
        {
            var end = at + word.Text.Length;
            if (end > index && at < index + length)
            {
                words.Add(word);
            }

            at = end + 1;
        }

        return words;
    }

    /// <summary>Gets the kind of element a code names: <c>AEI</c> for <c>AEI.01.02</c> and for <c>IND.01.AEI.01.02</c>.</summary>
    private static string ElementKind(string code) => code.StartsWith("IND.", StringComparison.Ordinal) ? code[7..10] : code[..3];

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
        string code, IEnumerable<LogicalTable?> tablesPrintedIn, ParsedTables parsed, HashSet<string> withoutFigures)
    {
        LogicalTable? recognised = null;
        foreach (var table in tablesPrintedIn.OfType<LogicalTable>())
        {
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
            var inside = table.Parts.Any(p => p.Page == source.Page && p.Box.HoldsCentreOf(box))
                || table.Rows.Any(r => r.Page == source.Page && r.Box.HoldsCentreOf(box));
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

    /// <summary>Gets whether a table prints figures: a cell holding a number with decimals or a percentage (years, ordinals
    /// and codes are not figures to check).</summary>
    /// <summary>Gets the places of the page every value read into the model was printed at, by page.</summary>
    private static Dictionary<int, List<PdfRect>> ReadPlaces(ParsedTables parsed)
    {
        var places = new Dictionary<int, List<PdfRect>>();
        void Add(Provenance source)
        {
            if (source.Box is { } box && source.Page > 0)
            {
                (places.TryGetValue(source.Page, out var list) ? list : places[source.Page] = []).Add(box);
            }
        }

        foreach (var indicator in parsed.Indicators)
        {
            Add(indicator.Source);
            foreach (var observation in indicator.Observations)
            {
                Add(observation.Value.Source);
            }
        }

        foreach (var value in parsed.Objectives.SelectMany(o => o.StatedProgress).Concat(parsed.Actions.SelectMany(a => a.StatedProgress)))
        {
            Add(value.Value.Source);
        }

        foreach (var row in parsed.FigureTables.SelectMany(t => t.Rows))
        {
            Add(row.Source);
        }

        foreach (var row in parsed.Summaries.SelectMany(t => t.Rows))
        {
            Add(row.Source);
        }

        return places;
    }

    /// <summary>Gets whether most rows of a table that print figures lie where values were read into the model: another
    /// reading of the same print (a layout reader's block or page reader over the rows the table layer also found).</summary>
    private static bool FiguresReadElsewhere(LogicalTable table, Dictionary<int, List<PdfRect>> places)
    {
        var (withFigures, read) = (0, 0);
        foreach (var row in table.Rows)
        {
            if (!row.Cells.Any(IsFigure))
            {
                continue;
            }

            withFigures++;
            if (places.TryGetValue(row.Page, out var boxes) && boxes.Any(b => b.Overlaps(row.Box)))
            {
                read++;
            }
        }

        return withFigures > 0 && read * 2 >= withFigures;
    }

    private static bool PrintsFigures(LogicalTable table)
        => table.Rows.Any(r => r.Cells.Any(IsFigure));

    private static bool IsFigure(Cell? cell) => cell is not null && Figure().IsMatch(cell.Text) && !CeplanCode.TryRead(cell.Text, out _);

    [GeneratedRegex(@"(?<![\w.])\d[\d,']*\.\d+(?![\w.])|\d\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

}

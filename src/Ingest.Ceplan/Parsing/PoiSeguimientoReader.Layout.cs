using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Parsing;

/// <summary>The columns of the POI seguimiento grid: where each printed column lies and which model columns it fills.</summary>
internal static partial class PoiSeguimientoReader
{
    /// <summary>A printed header column: its horizontal extent, the profile field that names it, and its month when it is one.</summary>
    /// <param name="Low">The left bound: halfway to the previous column's header.</param>
    /// <param name="High">The right bound: halfway to the next column's header.</param>
    /// <param name="Name">The header path as printed (<c>FISICO / Ene</c>).</param>
    /// <param name="Field">The profile field (<c>label</c>, <c>physical.month</c>, <c>financial.cumulative</c>, ...).</param>
    /// <param name="Group">The field's group (<c>physical</c>, <c>financial</c>), or empty for text fields.</param>
    /// <param name="Month">The month (1 to 12) of a month column.</param>
    internal sealed record PrintedColumn(double Low, double High, string Name, string Field, string Group, int? Month)
    {
        public string Kind => Group.Length == 0 ? Field : Field[(Group.Length + 1)..];
    }

    /// <summary>The grid's printed columns and the figure table's columns.</summary>
    internal sealed class Layout
    {
        private Layout(Header header, IReadOnlyList<PrintedColumn> printed, IReadOnlyList<FigureColumn> columns, IReadOnlyDictionary<string, int> index, Period? period, TableRule rule)
        {
            Header = header;
            Printed = printed;
            Columns = columns;
            Index = index;
            Period = period;
            Rule = rule;
        }

        public Header Header { get; }

        public IReadOnlyList<PrintedColumn> Printed { get; }

        public IReadOnlyList<FigureColumn> Columns { get; }

        /// <summary>Gets the figure table column of a key: <c>physical.programmed.m1</c> (January), <c>physical.programmed</c>
        /// (accumulated), <c>physical.percent</c>, <c>physical.average</c>.</summary>
        public IReadOnlyDictionary<string, int> Index { get; }

        /// <summary>Gets the period the accumulated figures cover (the months' semester of the evaluated year).</summary>
        public Period? Period { get; }

        public TableRule Rule { get; }

        /// <summary>Gets the left edge of the grid.</summary>
        public double Left => Header.Box.Left;

        /// <summary>Gets the right edge of the grid.</summary>
        public double Right => Header.Box.Right;

        /// <summary>Gets the printed column a word's centre falls in.</summary>
        public PrintedColumn? At(Word word)
        {
            var x = word.Box.CenterX;
            return Printed.FirstOrDefault(c => x >= c.Low && x < c.High);
        }

        /// <summary>Cuts the header into columns and names them with the rule's column rules.</summary>
        /// <returns>The layout, or <see langword="null"/> when the header lacks the rule's phrases.</returns>
        public static Layout? Build(Header header, TableRule rule, ParseContext context)
        {
            var monthTop = header.MonthLine.Min(w => w.Box.Top);
            var figureLeft = header.MonthLine.Where(w => Months.ContainsKey(HeaderText.Normalise(w.Text))).Min(w => w.Box.Left) - 5;
            var lines = WordLines(header.Words);

            // The group words (FISICO, FINANCIERO) are the top line of the figure part, well above the month words.
            var figureLines = lines.Select(l => l.Where(w => w.Box.CenterX >= figureLeft).ToList()).Where(l => l.Count > 0).ToList();
            var groupWords = figureLines.Count > 1 && figureLines[0][0].Box.Top < monthTop - 10 ? figureLines[0] : [];
            var groups = Phrases(groupWords);

            // Header columns: words (not punctuation) that overlap horizontally belong to one column.
            var words = header.Words.Where(w => !groupWords.Contains(w) && (w.Text.Any(char.IsLetterOrDigit) || w.Text.Contains('%', StringComparison.Ordinal))).ToList();
            var clusters = Clusters(words);
            var texts = clusters.Select(c => string.Join(' ', WordLines(c).Select(Join))).ToList();
            var headerText = string.Join(" | ", groups.Select(g => HeaderText.Normalise(g.Text)).Concat(texts.Select(HeaderText.Normalise)));
            var all = rule.All.All(p => headerText.Contains(HeaderText.Normalise(p), StringComparison.Ordinal));
            var any = rule.Any.Count == 0 || rule.Any.Any(p => headerText.Contains(HeaderText.Normalise(p), StringComparison.Ordinal));
            if (!all || !any)
            {
                return null;
            }

            var printed = new List<PrintedColumn>();
            for (var i = 0; i < clusters.Count; i++)
            {
                var cluster = clusters[i];
                var left = cluster.Min(w => w.Box.Left);
                var right = cluster.Max(w => w.Box.Right);
                var low = i == 0 ? double.NegativeInfinity : (clusters[i - 1].Max(w => w.Box.Right) + left) / 2;
                var high = i == clusters.Count - 1 ? double.PositiveInfinity : (right + clusters[i + 1].Min(w => w.Box.Left)) / 2;
                var leafText = texts[i];

                // The printed name keeps the slashes left out of the clustering (OBJETIVO ESTRATEGICO / ACCION ...).
                var printedText = string.Join(' ', WordLines(header.Words.Where(w => !groupWords.Contains(w) && w.Box.CenterX >= low && w.Box.CenterX < high)).Select(Join));
                var centre = (left + right) / 2;
                var group = centre >= figureLeft && groups.Count > 0 ? groups.MinBy(g => Math.Abs(g.Centre - centre)).Text : string.Empty;
                var leaf = HeaderText.Normalise(leafText);
                var label = HeaderText.Normalise((group + " " + leafText).Trim());
                var name = group.Length > 0 ? group + " / " + leafText : printedText;
                var columnRule = rule.Columns.FirstOrDefault(r => ColumnMap.Matches(r, label, leaf));
                if (columnRule is null)
                {
                    context.Problems.Add($"{rule.Name}: header column \"{name}\" on page {header.Page} matches no field of the profile table; not read");
                    continue;
                }

                if (columnRule.Field == "-")
                {
                    continue;
                }

                var dot = columnRule.Field.IndexOf('.', StringComparison.Ordinal);
                var groupKey = dot < 0 ? string.Empty : columnRule.Field[..dot];
                printed.Add(new PrintedColumn(low, high, name, columnRule.Field, groupKey, Months.TryGetValue(leaf, out var month) ? month : null));
            }

            var months = printed.Where(c => c.Month is not null).Select(c => c.Month!.Value).Distinct().ToList();
            Period? period = context.Evaluated is { } evaluated && months.Count > 0
                ? months.All(m => m <= 6) ? new Period(evaluated.Year, 1) : months.All(m => m >= 7) ? new Period(evaluated.Year, 2) : new Period(evaluated.Year)
                : context.Evaluated;
            var (columns, index) = ModelColumns(printed, rule, period);
            return new Layout(header, printed, columns, index, period, rule);
        }

        /// <summary>Lays out the figure table's columns: the text columns, then per group the programmed months and
        /// accumulated figure, the executed ones, the avance % and the average of the avance %.</summary>
        private static (List<FigureColumn> Columns, Dictionary<string, int> Index) ModelColumns(List<PrintedColumn> printed, TableRule rule, Period? period)
        {
            var columns = new List<FigureColumn>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in printed.Where(c => c.Group.Length == 0 && c.Field != "rowKind"))
            {
                index[text.Field] = columns.Count;
                columns.Add(new FigureColumn(text.Name, ColumnRole.Text, null));
            }

            foreach (var group in printed.Where(c => c.Group.Length > 0).Select(c => c.Group).Distinct(StringComparer.Ordinal).ToList())
            {
                var own = printed.Where(c => c.Group == group).ToList();
                // Financial figures are soles: the programmed budget and its execution (devengado), totalled like PIM and devengado.
                var financial = group == "financial";
                foreach (var (sub, role, label) in new[]
                {
                    ("programmed", financial ? ColumnRole.Pim : ColumnRole.Programmed, "PROG."),
                    ("executed", financial ? ColumnRole.Devengado : ColumnRole.Executed, "EJEC."),
                })
                {
                    foreach (var column in own.Where(c => c.Kind is "month" or "cumulative"))
                    {
                        var key = column.Kind == "month" ? $"{group}.{sub}.m{column.Month}" : $"{group}.{sub}";
                        index[key] = columns.Count;
                        columns.Add(new FigureColumn(Insert(column.Name, label), role, column.Kind == "month" ? null : period));
                    }
                }

                if (own.FirstOrDefault(c => c.Kind == "percent") is { } percent)
                {
                    var cap = rule.Columns.FirstOrDefault(r => r.Field == percent.Field)?.Cap;
                    index[$"{group}.percent"] = columns.Count;
                    columns.Add(new FigureColumn(percent.Name, ColumnRole.Percent, period) { Cap = cap });
                    if (rule.Lines.Any(l => l.Field == $"{group}.average"))
                    {
                        index[$"{group}.average"] = columns.Count;
                        columns.Add(new FigureColumn(percent.Name + " (promedio)", ColumnRole.Average, period));
                    }
                }
            }

            return (columns, index);
        }

        /// <summary>Puts the row label into a column name after its group: <c>FISICO / PROG. / Ene</c>.</summary>
        private static string Insert(string name, string label)
        {
            var at = name.IndexOf(" / ", StringComparison.Ordinal);
            return at < 0 ? label + " / " + name : name[..at] + " / " + label + name[at..];
        }

        /// <summary>Cuts a line of group words into phrases at gaps wider than two font sizes.</summary>
        private static List<(string Text, double Centre)> Phrases(List<Word> words)
        {
            var phrases = new List<(string, double)>();
            var current = new List<Word>();
            foreach (var word in words.OrderBy(w => w.Box.Left))
            {
                if (current.Count > 0 && word.Box.Left - current[^1].Box.Right > 2 * word.FontSize)
                {
                    phrases.Add((Join(current), (current[0].Box.Left + current[^1].Box.Right) / 2));
                    current = [];
                }

                current.Add(word);
            }

            if (current.Count > 0)
            {
                phrases.Add((Join(current), (current[0].Box.Left + current[^1].Box.Right) / 2));
            }

            return phrases;
        }

        /// <summary>Groups words that overlap horizontally (directly or through others), left to right.</summary>
        private static List<List<Word>> Clusters(List<Word> words)
        {
            var clusters = new List<(double Left, double Right, List<Word> Words)>();
            foreach (var word in words.OrderBy(w => w.Box.Left))
            {
                if (clusters.Count > 0 && word.Box.Left < clusters[^1].Right)
                {
                    var last = clusters[^1];
                    last.Words.Add(word);
                    clusters[^1] = (last.Left, Math.Max(last.Right, word.Box.Right), last.Words);
                }
                else
                {
                    clusters.Add((word.Box.Left, word.Box.Right, [word]));
                }
            }

            return clusters.Select(c => c.Words).ToList();
        }
    }
}

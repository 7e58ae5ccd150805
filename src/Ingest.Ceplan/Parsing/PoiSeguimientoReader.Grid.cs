using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Parsing;

/// <summary>The rows of the POI seguimiento grid: headings, actividad blocks, subtotal and total lines.</summary>
internal static partial class PoiSeguimientoReader
{
    /// <summary>A word and the page it is printed on.</summary>
    private readonly record struct PageWord(int Page, Word Word);

    /// <summary>Something printed in the grid, in reading order.</summary>
    private abstract record Entry(int Page, double Top);

    /// <summary>An OEI / AEI heading line.</summary>
    private sealed record HeadingEntry(int Page, double Top, CeplanCode Code, string Name, PdfRect Box, string Raw) : Entry(Page, Top);

    /// <summary>An actividad operativa block: every word printed in it, possibly over two pages.</summary>
    private sealed record BlockEntry(int Page, double Top, List<PageWord> Words) : Entry(Page, Top);

    /// <summary>A line of labelled figures (subtotal or total), with each figure's rule and printed label.</summary>
    private sealed record LineEntry(int Page, double Top, RowRole Role, List<(LineRule Rule, string Label, PageWord Value)> Figures, PdfRect Box, string Raw) : Entry(Page, Top);

    /// <summary>Walks the pages from the grid header down and turns what is printed into rows.</summary>
    private sealed class GridWalk(Layout layout, ParseContext context, List<FigureRow> rows)
    {
        private readonly List<Entry> entries = [];

        public void Run()
        {
            BlockEntry? open = null;
            for (var n = layout.Header.Page; n <= context.Pages.Count; n++)
            {
                var page = context.Pages[n - 1];
                var floor = n == layout.Header.Page ? layout.Header.Box.Bottom : 0;
                var lines = WordLines(page.Words.Where(w => w.Box.Top > floor));
                var stop = lines.FindIndex(IsStop);
                if (stop >= 0)
                {
                    lines = lines.Take(stop).ToList();
                }

                var onPage = new List<Entry>();
                var rulings = page.Rulings
                    .Where(r => Math.Abs(r.Y1 - r.Y0) < 0.5 && r.X0 <= layout.Left + 20 && r.X1 >= layout.Right - 20 && r.Y0 > floor)
                    .Select(r => r.Y0).Order().ToList();
                var structural = new List<(double Top, double Bottom)>();
                var structuralWords = new HashSet<Word>();
                var codes = new List<List<Word>>();
                foreach (var line in lines)
                {
                    if (Heading(n, line) is { } heading)
                    {
                        onPage.Add(heading);
                        structural.Add((line.Min(w => w.Box.Top), line.Max(w => w.Box.Bottom)));
                        structuralWords.UnionWith(line);
                    }
                    else if (Figures(n, line) is { } figures)
                    {
                        onPage.Add(figures);
                        structural.Add((line.Min(w => w.Box.Top), line.Max(w => w.Box.Bottom)));
                        structuralWords.UnionWith(line);
                    }
                    else if (AoCode().IsMatch(line[0].Text) && layout.At(line[0])?.Field == "label")
                    {
                        codes.Add(line);
                    }
                }

                var content = lines.SelectMany(l => l).Where(w => !structuralWords.Contains(w)).ToList();

                // A block left open at the foot of the previous page continues above this page's first ruling, heading or code.
                if (open is not null)
                {
                    var bottom = new[] { page.Height }
                        .Concat(rulings.Take(1))
                        .Concat(structural.Select(s => s.Top).Take(1))
                        .Concat(codes.Select(c => c[0].Box.Top).Take(1)).Min();
                    open.Words.AddRange(content.Where(w => w.Box.CenterY < bottom).Select(w => new PageWord(n, w)));
                    open = null;
                }

                for (var i = 0; i < codes.Count; i++)
                {
                    var top = codes[i][0].Box.Top;
                    var above = rulings.Where(y => y < top).DefaultIfEmpty(floor).Max();
                    above = Math.Max(above, structural.Where(s => s.Bottom <= top).Select(s => s.Bottom).DefaultIfEmpty(floor).Max());
                    var below = rulings.Where(y => y > top).DefaultIfEmpty(page.Height).Min();
                    below = Math.Min(below, structural.Where(s => s.Top > top).Select(s => s.Top).DefaultIfEmpty(page.Height).Min());
                    if (i + 1 < codes.Count && !rulings.Any(y => y > top && y < codes[i + 1][0].Box.Top))
                    {
                        // No ruling between two codes: the next code's line ends this block.
                        below = Math.Min(below, codes[i + 1][0].Box.Top);
                    }

                    var block = new BlockEntry(n, top, content.Where(w => w.Box.CenterY >= above && w.Box.CenterY < below).Select(w => new PageWord(n, w)).ToList());
                    onPage.Add(block);
                    if (below >= page.Height)
                    {
                        open = block;
                    }
                }

                entries.AddRange(onPage.OrderBy(e => e.Top));
                if (stop >= 0)
                {
                    break;
                }
            }

            Emit();
        }

        private static bool IsStop(List<Word> line)
        {
            var text = string.Join(' ', line.Select(w => w.Text));
            return Footnote().IsMatch(text) || HeaderText.Normalise(Join(line)).StartsWith("alertas identificadas", StringComparison.Ordinal);
        }

        private HeadingEntry? Heading(int page, List<Word> line)
        {
            var first = line[0].Text;
            if (!CeplanCode.TryRead(first, out var code) || !first.StartsWith(code.Raw, StringComparison.Ordinal) || code.IsIndicator || layout.At(line[0])?.Field != "label")
            {
                return null;
            }

            var box = line.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
            var text = Join(line);
            return new HeadingEntry(page, box.Top, code, Join(line.Skip(1).ToList()).Trim(), box, text);
        }

        /// <summary>Reads a line of labelled figures: each figure is the first number after a label of a line rule.</summary>
        private LineEntry? Figures(int page, List<Word> line)
        {
            var figures = new List<(LineRule, string, PageWord)>();
            var label = new List<Word>();
            RowRole? role = null;
            foreach (var word in line)
            {
                if (label.Count > 0 && PeruvianNumber.TryParse(word.Text, out _, out _))
                {
                    var printed = Join(label).Trim();
                    var normal = HeaderText.Normalise(printed);
                    var rule = layout.Rule.Lines.FirstOrDefault(r => r.Labels.Any(l => HeaderText.ContainsPhrase(normal, HeaderText.Normalise(l))));
                    if (rule is not null)
                    {
                        figures.Add((rule, printed, new PageWord(page, word)));
                        role ??= string.Equals(rule.Role, "Subtotal", StringComparison.OrdinalIgnoreCase) ? RowRole.Subtotal : RowRole.Total;
                    }

                    label.Clear();
                    continue;
                }

                label.Add(word);
            }

            if (figures.Count == 0 || role is null)
            {
                return null;
            }

            var box = line.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
            return new LineEntry(page, box.Top, role.Value, figures, box, Join(line));
        }

        /// <summary>Turns the entries into rows; consecutive total lines make one total row.</summary>
        private void Emit()
        {
            LineEntry? total = null;
            foreach (var entry in entries)
            {
                if (entry is LineEntry { Role: RowRole.Total } line)
                {
                    total = total is null ? line : total with { Figures = [.. total.Figures, .. line.Figures], Box = total.Page == line.Page ? total.Box.Union(line.Box) : total.Box, Raw = total.Raw + "\n" + line.Raw };
                    continue;
                }

                if (total is not null)
                {
                    AddLine(total);
                    total = null;
                }

                switch (entry)
                {
                    case HeadingEntry heading:
                        AddHeading(heading);
                        break;
                    case BlockEntry block:
                        AddBlock(block);
                        break;
                    case LineEntry subtotal:
                        AddLine(subtotal);
                        break;
                }
            }

            if (total is not null)
            {
                AddLine(total);
            }
        }

        private void AddHeading(HeadingEntry heading)
        {
            var source = new Provenance(heading.Page, heading.Box, TableId, rows.Count, null, heading.Raw);
            if (heading.Code.IsObjective)
            {
                context.AddObjective(new Objective(heading.Code.Code, heading.Name, null, [], source));
            }
            else if (heading.Code.IsAction)
            {
                context.AddAction(new StrategicAction(heading.Code.Code, heading.Code.ParentCode ?? string.Empty, heading.Name, null, [], source));
            }

            rows.Add(new FigureRow(heading.Code.Code, heading.Name, RowRole.Group, new ReportValue?[layout.Columns.Count], source));
        }

        private void AddLine(LineEntry line)
        {
            var row = rows.Count;
            var values = new ReportValue?[layout.Columns.Count];
            var labels = new List<string>();
            foreach (var (rule, label, value) in line.Figures)
            {
                if (rule.Field == "-")
                {
                    continue;
                }

                if (rule.Field == "count")
                {
                    var count = Value(value, row, null);
                    context.StatedFigures.Add(new StatedFigure(StatedFigureKind.Count, label, "AO", layout.Period, count));
                    continue;
                }

                if (!layout.Index.TryGetValue(rule.Field, out var column))
                {
                    context.Problems.Add($"{TableId}: the figure \"{label}\" on page {value.Page} goes to \"{rule.Field}\", which the grid has no column for; not read");
                    continue;
                }

                values[column] = Value(value, row, column);
                labels.Add(label.TrimEnd(':', ' '));
            }

            if (labels.Count == 0)
            {
                return;
            }

            var code = line.Role == RowRole.Subtotal ? CeplanCode.ReadAll(line.Raw).FirstOrDefault(c => !c.IsIndicator)?.Code : null;
            var source = new Provenance(line.Page, line.Box, TableId, row, null, line.Raw);
            rows.Add(new FigureRow(code, string.Join(" / ", labels), line.Role, values, source));
        }

        private void AddBlock(BlockEntry block)
        {
            var row = rows.Count;
            var byColumn = block.Words.GroupBy(w => layout.At(w.Word)?.Field ?? string.Empty).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var labelWords = byColumn.GetValueOrDefault("label") ?? [];
            var labelLines = labelWords.GroupBy(w => w.Page).SelectMany(g => WordLines(g.Select(w => w.Word))).Select(Join).ToList();
            var text = string.Join(' ', labelLines);
            var code = AoCode().Match(text).Value;
            var name = text[code.Length..].TrimStart(' ', '-').Trim();
            var firstPage = labelWords.Count > 0 ? labelWords.Min(w => w.Page) : block.Page;
            var labelBoxes = labelWords.Where(w => w.Page == firstPage).Select(w => w.Word.Box).ToList();
            var box = labelBoxes.Count > 0 ? labelBoxes.Aggregate((a, b) => a.Union(b)) : (PdfRect?)null;
            var source = new Provenance(firstPage, box, TableId, row, null, text);
            var values = new ReportValue?[layout.Columns.Count];

            var figureWords = block.Words.Where(w => layout.At(w.Word) is { Group.Length: > 0 } c && c.Kind is "month" or "cumulative" && IsFigure(w.Word.Text)).ToList();
            // A line cut by a page break is printed on both pages; the copy whose glyphs were cut reads as pieces ("4" "00"),
            // two words in one column, and is dropped: the other copy is whole.
            var figureLines = figureWords.GroupBy(w => w.Page).OrderBy(g => g.Key)
                .SelectMany(g => WordLines(g.Select(w => w.Word)).Select(l => l.Select(w => new PageWord(g.Key, w)).ToList()))
                .Where(l => l.GroupBy(w => layout.At(w.Word)).All(c => c.Count() == 1))
                .ToList();
            var rowKinds = (byColumn.GetValueOrDefault("rowKind") ?? []).Select(w => (w.Page, w.Word.Box.CenterY, Programmed: HeaderText.Normalise(w.Word.Text).StartsWith("prog", StringComparison.Ordinal))).ToList();
            var subs = SubRows(code, figureLines, rowKinds);
            for (var i = 0; i < figureLines.Count; i++)
            {
                if (subs[i] is not { } sub)
                {
                    continue;
                }

                foreach (var word in figureLines[i])
                {
                    var printed = layout.At(word.Word)!;
                    var key = printed.Kind == "month" ? $"{printed.Group}.{sub}.m{printed.Month}" : $"{printed.Group}.{sub}";
                    if (layout.Index.TryGetValue(key, out var column))
                    {
                        values[column] = Value(word, row, column);
                    }
                }
            }

            foreach (var percent in block.Words.Where(w => layout.At(w.Word) is { Kind: "percent" }).Take(1))
            {
                var group = layout.At(percent.Word)!.Group;
                if (layout.Index.TryGetValue($"{group}.percent", out var column))
                {
                    values[column] = Value(percent, row, column);
                }

                if (layout.Index.TryGetValue($"{group}.average", out var average))
                {
                    values[average] = Value(percent, row, average);
                }
            }

            var texts = new string?[layout.Columns.Count];
            foreach (var field in new[] { "priority", "unit", "aggregation" })
            {
                if (layout.Index.TryGetValue(field, out var column) && byColumn.TryGetValue(field, out var words))
                {
                    texts[column] = string.Join(' ', words.GroupBy(w => w.Page).SelectMany(g => WordLines(g.Select(w => w.Word))).Select(Join));
                }
            }

            rows.Add(new FigureRow(code, name, RowRole.Item, values, source) { Texts = texts });
        }

        /// <summary>Says which figure lines of a block are PROG. and which EJEC.: the first and second line, or for a lone line
        /// the nearest PROG. / EJEC. label.</summary>
        private string?[] SubRows(string code, List<List<PageWord>> lines, List<(int Page, double CenterY, bool Programmed)> labels)
        {
            var subs = new string?[lines.Count];
            if (lines.Count >= 2)
            {
                subs[0] = "programmed";
                subs[1] = "executed";
                if (lines.Count > 2)
                {
                    context.Problems.Add($"{TableId}: {code} prints {lines.Count} lines of figures; the first two read as PROG. and EJEC.");
                }
            }
            else if (lines.Count == 1)
            {
                var line = lines[0];
                var y = line.Average(w => w.Word.Box.CenterY);
                var nearest = labels.Where(l => l.Page == line[0].Page).OrderBy(l => Math.Abs(l.CenterY - y)).Select(l => (bool?)l.Programmed).FirstOrDefault();
                subs[0] = nearest is false ? "executed" : "programmed";
                context.Problems.Add($"{TableId}: {code} prints one line of figures; read as {(nearest is false ? "EJEC." : "PROG.")}");
            }
            else
            {
                context.Problems.Add($"{TableId}: {code} prints no figures");
            }

            return subs;
        }

        /// <summary>Gets whether a word is a figure: a number, a dash, or the <c>S.P.</c> / <c>S.I.</c> marks (not the lone
        /// commas left of a line cut by a page break).</summary>
        private static bool IsFigure(string text)
            => PeruvianNumber.TryParse(text, out _, out _) || IsMark(text) || text is "-" or "–";

        private static bool IsMark(string text)
            => text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant() is "S.P." or "S.P" or "S.I." or "S.I";

        /// <summary>Reads a printed figure; <c>S.P.</c> (sin programación) and <c>S.I.</c> (seguimiento incompleto) are missing, not 0.</summary>
        private static ReportValue Value(PageWord word, int row, int? column)
        {
            var source = new Provenance(word.Page, word.Word.Box, TableId, row, column, word.Word.Text);
            return IsMark(word.Word.Text) ? ReportValue.MissingValue(MissingReason.NotAvailable, source) : PeruvianNumber.Parse(word.Word.Text, source);
        }
    }
}

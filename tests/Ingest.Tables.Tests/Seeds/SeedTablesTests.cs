using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Pdf;
using Ingest.Tables.Logical;
using Ingest.Tables.Tests.Corpus;
using Xunit.Abstractions;

namespace Ingest.Tables.Tests.Seeds;

/// <summary>
/// The seed reports as PDFs (<c>corpus/seeds/NNN.pdf</c>) against their text (<c>seeds/NNN_*.txt</c>): every
/// tab-separated block of the text is a table of the PDF with the same cells; for the wrapped indicator table of
/// 002, every code has the same figures.
/// </summary>
public sealed partial class SeedTablesTests(ITestOutputHelper output)
{
    /// <summary>Blocks known not to be found yet, by seed and first line of the block, each with the reason.</summary>
    private static readonly Dictionary<(string Seed, int Line), string> KnownDefects = [];

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Tables_Seed_EveryTsvBlockIsATableWithEqualCells(string seed)
    {
        var root = CorpusLocator.Root;
        var blocks = SeedText.Blocks(SeedText.PathOf(root, seed));
        var (tables, logical) = ReadTables(Path.Combine(root, "seeds", seed + ".pdf"));

        // The text runs a table on from one page to the next without a break, so a block is looked for in the rows of
        // all tables one after the other.
        var rows = tables.SelectMany(t => t.ToGrid().Select(r => SeedText.Row(r.Select(JoinHyphenatedLines)))).ToList();
        var pages = tables.SelectMany(t => Enumerable.Repeat(t.Page, t.RowCount)).ToList();

        // A row the page break cut in two is one row in the text: the logical tables (header rows of the first part,
        // then the joined rows) hold it whole.
        var logicalRows = logical.SelectMany(t => SlotRowsOfHeader(t).Concat(t.Rows.Select(r => SeedText.Row(t.Columns.Select(c => JoinHyphenatedLines(r.TextAt(c.Index))))))).ToList();

        var missing = new List<string>();
        var known = new List<string>();
        foreach (var block in blocks)
        {
            var found = Contains(rows, block.Rows) || Contains(logicalRows, block.Rows);
            if (found)
            {
                continue;
            }

            if (KnownDefects.TryGetValue((seed, block.Line), out var reason))
            {
                known.Add($"  line {block.Line}: known defect: {reason}");
                continue;
            }

            missing.Add(Describe(block, rows, pages));
        }

        output.WriteLine($"seed {seed}: {blocks.Count - missing.Count - known.Count}/{blocks.Count} tab-separated blocks found as tables with equal cells ({tables.Count} tables in the PDF)");
        foreach (var m in known.Concat(missing))
        {
            output.WriteLine(m);
        }

        Assert.True(missing.Count == 0, $"seed {seed}: {missing.Count} of {blocks.Count} blocks not found:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void Tables_Seed002_EveryIndicatorRowHasTheCodesAndFiguresOfTheText()
    {
        var root = CorpusLocator.Root;
        var expected = TextRows(File.ReadAllText(SeedText.PathOf(root, "002")));
        var path = Path.Combine(root, "seeds", "002.pdf");
        var actual = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in LogicalTables(path))
        {
            foreach (var row in table.Rows)
            {
                var code = CellValues.LeadingCode(row.TextAt(0));
                if (code is not null)
                {
                    Assert.False(actual.ContainsKey(code), $"The code {code} is the key of two rows.");
                    actual[code] = Figures(string.Join(" ", table.Columns.Skip(1).Select(c => row.TextAt(c.Index))));
                }
            }
        }

        var wrong = expected.Where(e => !actual.TryGetValue(e.Key, out var figures) || !figures.SequenceEqual(e.Value, StringComparer.Ordinal))
            .Select(e => $"{e.Key}: text [{string.Join(' ', e.Value)}] pdf [{(actual.TryGetValue(e.Key, out var f) ? string.Join(' ', f) : "no row")}]")
            .ToList();
        var holding = LogicalTables(path).Where(t => t.Rows.Any(r => CellValues.LeadingCode(r.TextAt(0)) is not null)).ToList();
        output.WriteLine($"seed 002: {expected.Count - wrong.Count}/{expected.Count} coded rows with the text's figures, in {holding.Count} logical table(s) over pages {string.Join(",", holding.SelectMany(t => t.Parts.Select(p => p.Page)).Distinct())}");
        Assert.Single(holding);
        Assert.True(expected.Count > 20, "The seed text's indicator table was not found.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>A cell line ending with a hyphen runs on into the next line without a space (<c>300359-</c> / <c>MUNICIPALIDAD</c>).</summary>
    private static string JoinHyphenatedLines(string text) => HyphenBreak().Replace(text, string.Empty);

    private static (List<Table> Tables, IReadOnlyList<LogicalTable> Logical) ReadTables(string path)
    {
        using var doc = PdfDocument.Open(path);
        var pages = doc.GetPages().Select(p => p.ReadContent()).ToList();
        var tables = pages.SelectMany(p => TableExtractor.Extract(p)).ToList();
        return (tables, DocumentTables.Build(tables, pages));
    }

    private static IReadOnlyList<LogicalTable> LogicalTables(string path) => ReadTables(path).Logical;

    /// <summary>Gets the header rows as printed.</summary>
    private static IEnumerable<string[]> SlotRowsOfHeader(LogicalTable table) =>
        table.Header.Select(r => SeedText.Row(table.Columns.Select(c => JoinHyphenatedLines(r.TextAt(c.Index)))));

    /// <summary>Gets whether the block's rows are consecutive rows of the grid.</summary>
    private static bool Contains(List<string[]> grid, List<string[]> block)
    {
        for (var start = 0; start + block.Count <= grid.Count; start++)
        {
            var all = true;
            for (var i = 0; i < block.Count && all; i++)
            {
                all = grid[start + i].SequenceEqual(block[i], StringComparer.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names a block not found and the closest table: the page and the first row that differs.</summary>
    private static string Describe(SeedText.Block block, List<string[]> rows, List<int> pages)
    {
        var best = (Score: -1, Page: 0, Row: -1, Expected: string.Empty, Actual: string.Empty);
        {
            for (var start = 0; start < rows.Count; start++)
            {
                var page = pages[start];
                var n = 0;
                while (n < block.Rows.Count && start + n < rows.Count && rows[start + n].SequenceEqual(block.Rows[n], StringComparer.Ordinal))
                {
                    n++;
                }

                if (n > best.Score)
                {
                    best = (n, page, n, n < block.Rows.Count ? string.Join(" | ", block.Rows[n]) : string.Empty, start + n < rows.Count ? string.Join(" | ", rows[start + n]) : "(end of table)");
                }
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"  line {block.Line} ({block.Rows.Count} rows, \"{string.Join(" | ", block.Rows[0])}\"): ");
        sb.Append(CultureInfo.InvariantCulture, $"best page {best.Page}, {best.Score} rows equal, then\n    text: {best.Expected}\n    pdf:  {best.Actual}");
        return sb.ToString();
    }

    /// <summary>Gets, from the wrapped text of 002's indicator table, each code's figures in reading order.</summary>
    private static Dictionary<string, List<string>> TextRows(string text)
    {
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var token in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CodeToken().IsMatch(token))
            {
                current = [];
                rows[token] = current;
                continue;
            }

            if (token.StartsWith("Avance", StringComparison.Ordinal) || token.StartsWith("Tabla", StringComparison.Ordinal))
            {
                current = null;
            }

            if (current is not null && FigureToken().IsMatch(token))
            {
                current.Add(token);
            }
        }

        return rows;
    }

    private static List<string> Figures(string text) =>
        text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(t => FigureToken().IsMatch(t)).ToList();

    [GeneratedRegex(@"(?<=-)\n", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"^(?:AEI|IND)\.[0-9]{2}(?:\.[A-Z]{3})?(?:\.[0-9]{2})+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]+|ND|(?:19|20)[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureToken();
}

using System.Globalization;
using System.Text.Json;
using Ingest.Pdf;
using Xunit.Abstractions;

namespace Ingest.Tables.Tests.Corpus;

/// <summary>
/// Runs the stream and lattice extractors over tabula-java's test PDFs (corpus folder <c>tabula-java</c>) and compares
/// with tabula's own expectations. Every row of its <c>MAPPING.tsv</c> in a stream or lattice mode whose expectation is
/// a file (CSV, JSON or a transcribed inline expectation) is a case, and so is its empty-region case; the PDF, page,
/// area and mode come from the mapping. Each case compares what tabula's own test asserts (the mapping's
/// <c>comparison</c> column): the grids must be equal after <see cref="GridComparison.Normalise"/>, only the first table
/// is compared where tabula compares the first table, and only the shape (number of records and of fields in each) where
/// tabula's test compares no text.
/// </summary>
/// <remarks>
/// Modes: <c>stream</c>; <c>stream + page vertical rulings</c> (<see cref="StreamOptions.UseVerticalRulings"/>);
/// <c>stream + explicit vertical rulings</c> (<see cref="StreamOptions.ColumnSeparators"/>); <c>lattice</c>; lattice with
/// <c>-c</c> columns (tabula's command line adds them as vertical rulings down the whole page, and so does this test);
/// lattice with externally supplied rulings (the page's rulings replaced by the listed ones). Several areas joined by
/// <c>+</c> (with <c>%</c> for page percentages) give their tables one after the other, as tabula's command line does.
/// </remarks>
public class TabulaCorpusTests(ITestOutputHelper output)
{
    /// <summary>The acceptance bar of issue 3 (not reached yet: see <see cref="Floor"/>).</summary>
    private const double AcceptanceBar = 0.90;

    /// <summary>The share reached today (18/23): the test fails below it, so that a step back is caught while the
    /// remaining cases (listed in <see cref="KnownDifferences"/>) are worked on. Raise it with every case fixed.</summary>
    private const double Floor = 18.0 / 23;

    /// <summary>
    /// Cases whose expectation is a tabula defect we do not copy; they still count as failures. Four of them come from one
    /// place: tabula's <c>Page.getArea</c> adds the area's four edges as rulings, but draws the bottom edge right to left
    /// and the left edge bottom to top, and its intersection sweep expands rulings by 2 pt towards their stated end. So
    /// the top and right edges close cells, the bottom edge closes none, and the left edge closes only rows whose lines
    /// reach it at least 2 pt inside the area's top and bottom. Copying that asymmetry would be copying the bug; an even
    /// frame on all four edges (tabula's intent, and camelot's table_areas) gains no case here (see each reason).
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["schools.csv"] = "tabula's column 0 runs from the area's left edge (16.97, taken as a ruling) to the table's 0.6 pt left bar (18.0-18.6, snapped to 18.59): a 1.6 pt sliver, empty in every row; 1.3 pt apart, the area edge and the bar are one line here. Tabula also drops glyphs that straddle a cell border ('Eliza' for 'Elizab' in the clipped overflow 'Elizab2165')",
        ["schools.json"] = "the same sliver column and straddling glyphs as schools.csv",
        ["spreadsheet_no_bounding_frame.csv"] = "the table's top rule and left end lie outside the area; tabula's area edges close the cells (so COTTON's column exists) but its left edge stops 2 pt short of the top edge, so the PRODUCTS header cell has no top-left corner and tabula drops its text; with the area as an even frame PRODUCTS is kept, without it the column is lost",
        ["AnimalSounds1.json"] = "only vertical -c rulings and horizontal lines: tabula's top area edge closes a band above each table (text in the left one, empty in the right one) while its bottom edge closes nothing; we match the left table (its header band is closed where the -c verticals end); an even frame would add an empty band below both tables",
        ["indictb1h_14.csv"] = "tabula's stream columns split the right-aligned Hebrew labels by indent into three columns, and its own bidi reorder differs from the Unicode one ('בתי מגורים:סך הכל' with no space, ':ההוצאה ...' with the colon first, '1)(' for '(1)'); our labels follow Unicode bidi and pdftotext (see RightToLeftCorpusTests)",
    };

    [Fact]
    public void Extract_TabulaCorpus_MatchesExpectedGrids()
    {
        var root = Path.Combine(CorpusLocator.Root, "tabula-java");
        var mapping = Path.Combine(root, "MAPPING.tsv");
        Assert.True(File.Exists(mapping), $"The tabula-java mapping {mapping} is missing.");

        var lines = File.ReadAllLines(mapping);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"MAPPING.tsv has no column {name}.");
        var (pdfColumn, pagesColumn, areaColumn, modeColumn, expectedColumn, comparisonColumn) =
            (Column("pdf"), Column("pages"), Column("area_top_left_bottom_right_pt"), Column("mode"), Column("expected_file"), Column("comparison"));

        var (cases, passed) = (0, 0);
        var failures = new List<string>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            var mode = fields[modeColumn];
            var expectedFile = fields[expectedColumn];
            var emptyRegion = expectedFile == "(empty table)";
            var expectedPath = Path.Combine(root, expectedFile);
            if (!(mode.StartsWith("stream", StringComparison.Ordinal) || mode.StartsWith("lattice", StringComparison.Ordinal))
                || !(emptyRegion || File.Exists(expectedPath)))
            {
                continue;
            }

            cases++;
            var name = $"{Path.GetFileName(fields[pdfColumn])} p{fields[pagesColumn]} {mode.Split(' ')[0]} -> {(emptyRegion ? expectedFile : Path.GetFileName(expectedPath))}";
            try
            {
                var tables = Extract(root, fields[pdfColumn], int.Parse(fields[pagesColumn], CultureInfo.InvariantCulture), fields[areaColumn], mode);
                var firstTableOnly = fields[comparisonColumn].Contains("first table", StringComparison.Ordinal);
                var actual = GridComparison.Normalise((firstTableOnly ? tables.Take(1) : tables).SelectMany(TabulaLayout));
                var expected = GridComparison.Normalise(emptyRegion ? [] : ReadExpected(expectedPath));
                // Where tabula's own test compares only the shape (record count and fields per record), so does this one.
                var shapeOnly = fields[comparisonColumn].Contains("text not compared", StringComparison.Ordinal);
                var difference = shapeOnly ? GridComparison.FirstShapeDifference(expected, actual) : GridComparison.FirstDifference(expected, actual);
                if (difference is null)
                {
                    passed++;
                    output.WriteLine($"PASS {name}");
                }
                else
                {
                    var known = KnownDifferences.TryGetValue(Path.GetFileName(expectedPath), out var reason) ? $" (known: {reason})" : string.Empty;
                    failures.Add($"FAIL {name}{known}: {tables.Count} table(s); {difference}");
                }
            }
            catch (Exception e) when (e is PdfException or IOException or FormatException)
            {
                failures.Add($"FAIL {name}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.ForEach(output.WriteLine);
        Assert.True(cases > 0, "No stream or lattice case with an expected file was found in MAPPING.tsv.");
        var rate = (double)passed / cases;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tabula-java: {passed}/{cases} passed ({rate:P1}); issue 3's bar is {AcceptanceBar:P0}: {(rate >= AcceptanceBar ? "met" : "NOT met")}"));
        Assert.True(rate >= Floor - 1e-9, string.Create(CultureInfo.InvariantCulture, $"tabula-java pass rate {rate:P1} ({passed}/{cases}) fell below today's floor {Floor:P1}:\n{string.Join('\n', failures)}"));
    }

    /// <summary>
    /// Lays a table out as tabula writes it: a stream table as its grid; in a lattice table, the cells that start on a
    /// row one after the other, the first at its own column, so a cell spanning several columns takes one slot (tabula
    /// keeps no empty slots for spans), padded with empty cells to the column count.
    /// </summary>
    private static IEnumerable<string[]> TabulaLayout(Table table)
    {
        if (table.Mode == TableMode.Stream)
        {
            return table.ToGrid();
        }

        var rows = new List<string[]>();
        for (var r = 0; r < table.RowCount; r++)
        {
            var starting = table.Cells.Where(c => c.Row == r).OrderBy(c => c.Column).ToList();
            var row = Enumerable.Repeat(string.Empty, Math.Max(table.ColumnCount, starting.Count == 0 ? 0 : starting[0].Column + starting.Count)).ToArray();
            for (var i = 0; i < starting.Count; i++)
            {
                row[starting[0].Column + i] = starting[i].Text;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<Table> Extract(string root, string pdf, int pageNumber, string areaText, string mode)
    {
        using var document = PdfDocument.Open(Path.Combine(root, pdf));
        var page = document.GetPage(pageNumber).ReadContent();
        var areas = ParseAreas(areaText, page);
        var tables = new List<Table>();
        foreach (var area in areas)
        {
            tables.AddRange(ExtractArea(root, page, area, mode));
        }

        return tables;
    }

    private static IReadOnlyList<Table> ExtractArea(string root, PageContent page, PdfRect? area, string mode)
    {
        if (mode.StartsWith("stream", StringComparison.Ordinal))
        {
            var options = new StreamOptions
            {
                UseVerticalRulings = mode.Contains("page vertical rulings", StringComparison.Ordinal),
                ColumnSeparators = mode.Contains("x=", StringComparison.Ordinal) ? Numbers(mode[(mode.IndexOf("x=", StringComparison.Ordinal) + 2)..]) : null,
            };
            return TableExtractor.Stream(page, area, options);
        }

        if (mode.Contains("-c ", StringComparison.Ordinal))
        {
            var columns = Numbers(mode[(mode.IndexOf("-c ", StringComparison.Ordinal) + 3)..]);
            var added = columns.Select(x => new Ruling(x, 0, x, page.Height, 0.5, PdfColor.Black, RulingSource.Stroke));
            page = page with { Rulings = [.. page.Rulings, .. added] };
        }
        else if (mode.Contains("externally supplied rulings (", StringComparison.Ordinal))
        {
            var file = mode[(mode.IndexOf('(', StringComparison.Ordinal) + 1)..mode.LastIndexOf(')')];
            page = page with { Rulings = ReadRulings(Path.Combine(root, file)) };
        }

        return TableExtractor.Lattice(page, area);
    }

    private static List<double> Numbers(string text) =>
        text.Split(' ')[0].Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToList();

    private static List<Ruling> ReadRulings(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var v = l.Split('\t').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return new Ruling(Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3]), 0.5, PdfColor.Black, RulingSource.Stroke);
        }).ToList();

    /// <summary>Areas as tabula's command line takes them: <c>top,left,bottom,right</c> in points, or in page percentages after <c>%</c>, several joined by <c>+</c>.</summary>
    private static List<PdfRect?> ParseAreas(string text, PageContent page)
    {
        if (!char.IsDigit(text[0]) && text[0] != '%')
        {
            return [null];
        }

        var parenthesis = text.IndexOf(" (", StringComparison.Ordinal);
        return (parenthesis >= 0 ? text[..parenthesis] : text).Split(" + ").Select(part =>
        {
            var percent = part.StartsWith('%');
            var v = part.TrimStart('%').Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return percent
                ? new PdfRect(v[1] / 100 * page.Width, v[0] / 100 * page.Height, v[3] / 100 * page.Width, v[2] / 100 * page.Height)
                : (PdfRect?)new PdfRect(v[1], v[0], v[3], v[2]);
        }).ToList();
    }

    /// <summary>Reads an expected grid: tabula's CSV, its JSON (tables one after the other) or a transcribed (row, col, text) TSV.</summary>
    private static List<string[]> ReadExpected(string path)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var tables = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
            return tables
                .SelectMany(t => t.GetProperty("data").EnumerateArray())
                .Select(r => r.EnumerateArray().Select(c => c.GetProperty("text").GetString() ?? string.Empty).ToArray())
                .ToList();
        }

        if (path.EndsWith(".tsv", StringComparison.Ordinal))
        {
            var cells = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t', 3))
                .Select(f => (Row: int.Parse(f[0], CultureInfo.InvariantCulture), Column: int.Parse(f[1], CultureInfo.InvariantCulture), Text: f[2].Replace("\\r", "\r", StringComparison.Ordinal)))
                .ToList();
            var grid = Enumerable.Range(0, cells.Max(c => c.Row) + 1).Select(_ => Enumerable.Repeat(string.Empty, cells.Max(c => c.Column) + 1).ToArray()).ToList();
            cells.ForEach(c => grid[c.Row][c.Column] = c.Text);
            return grid;
        }

        return Csv.Parse(File.ReadAllText(path));
    }
}

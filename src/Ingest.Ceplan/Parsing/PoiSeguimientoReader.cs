using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Parsing;

/// <summary>
/// Reads the POI seguimiento report of the CEPLAN web app (<c>REPORTE DE SEGUIMIENTO DEL PLAN OPERATIVO INSTITUCIONAL</c>)
/// into one figure table: OEI and AEI headings (groups), one item per actividad operativa with its programmed and executed
/// physical and financial figures per month, their accumulated figures and the avance %, one subtotal per AEI
/// (<c>EJECUCIÓN FÍSICA / FINANCIERA POR AEI.01.01</c>) and one total row (<c>PROMEDIO DE EJECUCIÓN FÍSICA</c>,
/// <c>TOTAL DE PROGRAMACIÓN / EJECUCIÓN FINANCIERA</c>).
/// Kept beside the table layer's logical tables (<see cref="ReportTables"/>): each item prints its programmed and executed
/// figures as two lines (<c>PROG.</c> / <c>EJEC.</c>) of one row, which the logical tables keep as one row of mixed
/// figures; this reader's grid tells them apart (<c>PoiSeguimientoReaderTests</c>).
/// </summary>
/// <remarks>
/// The grid is read from word positions, not from the table layer: an actividad prints its PROG. and EJEC. figures on two
/// lines of one ruled block whose name wraps over many lines, the figures are not always beside their PROG. / EJEC. label,
/// and a block can continue on the next page. Its header is printed once, on the first page: the header words are cut
/// into columns where they do not overlap horizontally, the group words above (<c>FISICO</c>, <c>FINANCIERO</c>) name
/// the columns nearest them, and the profile's column rules name each column (<c>group + leaf</c>, e.g.
/// <c>fisico ene</c>). A block is the band between two full-width rulings around its AOI code; its first line of
/// figures is PROG., its second EJEC. The avance % of an actividad is both a ratio of its own row (a percent column)
/// and the figure its AEI subtotal and the report total average (an average column holding the same printed figure),
/// so that both checks run on one table.
/// </remarks>
internal static partial class PoiSeguimientoReader
{
    private const string TableId = "poi1";

    /// <summary>Month abbreviations and names as printed in the header, with their month number.</summary>
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["ene"] = 1, ["enero"] = 1, ["feb"] = 2, ["febrero"] = 2, ["mar"] = 3, ["marzo"] = 3, ["abr"] = 4, ["abril"] = 4,
        ["may"] = 5, ["mayo"] = 5, ["jun"] = 6, ["junio"] = 6, ["jul"] = 7, ["julio"] = 7, ["ago"] = 8, ["agosto"] = 8,
        ["set"] = 9, ["sep"] = 9, ["setiembre"] = 9, ["septiembre"] = 9, ["oct"] = 10, ["octubre"] = 10,
        ["nov"] = 11, ["noviembre"] = 11, ["dic"] = 12, ["diciembre"] = 12,
    };

    public static void Read(TableRule rule, ParseContext context)
    {
        Layout? layout = null;
        foreach (var page in context.Pages)
        {
            if (FindHeader(page) is { } found && Layout.Build(found, rule, context) is { } built)
            {
                layout = built;
                break;
            }
        }

        if (layout is null)
        {
            context.Problems.Add($"{rule.Name}: no grid header with month columns and the profile table's phrases found; nothing read");
            return;
        }

        var header = layout.Header;
        var rows = new List<FigureRow>();
        var reader = new GridWalk(layout, context, rows);
        reader.Run();
        if (rows.Count == 0)
        {
            context.Problems.Add($"{rule.Name}: the grid header on page {header.Page} has no rows below it");
            return;
        }

        var title = Title(header, context);
        var source = new Provenance(header.Page, header.Box, TableId, null, null, title);
        context.FigureTables.Add(new FigureTable(TableId, FigureKind(rule.FigureKind), title, null, layout.Columns, rows, null, source));
    }

    private static FigureTableKind FigureKind(string? kind) => kind switch
    {
        "contribution" => FigureTableKind.Contribution,
        "poi-execution" => FigureTableKind.PoiExecution,
        "cost-centre" => FigureTableKind.CostCentre,
        "budget" => FigureTableKind.Budget,
        _ => FigureTableKind.Other,
    };

    /// <summary>Gets the report's title and centro de costo line printed above the grid (<c>... / CC: Todos</c>).</summary>
    private static string Title(Header header, ParseContext context)
    {
        var above = context.Pages[header.Page - 1].Lines.Where(l => l.Box.Bottom <= header.Box.Top).ToList();
        var title = above.FirstOrDefault(l => HeaderText.Normalise(l.Text).Contains("seguimiento", StringComparison.Ordinal))?.Text.Trim();
        var centre = above.FirstOrDefault(l => CentreLine().IsMatch(l.Text))?.Text.Trim();
        return string.Join(" / ", new[] { title ?? "Seguimiento del POI", centre }.Where(t => !string.IsNullOrEmpty(t)));
    }

    /// <summary>Finds the grid header on a page: the band of lines around a line with at least four month words.</summary>
    private static Header? FindHeader(PageContent page)
    {
        var lines = WordLines(page.Words);
        var monthLine = lines.FindIndex(l => l.Count(w => Months.ContainsKey(HeaderText.Normalise(w.Text))) >= 4);
        if (monthLine < 0)
        {
            return null;
        }

        // The header is the run of lines no more than a line and a half apart around the month line, down to the first heading.
        var first = monthLine;
        while (first > 0 && lines[first][0].Box.Top - lines[first - 1][0].Box.Top < 15)
        {
            first--;
        }

        var last = monthLine;
        while (last + 1 < lines.Count && lines[last + 1][0].Box.Top - lines[last][0].Box.Top < 15 && !StartsWithCode(lines[last + 1]))
        {
            last++;
        }

        var words = lines.Skip(first).Take(last - first + 1).SelectMany(l => l).ToList();
        return new Header(page.PageNumber, words, lines[monthLine], words.Select(w => w.Box).Aggregate((a, b) => a.Union(b)));
    }

    /// <summary>Groups words into lines: words whose tops are within two points, left to right.</summary>
    internal static List<List<Word>> WordLines(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderBy(w => w.Box.Top).ThenBy(w => w.Box.Left))
        {
            if (lines.Count > 0 && word.Box.Top - lines[^1][0].Box.Top < 2)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        }

        return lines;
    }

    /// <summary>Joins the words of a line, with no space where the browser letter-spaced one word into pieces (<c>FINA NCIERO</c>).</summary>
    internal static string Join(IReadOnlyList<Word> words)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].Box.Left - words[i - 1].Box.Right > 0.15 * Math.Min(words[i].FontSize, words[i - 1].FontSize))
            {
                builder.Append(' ');
            }

            builder.Append(words[i].Text);
        }

        return builder.ToString();
    }

    private static bool StartsWithCode(List<Word> line)
    {
        var first = line[0].Text;
        return AoCode().IsMatch(first) || (CeplanCode.TryRead(first, out var code) && first.StartsWith(code.Raw, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^AOI\d{6,}", RegexOptions.CultureInvariant)]
    internal static partial Regex AoCode();

    [GeneratedRegex(@"^\s*CC\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex CentreLine();

    [GeneratedRegex(@"^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)", RegexOptions.CultureInvariant)]
    internal static partial Regex Footnote();

    /// <summary>The grid header as printed.</summary>
    internal sealed record Header(int Page, IReadOnlyList<Word> Words, IReadOnlyList<Word> MonthLine, PdfRect Box);
}

using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Fixtures.Generator;
using Ingest.Fixtures.Generator.Html;
using Ingest.Fixtures.Generator.Layout;
using Ingest.Fixtures.Generator.Truth;

namespace Ingest.Fixtures.Tests;

public sealed partial class HtmlOutputTests
{
    [Fact]
    public void ToHtml_SameSeedTwice_ByteIdenticalHtmlAndTruth()
    {
        for (int index = 0; index < 8; index++)
        {
            var style = HtmlStyle.For(index, SyntheticSet.Kinds.Count);
            var first = SyntheticSet.Generate(7, index);
            var second = SyntheticSet.Generate(7, index);
            Assert.Equal(first.ToHtml(style), second.ToHtml(style));
            Assert.Equal(TruthWriter.Write(first, "x.html", style), TruthWriter.Write(second, "x.html", style));
        }
    }

    [Fact]
    public void ToHtml_EveryStyle_PrintsEveryBodyCellAndParagraphOfThePdfLayout()
    {
        for (int index = 0; index < 16; index++)
        {
            var report = SyntheticSet.Generate(1, index);
            var style = HtmlStyle.For(index, SyntheticSet.Kinds.Count);
            string text = PlainText(report.ToHtml(style));
            foreach (var block in report.Blocks)
            {
                var expected = block switch
                {
                    ParagraphBlock p => [p.Text],
                    HeadingBlock h => [h.Text],
                    TableBlock t => t.Table.Rows.SelectMany(r => r.Cells).Select(c => c.Text).Where(t => t.Length > 0),
                    _ => Enumerable.Empty<string>(),
                };
                foreach (var piece in expected.Select(Collapse).Where(p => !IsBaselineYear(p)))
                {
                    Assert.True(text.Contains(piece, StringComparison.Ordinal), $"report {index} ({style.Name}): '{piece}' is not in the HTML");
                }
            }
        }
    }

    [Fact]
    public void ToHtml_SpanningHeader_BecomesColspanAndRowspan()
    {
        var html = Encoding.UTF8.GetString(SyntheticSet.Generate(1, 0).ToHtml(HtmlStyle.For(0, SyntheticSet.Kinds.Count)));
        Assert.Contains("colspan=\"", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RepeatHeader_HeaderRowsInTheadElseInBody()
    {
        var report = SyntheticSet.Generate(1, 0);
        var style = HtmlStyle.For(0, SyntheticSet.Kinds.Count);
        Assert.Contains("<thead>", Encoding.UTF8.GetString(report.ToHtml(style with { RepeatHeader = true })), StringComparison.Ordinal);
        Assert.DoesNotContain("<thead>", Encoding.UTF8.GetString(report.ToHtml(style with { RepeatHeader = false })), StringComparison.Ordinal);
    }

    [Fact]
    public void MoveToEnd_UnitColumn_MovesHeaderAndCellsAndShortensSpanningRows()
    {
        var table = HtmlTable.From(new TableSpec(
            [1, 2, 3],
            [[new("Código"), new("Unidad"), new("Avance")]],
            [new TableRow([new("AEI.01.01"), new("Nombre", ColSpan: 2)]), new TableRow([new("IND.01"), new("UO"), new("50.00")])],
            8,
            RuleStyle.None));
        Assert.True(table.MoveToEnd(1));
        Assert.Equal(["Código", "Avance", "Unidad"], table.Row(0).Select(c => c.Text));
        Assert.Equal(["AEI.01.01", "Nombre", string.Empty], table.Row(1).Select(c => c.Text));
        Assert.Equal(1, table.Row(1).ElementAt(1).ColSpan);
        Assert.Equal(["IND.01", "50.00", "UO"], table.Row(2).Select(c => c.Text));
        Assert.Equal([1.0, 3, 2], table.Widths);
    }

    [Fact]
    public void FoldBaselineYear_OneYear_OneColumnNamedWithTheYear()
    {
        var table = HtmlTable.From(new TableSpec(
            [1, 1, 1, 1],
            [[new("Código", 1, 2), new("Línea Base", 2), new("Meta", 1, 2)], [new("Año"), new("Valor")]],
            [new TableRow([new("IND.01"), new("2019"), new("4.50"), new("6.00")]), new TableRow([new("IND.02"), new("2019"), new("7.00"), new("8.00")])],
            8,
            RuleStyle.None));
        Assert.True(table.FoldBaselineYear());
        Assert.Equal(["Código", "Línea base 2019", "Meta"], table.Row(0).Select(c => c.Text));
        Assert.All(table.Row(0), c => Assert.Equal(2, c.RowSpan));
        Assert.Empty(table.Row(1));
        Assert.Equal(["IND.01", "4.50", "6.00"], table.Row(2).Select(c => c.Text));
    }

    [Fact]
    public void FoldBaselineYear_TwoYears_LeftAsItIs()
    {
        var table = HtmlTable.From(new TableSpec(
            [1, 1, 1],
            [[new("Código", 1, 2), new("Línea Base", 2)], [new("Año"), new("Valor")]],
            [new TableRow([new("IND.01"), new("2019"), new("4.50")]), new TableRow([new("IND.02"), new("2020"), new("7.00")])],
            8,
            RuleStyle.None));
        Assert.False(table.FoldBaselineYear());
    }

    [Theory]
    [InlineData("Valores Obtenidos", 2, "Valores observados")]
    [InlineData("Valor Obtenido", 3, "Ejecutado")]
    [InlineData("Logros Esperados", 2, "Meta")]
    [InlineData("Avance Tipo I (%)", 1, "Avance (%)")]
    [InlineData("Avance Tipo 1", 2, "% de avance")]
    [InlineData("Avance Tipo I (%)", 0, "Avance Tipo I (%)")]
    [InlineData("Código", 3, "Código")]
    public void Reword_HeaderVariants_RealReportsWords(string header, int wording, string expected) => Assert.Equal(expected, HtmlWriter.Reword(header, wording));

    /// <summary>The cached producer prints (fixtures/synthetic-producers) carry the injections the generator makes for their
    /// source report, in the HTML style their truth names: a rerun of make.sh would print the same content.</summary>
    [Fact]
    public void ProducerSet_EveryTruth_IsTheGeneratorsTruthOfItsSource()
    {
        var files = Directory.GetFiles(ProducerFolder(), "*.json");
        Assert.True(files.Length >= 48, $"fixtures/synthetic-producers holds {files.Length} truth files");
        foreach (var file in files)
        {
            using var cached = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = cached.RootElement;
            string source = root.GetProperty("source").GetString()!;
            int index = int.Parse(source.AsSpan(4, 3), System.Globalization.CultureInfo.InvariantCulture) - 1;
            var style = HtmlStyle.For(index, SyntheticSet.Kinds.Count);
            using var generated = JsonDocument.Parse(TruthWriter.Write(SyntheticSet.Generate(1, index), source, style));
            Assert.True(File.Exists(Path.ChangeExtension(file, ".pdf")), $"{file} has no PDF");
            foreach (var key in new[] { "seed", "kind", "layout", "layout-details", "source-layout" })
            {
                Assert.Equal(generated.RootElement.GetProperty(key).ToString(), root.GetProperty(key).ToString());
            }

            var expected = generated.RootElement.GetProperty("injections").EnumerateArray().Select(i => (i.GetProperty("rule").ToString(), i.GetProperty("code").ToString(), i.GetProperty("stated").ToString()));
            var actual = root.GetProperty("injections").EnumerateArray().Select(i => (i.GetProperty("rule").ToString(), i.GetProperty("code").ToString(), i.GetProperty("stated").ToString()));
            Assert.Equal(expected, actual);
        }
    }

    private static bool IsBaselineYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);

    private static string PlainText(byte[] html) => Collapse(WebUtility.HtmlDecode(Tag().Replace(Encoding.UTF8.GetString(html).Replace("<br>", " ", StringComparison.Ordinal), " ")));

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string ProducerFolder([CallerFilePath] string source = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "fixtures", "synthetic-producers"));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Globalization;
using System.Text.Json;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Tests.Golden;

namespace Ingest.Ceplan.Tests.Expected;

/// <summary>
/// Seeds 000 (iei-anual) and 001 (poi-contribucion) read from their PDFs equal the expected files written from the seed
/// texts (<c>NNN.expected.json</c>, see README-000-001.md here), field by field; every difference is reported with its path.
/// </summary>
public sealed class ExpectedIeiPoiTests
{
    public static TheoryData<string> Seeds => new() { "000", "001" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_SeedPdf_EqualsExpectedFromSeedText(string seed)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", seed + ".expected.json")));
        var report = SeedGoldenTests.Parse(seed);
        var differences = IeiPoiComparer.Compare(expected.RootElement, report);

        // Known differences (owned by another part of the parser, each with its reason in the file) must still differ:
        // once one is fixed the entry has to go.
        var known = expected.RootElement.GetProperty("knownDifferences").EnumerateArray().Select(k => k.GetProperty("path").GetString()!).ToList();
        var unexpected = differences.Where(d => !known.Any(k => d.StartsWith(k + ":", StringComparison.Ordinal))).ToList();
        var fixedNow = known.Where(k => !differences.Any(d => d.StartsWith(k + ":", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} differences from {seed}.expected.json:\n" + string.Join('\n', unexpected));
        Assert.True(fixedNow.Count == 0, $"Known differences of {seed}.expected.json no longer differ; remove them:\n" + string.Join('\n', fixedNow));
    }

    [Fact]
    public void Compare_ChangedValue_ReportsItsPath()
    {
        const string json = """
            {"document":{"kind":"iei-anual","entity":null,"evaluated":null},
             "objectives":[],"actions":[{"code":"AEI.01.01","parent":"OEI.01","name":"Uno","progress":{"2024":"87.02"}}],
             "indicators":[],"summaries":[],"figureTables":[],"claims":[],"knownDifferences":[]}
            """;
        using var expected = JsonDocument.Parse(json);
        var source = Provenance.None;
        var action = new StrategicAction("AEI.01.01", "OEI.01", "Uno", null, [new PeriodValue(new Period(2024), ReportValue.Of(87.03m, 2))], source);
        var report = new CeplanReport(new DocumentInfo("x.pdf", "0", new Model.Classification(ReportKind.IeiAnual, 1, []), null, null, null, null, 1, null), [], [action], [], [], [], [], [], [], []);

        var differences = IeiPoiComparer.Compare(expected.RootElement, report);

        Assert.Equal(["actions[AEI.01.01].progress[2024]: expected 87.02, read 87.03"], differences);
    }
}

/// <summary>Compares a parsed report with an expected file of seeds 000 / 001; returns one line per difference.</summary>
internal static class IeiPoiComparer
{
    public static List<string> Compare(JsonElement expected, CeplanReport report)
    {
        var differences = new List<string>();
        var document = expected.GetProperty("document");
        Check(differences, "document.kind", document.GetProperty("kind").GetString(), report.Document.Classification.Kind.Id());
        Check(differences, "document.entity", document.GetProperty("entity").GetString(), report.Document.Entity is { } e ? $"{e.Code} {e.Name}" : null);
        Check(differences, "document.evaluated", document.GetProperty("evaluated").GetString(), report.Document.EvaluatedPeriod?.ToString());
        Elements(expected, report, differences);
        Indicators(expected.GetProperty("indicators"), report.Indicators, differences);
        Summaries(expected.GetProperty("summaries"), report.Summaries, differences);
        FigureTables(expected.GetProperty("figureTables"), report.FigureTables, differences);
        Claims(expected.GetProperty("claims"), report.Claims, differences);
        return differences;
    }

    /// <summary>A figure as the expected files write it: digits with the printed decimals and %, '' blank, ND, -, or ? and the text.</summary>
    internal static string Text(ReportValue? value) => value is null ? "(none)" : value.Missing switch
    {
        MissingReason.None => value.ToString() + (value.Unit == ValueUnit.Percent ? "%" : string.Empty),
        MissingReason.NotAvailable => "ND",
        MissingReason.Dash => "-",
        MissingReason.Blank => string.Empty,
        _ => "?" + Same(value.Source.Raw ?? string.Empty),
    };

    private static void Elements(JsonElement expected, CeplanReport report, List<string> differences)
    {
        Keyed(
            "objectives",
            expected.GetProperty("objectives"),
            report.Objectives.ToDictionary(o => o.Code, StringComparer.Ordinal),
            (path, e, o) =>
            {
                Check(differences, path + ".name", e.GetProperty("name").GetString(), o.Name, names: true);
                Progress(path, e.GetProperty("progress"), o.StatedProgress, differences);
            },
            differences);
        Keyed(
            "actions",
            expected.GetProperty("actions"),
            report.Actions.ToDictionary(a => a.Code, StringComparer.Ordinal),
            (path, e, a) =>
            {
                Check(differences, path + ".name", e.GetProperty("name").GetString(), a.Name, names: true);
                Check(differences, path + ".parent", e.GetProperty("parent").GetString(), a.ObjectiveCode);
                Progress(path, e.GetProperty("progress"), a.StatedProgress, differences);
            },
            differences);
    }

    private static void Progress(string path, JsonElement expected, IReadOnlyList<PeriodValue> actual, List<string> differences)
    {
        var read = actual.ToDictionary(p => p.Period?.ToString() ?? "?", p => Text(p.Value), StringComparer.Ordinal);
        Map(path + ".progress", expected, read, differences);
    }

    private static void Indicators(JsonElement expected, IReadOnlyList<Indicator> actual, List<string> differences)
    {
        var byCode = actual.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Keyed(
            "indicators",
            expected,
            byCode,
            (path, e, i) =>
            {
                Check(differences, path + ".name", e.GetProperty("name").GetString(), i.Name, names: true);
                Check(differences, path + ".parent", e.GetProperty("parent").GetString(), i.ParentCode);
                var year = e.GetProperty("baselineYear");
                Check(differences, path + ".baselineYear", year.ValueKind == JsonValueKind.Null ? null : year.GetInt32().ToString(CultureInfo.InvariantCulture), i.BaselineYear?.ToString(CultureInfo.InvariantCulture));
                Check(differences, path + ".baseline", e.GetProperty("baseline").GetString(), Text(i.BaselineValue));
                foreach (var (name, measure) in new[] { ("expected", Measure.Expected), ("obtained", Measure.Obtained), ("progress", Measure.StatedProgress) })
                {
                    var read = i.Observations.Where(o => o.Measure == measure).GroupBy(o => o.Period.ToString()).ToDictionary(g => g.Key, g => Text(g.First().Value), StringComparer.Ordinal);
                    Map(path + "." + name, e.GetProperty(name), read, differences);
                }
            },
            differences);
    }

    private static void Summaries(JsonElement expected, IReadOnlyList<SummaryTable> actual, List<string> differences)
    {
        Check(differences, "summaries.count", expected.GetArrayLength().ToString(CultureInfo.InvariantCulture), actual.Count.ToString(CultureInfo.InvariantCulture));
        var t = 0;
        foreach (var e in expected.EnumerateArray())
        {
            var path = $"summaries[{t}]";
            if (t >= actual.Count)
            {
                differences.Add($"{path}: missing");
                t++;
                continue;
            }

            var s = actual[t++];
            Check(differences, path + ".subject", e.GetProperty("subject").GetString(), s.Subject.ToString());
            Check(differences, path + ".period", e.GetProperty("period").GetString(), s.Period?.ToString());
            var bins = e.GetProperty("bins").EnumerateArray().Select(b => b.GetString()!).ToList();
            Check(differences, path + ".bins", string.Join(" | ", bins.Select(Bin)), string.Join(" | ", s.Bins.Select(Bin)));
            var rows = e.GetProperty("rows").EnumerateArray().ToList();
            Check(differences, path + ".rows.count", rows.Count.ToString(CultureInfo.InvariantCulture), s.Rows.Count.ToString(CultureInfo.InvariantCulture));
            for (var r = 0; r < rows.Count && r < s.Rows.Count; r++)
            {
                var rowPath = $"{path}.rows[{rows[r].GetProperty("label").GetString()}]";
                var row = s.Rows[r];
                Check(differences, rowPath + ".label", rows[r].GetProperty("label").GetString(), row.Label);
                Check(differences, rowPath + ".role", rows[r].GetProperty("role").GetString(), row.Role.ToString());
                Check(differences, rowPath + ".counts", string.Join(" ", rows[r].GetProperty("counts").EnumerateArray().Select(c => c.GetString())), string.Join(" ", row.Counts.Select(Text)));
                Check(differences, rowPath + ".nd", rows[r].GetProperty("nd").GetString(), row.NotAvailable is null ? "(none)" : Text(row.NotAvailable));
                Check(differences, rowPath + ".total", rows[r].GetProperty("total").GetString(), row.Total is null ? "(none)" : Text(row.Total));
            }
        }
    }

    /// <summary>A bin label without the group heading above it and without spacing: "Desempeño / Bajo / (0-75&gt;" → "bajo(0-75&gt;".</summary>
    private static string Bin(string label)
    {
        var folded = TextFold.Fold(label).Replace("DESEMPENO", string.Empty, StringComparison.Ordinal);
        return new string([.. folded.Where(ch => !char.IsWhiteSpace(ch) && ch != '/')]);
    }

    private static void FigureTables(JsonElement expected, IReadOnlyList<FigureTable> actual, List<string> differences)
    {
        Check(differences, "figureTables.count", expected.GetArrayLength().ToString(CultureInfo.InvariantCulture), actual.Count.ToString(CultureInfo.InvariantCulture));

        // Tables are matched by kind, subject and occurrence, so that one missing table does not shift all the others.
        var used = new HashSet<FigureTable>();
        foreach (var e in expected.EnumerateArray())
        {
            var kind = e.GetProperty("kind").GetString();
            var subject = e.GetProperty("subject").GetString();
            var firstRow = e.GetProperty("rows")[0];
            var key = $"{kind}:{subject ?? "-"}:{firstRow.GetProperty("label").GetString()}";
            var path = $"figureTables[{key}]";
            var table = actual.FirstOrDefault(f => !used.Contains(f) && f.Kind.ToString() == kind && f.SubjectCode == subject)
                ?? actual.FirstOrDefault(f => !used.Contains(f) && f.Kind.ToString() == kind && f.Rows.Count > 0 && Same(f.Rows[0].Label) == Same(firstRow.GetProperty("label").GetString()!));
            if (table is null)
            {
                differences.Add($"{path}: missing");
                continue;
            }

            used.Add(table);
            Check(differences, path + ".subject", subject, table.SubjectCode);
            Check(differences, path + ".label", e.GetProperty("label").GetString(), table.StatedLabel);
            var valueColumns = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Role != ColumnRole.Text).ToList();
            var columns = e.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
            Check(differences, path + ".columns", string.Join(" | ", columns), string.Join(" | ", valueColumns.Select(x => x.c.Role + (x.c.Period is { } p ? "@" + p : string.Empty))));
            var rows = e.GetProperty("rows").EnumerateArray().ToList();
            Check(differences, path + ".rows.count", rows.Count.ToString(CultureInfo.InvariantCulture), table.Rows.Count.ToString(CultureInfo.InvariantCulture));
            for (var r = 0; r < rows.Count && r < table.Rows.Count; r++)
            {
                var rowPath = $"{path}.rows[{r}]";
                var row = table.Rows[r];
                Check(differences, rowPath + ".code", rows[r].GetProperty("code").GetString(), row.Code);
                Check(differences, rowPath + ".label", rows[r].GetProperty("label").GetString(), row.Label, names: true);
                Check(differences, rowPath + ".role", rows[r].GetProperty("role").GetString(), row.Role.ToString());
                var values = rows[r].GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToList();
                for (var c = 0; c < values.Count; c++)
                {
                    var read = c < valueColumns.Count ? Text(row.Values[valueColumns[c].i]) : "(no column)";
                    Check(differences, $"{rowPath}.values[{c}]", values[c], read);
                }
            }
        }
    }

    private static void Claims(JsonElement expected, IReadOnlyList<NarrativeClaim> actual, List<string> differences)
    {
        foreach (var e in expected.EnumerateArray())
        {
            var subject = e.GetProperty("subject").GetString();
            var role = e.GetProperty("role").GetString();
            var value = e.GetProperty("value").GetString();
            var fragment = Same(e.GetProperty("sentence").GetString()!);
            var path = $"claims[{subject ?? "-"} {role} {value}]";
            var sentences = actual.Where(c => Same(c.Sentence).Contains(fragment, StringComparison.Ordinal)).ToList();
            if (sentences.Count == 0)
            {
                differences.Add($"{path}: no claim with the sentence \"{fragment}\"");
                continue;
            }

            var match = sentences.FirstOrDefault(c => Same(c.SubjectCode ?? string.Empty) == Same(subject ?? string.Empty) && c.Numbers.Any(n => n.Role.ToString() == role && Text(n.Value) == value
                && (!e.TryGetProperty("countOf", out var of) || n.CountOf == of.GetString())));
            if (match is null)
            {
                var read = string.Join("; ", sentences.Select(c => $"subject {c.SubjectCode ?? "-"}: " + string.Join(", ", c.Numbers.Select(n => $"{n.Role} {Text(n.Value)}{(n.CountOf is null ? string.Empty : " of " + n.CountOf)}"))));
                differences.Add($"{path}: read {read}");
            }
        }
    }

    private static void Keyed<T>(string name, JsonElement expected, Dictionary<string, T> actual, Action<string, JsonElement, T> compare, List<string> differences)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in expected.EnumerateArray())
        {
            var code = e.GetProperty("code").GetString()!;
            codes.Add(code);
            if (!actual.TryGetValue(code, out var item))
            {
                differences.Add($"{name}[{code}]: missing");
                continue;
            }

            compare($"{name}[{code}]", e, item);
        }

        foreach (var code in actual.Keys.Where(c => !codes.Contains(c)).Order(StringComparer.Ordinal))
        {
            differences.Add($"{name}[{code}]: read but not expected");
        }
    }

    private static void Map(string path, JsonElement expected, Dictionary<string, string> read, List<string> differences)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in expected.EnumerateObject())
        {
            keys.Add(property.Name);
            Check(differences, $"{path}[{property.Name}]", property.Value.GetString(), read.GetValueOrDefault(property.Name, "(none)"));
        }

        foreach (var key in read.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal))
        {
            differences.Add($"{path}[{key}]: read {read[key]}, not expected");
        }
    }

    private static void Check(List<string> differences, string path, string? expected, string? read, bool names = false)
    {
        var same = names ? Same(expected ?? string.Empty) == Same(read ?? string.Empty) : string.Equals(expected, read, StringComparison.Ordinal);
        if (!same)
        {
            differences.Add($"{path}: expected {expected ?? "(null)"}, read {read ?? "(null)"}");
        }
    }

    /// <summary>Text with its whitespace collapsed: the seed text and the PDF wrap names at different places.</summary>
    private static string Same(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using System.Text.Json.Nodes;
using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Tests.Expected;

/// <summary>
/// Compares a parsed report with an expected file written from the seed text (see README.pei-pdrc.md), field by field:
/// every field present in the expected file is checked, and every difference is reported with its path.
/// </summary>
internal static class SeedExpectedComparer
{
    public static List<string> Compare(JsonObject expected, CeplanReport report)
    {
        var diffs = new List<string>();
        if (expected["document"] is JsonObject document)
        {
            var d = report.Document;
            static string? PlaceText(Place? p) => p is null ? null : $"{p.Code} {p.Name}".Trim();
            Field(diffs, document, "document", "kind", d.Classification.Kind.Id());
            Field(diffs, document, "document", "entityCode", d.Entity?.Code);
            Field(diffs, document, "document", "entityName", d.Entity?.Name.Trim());
            Field(diffs, document, "document", "nivelGobierno", d.Entity?.NivelGobierno);
            Field(diffs, document, "document", "departamento", PlaceText(d.Entity?.Departamento));
            Field(diffs, document, "document", "provincia", PlaceText(d.Entity?.Provincia));
            Field(diffs, document, "document", "distrito", PlaceText(d.Entity?.Distrito));
            Field(diffs, document, "document", "plan", d.Plan is { } plan ? $"{plan.Type} {plan.StartYear}-{plan.EndYear}" : null);
            Field(diffs, document, "document", "evaluated", d.EvaluatedPeriod?.ToString());
        }

        CompareElements(diffs, "objectives", expected["objectives"]?.AsArray(), report.Objectives.Select(o => (o.Code, o.Name, (int?)o.Priority, o.StatedProgress)).ToList());
        CompareElements(diffs, "actions", expected["actions"]?.AsArray(), report.Actions.Select(a => (a.Code, a.Name, a.Priority, a.StatedProgress)).ToList());
        CompareIndicators(diffs, expected["indicators"]?.AsArray(), report.Indicators);
        CompareSummaries(diffs, expected["summaries"]?.AsArray(), report.Summaries);
        CompareFigures(diffs, expected["figureTables"]?.AsArray(), report.FigureTables);
        if (expected["statedFigures"]?.AsArray() is { } stated)
        {
            var actual = report.StatedFigures.Select(s => $"{s.Kind} {s.Scope} {s.Period}: {Text(s.Value)}").ToList();
            Same(diffs, "statedFigures", string.Join(" ; ", stated.Select(s => (string?)s)), string.Join(" ; ", actual));
        }

        CompareClaims(diffs, expected["claims"]?.AsArray(), report.Claims);
        return diffs;
    }

    /// <summary>Gets a figure as the expected files write it: digits as printed, <c>%</c> when printed, <c>ND</c>, <c>-</c> or empty.</summary>
    public static string Text(ReportValue v) => v.Missing switch
    {
        MissingReason.None => v.ToString() + (v.Unit == ValueUnit.Percent ? "%" : string.Empty),
        MissingReason.NotAvailable => "ND",
        MissingReason.Dash => "-",
        MissingReason.Blank => string.Empty,
        _ => "?" + v.Source.Raw.Replace('\n', ' '),
    };

    private static void CompareElements(List<string> diffs, string kind, JsonArray? expected, List<(string Code, string Name, int? Priority, IReadOnlyList<PeriodValue> Progress)> actual)
    {
        if (expected is null)
        {
            return;
        }

        var byCode = actual.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var e in expected.Select(n => n!.AsObject()))
        {
            var code = (string)e["code"]!;
            var path = $"{kind}[{code}]";
            if (!byCode.TryGetValue(code, out var a))
            {
                diffs.Add($"{path}: missing from the parse");
                continue;
            }

            if (e["name"] is { } name)
            {
                Same(diffs, path + ".name", (string?)name, a.Name);
            }

            if (e["priority"] is { } priority)
            {
                Same(diffs, path + ".priority", ((int)priority).ToString(CultureInfo.InvariantCulture), a.Priority?.ToString(CultureInfo.InvariantCulture));
            }

            SameMap(diffs, path + ".progress", e["progress"]?.AsObject() ?? [], a.Progress.Select(p => (p.Period?.ToString() ?? "?", p.Value)));
        }

        foreach (var extra in byCode.Keys.Except(expected.Select(n => (string)n!["code"]!), StringComparer.Ordinal))
        {
            diffs.Add($"{kind}[{extra}]: read but not expected");
        }
    }

    private static void CompareIndicators(List<string> diffs, JsonArray? expected, IReadOnlyList<Indicator> actual)
    {
        if (expected is null)
        {
            return;
        }

        var expectedByCode = expected.Select(n => n!.AsObject()).GroupBy(e => (string)e["code"]!, StringComparer.Ordinal);
        var actualByCode = actual.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in expectedByCode)
        {
            var parsed = actualByCode.GetValueOrDefault(group.Key) ?? [];
            var list = group.ToList();
            if (parsed.Count != list.Count)
            {
                diffs.Add($"indicators[{group.Key}]: printed {list.Count} time(s), read {parsed.Count}");
            }

            for (var k = 0; k < Math.Min(list.Count, parsed.Count); k++)
            {
                var e = list[k];
                var a = parsed[k];
                var path = $"indicators[{group.Key}#{k + 1}{(e["table"] is { } t ? " " + (string?)t : string.Empty)}]";
                Field(diffs, e, path, "name", a.Name);
                Field(diffs, e, path, "parent", a.ParentCode);
                Field(diffs, e, path, "relevance", a.Relevance.ToString());
                Field(diffs, e, path, "sentido", a.Sentido.ToString());
                Field(diffs, e, path, "aggregation", a.Aggregation.ToString());
                Field(diffs, e, path, "baselineYear", a.BaselineYear?.ToString(CultureInfo.InvariantCulture));
                Field(diffs, e, path, "baseline", Text(a.BaselineValue));
                foreach (var (key, measure) in new[] { ("expected", Measure.Expected), ("obtained", Measure.Obtained), ("progress", Measure.StatedProgress) })
                {
                    if (e[key] is JsonObject map)
                    {
                        SameMap(diffs, $"{path}.{key}", map, a.Observations.Where(o => o.Measure == measure).Select(o => (o.Period.ToString(), o.Value)));
                    }
                }
            }
        }

        foreach (var extra in actualByCode.Keys.Except(expectedByCode.Select(g => g.Key), StringComparer.Ordinal))
        {
            diffs.Add($"indicators[{extra}]: read but not expected");
        }
    }

    private static void CompareSummaries(List<string> diffs, JsonArray? expected, IReadOnlyList<SummaryTable> actual)
    {
        foreach (var (e, a, path) in InOrder(diffs, "summaries", expected, actual))
        {
            Same(diffs, path + ".period", (string?)e["period"], a.Period?.ToString());
            Same(diffs, path + ".bins", string.Join(" | ", e["bins"]!.AsArray().Select(b => (string?)b)), string.Join(" | ", a.Bins));
            foreach (var (er, ar, rowPath) in InOrder(diffs, path + ".rows", e["rows"]!.AsArray(), a.Rows))
            {
                var rp = $"{rowPath}[{(string?)er["label"]}]";
                Same(diffs, rp + ".label", (string?)er["label"], ar.Label);
                Same(diffs, rp + ".counts", string.Join(" ", er["counts"]!.AsArray().Select(c => (string?)c)), string.Join(" ", ar.Counts.Select(Text)));
                Same(diffs, rp + ".nd", (string?)er["nd"], ar.NotAvailable is null ? null : Text(ar.NotAvailable));
                Same(diffs, rp + ".total", (string?)er["total"], ar.Total is null ? null : Text(ar.Total));
            }
        }
    }

    private static void CompareFigures(List<string> diffs, JsonArray? expected, IReadOnlyList<FigureTable> actual)
    {
        foreach (var (e, a, path) in InOrder(diffs, "figureTables", expected, actual))
        {
            Same(diffs, path + ".kind", (string?)e["kind"], a.Kind.ToString());
            foreach (var (er, ar, rowPath) in InOrder(diffs, path + ".rows", e["rows"]!.AsArray(), a.Rows))
            {
                var rp = $"{rowPath} {(string?)er["code"] ?? (string?)er["label"]}";
                Same(diffs, rp + ".code", (string?)er["code"], ar.Code);
                Same(diffs, rp + ".label", (string?)er["label"], ar.Label);
                Same(diffs, rp + ".role", (string?)er["role"], ar.Role.ToString());
                Same(diffs, rp + ".values", string.Join(" ", er["values"]!.AsArray().Select(v => (string?)v)), string.Join(" ", ar.Values.Where(v => v is not null && v.Missing != MissingReason.Blank).Select(v => Text(v!))));
            }
        }
    }

    /// <summary>Pairs expected and read items in order (nothing when nothing is expected), noting a difference in their numbers.</summary>
    private static IEnumerable<(JsonObject Expected, T Actual, string Path)> InOrder<T>(List<string> diffs, string path, JsonArray? expected, IReadOnlyList<T> actual)
    {
        if (expected is null)
        {
            yield break;
        }

        if (expected.Count != actual.Count)
        {
            diffs.Add($"{path}: expected {expected.Count}, read {actual.Count}");
        }

        for (var k = 0; k < Math.Min(expected.Count, actual.Count); k++)
        {
            yield return (expected[k]!.AsObject(), actual[k], $"{path}[{k}]");
        }
    }

    private static void CompareClaims(List<string> diffs, JsonArray? expected, IReadOnlyList<NarrativeClaim> actual)
    {
        foreach (var e in expected?.Select(n => n!.AsObject()) ?? [])
        {
            var subject = (string?)e["subject"];
            var role = (string)e["role"]!;
            var number = (string)e["number"]!;
            var found = actual.Any(c => string.Equals(c.SubjectCode, subject, StringComparison.Ordinal)
                && c.Numbers.Any(n => n.Role.ToString() == role && Text(n.Value) == number));
            if (!found)
            {
                var near = actual.Where(c => string.Equals(c.SubjectCode, subject, StringComparison.Ordinal)).SelectMany(c => c.Numbers).Select(n => $"{n.Role} {Text(n.Value)}");
                diffs.Add($"claims[{subject} {role} {number}]: not read (read for this subject: {string.Join(", ", near)})");
            }
        }
    }

    private static void Field(List<string> diffs, JsonObject e, string path, string key, string? actual)
    {
        if (e.ContainsKey(key))
        {
            var node = e[key];
            Same(diffs, $"{path}.{key}", node is null ? null : node.ToString(), actual);
        }
    }

    private static void SameMap(List<string> diffs, string path, JsonObject expected, IEnumerable<(string Period, ReportValue Value)> actual)
    {
        var a = actual.ToList();
        var e = expected.Select(p => $"{p.Key}={(string?)p.Value}").Order(StringComparer.Ordinal);
        Same(diffs, path, string.Join("; ", e), string.Join("; ", a.Select(p => $"{p.Period}={Text(p.Value)}").Order(StringComparer.Ordinal)));
    }

    private static void Same(List<string> diffs, string path, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            diffs.Add($"{path}: expected \"{expected}\", read \"{actual}\"");
        }
    }
}

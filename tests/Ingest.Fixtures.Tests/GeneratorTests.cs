using System.Text.Json;
using Ingest.Audit;
using Ingest.Fixtures.Generator;
using Ingest.Fixtures.Generator.Truth;

namespace Ingest.Fixtures.Tests;

public sealed class GeneratorTests
{
    private const int SetSize = 40;

    [Fact]
    public void Generate_SameSeedTwice_ByteIdenticalPdfAndTruth()
    {
        for (int index = 0; index < 8; index++)
        {
            var first = SyntheticSet.Generate(7, index);
            var second = SyntheticSet.Generate(7, index);
            Assert.Equal(first.ToPdf(compress: true), second.ToPdf(compress: true));
            Assert.Equal(first.ToPdf(compress: false), second.ToPdf(compress: false));
            Assert.Equal(TruthWriter.Write(first, "x.pdf"), TruthWriter.Write(second, "x.pdf"));
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherReport()
    {
        Assert.NotEqual(SyntheticSet.Generate(1, 0).ToPdf(true), SyntheticSet.Generate(2, 0).ToPdf(true));
    }

    [Fact]
    public void Generate_EveryReport_InjectsExactlyTheRequestedRuleClasses()
    {
        for (int index = 0; index < SetSize; index++)
        {
            var report = SyntheticSet.Generate(1, index);
            var requested = SyntheticSet.RulesFor(index).Order(StringComparer.Ordinal).ToList();
            var injected = report.Injections.Select(i => i.Rule).Order(StringComparer.Ordinal).ToList();
            Assert.True(requested.SequenceEqual(injected), $"report {index}: requested {string.Join(',', requested)}, injected {string.Join(',', injected)}");
        }
    }

    [Fact]
    public void Generate_SetOfForty_CoversEveryRuleClassKindAndLayout()
    {
        var reports = Enumerable.Range(0, SetSize).Select(i => SyntheticSet.Generate(1, i)).ToList();
        var rules = reports.SelectMany(r => r.Injections).Select(i => i.Rule).ToHashSet(StringComparer.Ordinal);
        var missing = RuleIds.All.Where(r => !rules.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "rule classes never injected: " + string.Join(", ", missing));
        Assert.Equal(SyntheticSet.Kinds.Sum(k => k.Layouts.Count), reports.Select(r => r.Layout).Distinct().Count());
        Assert.Contains(reports, r => r.Injections.Count == 0);
    }

    [Fact]
    public void Truth_EveryInjection_HasPageCodeAndDifferingValues()
    {
        for (int index = 0; index < SetSize; index++)
        {
            var report = SyntheticSet.Generate(1, index);
            using var json = JsonDocument.Parse(TruthWriter.Write(report, "r.pdf"));
            var root = json.RootElement;
            Assert.Equal(report.Kind, root.GetProperty("kind").GetString());
            Assert.Equal(report.Pages.Count, root.GetProperty("pages").GetInt32());
            foreach (var injection in root.GetProperty("injections").EnumerateArray())
            {
                int page = injection.GetProperty("page").GetInt32();
                Assert.InRange(page, 1, report.Pages.Count);
                Assert.False(string.IsNullOrEmpty(injection.GetProperty("code").GetString()));
                Assert.Contains(injection.GetProperty("rule").GetString(), RuleIds.All);
                Assert.NotEqual(injection.GetProperty("correct").GetString(), injection.GetProperty("stated").GetString());
            }
        }
    }
}

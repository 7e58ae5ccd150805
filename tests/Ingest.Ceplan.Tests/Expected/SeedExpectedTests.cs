using System.Text.Json.Nodes;
using Ingest.Ceplan.Tests.Golden;

namespace Ingest.Ceplan.Tests.Expected;

/// <summary>Each seed PDF parses to what its seed text prints (the expected files beside this test, written from the texts, not from the parser).</summary>
public sealed class SeedExpectedTests
{
    public static TheoryData<string> PeiPdrcSeeds => new() { "002", "003", "004" };

    [Theory]
    [MemberData(nameof(PeiPdrcSeeds))]
    public void Read_SeedPdf_EqualsSeedText(string seed)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", seed + ".expected.json")))!.AsObject();
        var diffs = SeedExpectedComparer.Compare(expected, SeedGoldenTests.Parse(seed));
        Assert.True(diffs.Count == 0, $"{diffs.Count} difference(s) between {seed}.pdf and its seed text:\n" + string.Join("\n", diffs));
    }
}

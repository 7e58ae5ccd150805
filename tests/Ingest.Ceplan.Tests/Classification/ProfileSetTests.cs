using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Tests.Classification;

public sealed class ProfileSetTests
{
    [Fact]
    public void LoadEmbedded_HasOneProfilePerKind()
    {
        var profiles = ProfileSet.LoadEmbedded();

        Assert.Equal(
            ["iei-anual", "pdrc-evaluacion", "pei-plan", "pei-seguimiento", "poi-contribucion", "poi-evaluacion", "poi-seguimiento"],
            profiles.Select(p => p.Kind));
        Assert.All(profiles, p => Assert.NotEmpty(p.Recognise.Cues));
        Assert.Equal(ReportKind.PdrcEvaluacion, profiles.Find(ReportKind.PdrcEvaluacion)!.ReportKind);
        Assert.Null(profiles.Find(ReportKind.Other));
    }

    [Fact]
    public void Load_RepositoryPipelinesFolder_EqualsTheEmbeddedProfiles()
    {
        var folder = Path.Combine(RepositoryRoot(), "pipelines");

        var fromFolder = ProfileSet.Load(folder);

        Assert.Equal(ProfileSet.LoadEmbedded().Select(p => p.Kind), fromFolder.Select(p => p.Kind));
        Assert.Equal(ProfileSet.LoadEmbedded().Select(p => p.Recognise.Cues.Count), fromFolder.Select(p => p.Recognise.Cues.Count));
    }

    [Fact]
    public void Load_MalformedJson_NamesTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("profiles");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "broken.json"), "{ \"kind\": \"iei-anual\", \"recognise\": { \"cues\": [ }");

            var error = Assert.Throws<ProfileException>(() => ProfileSet.Load(folder.FullName));

            Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Theory]
    [InlineData("""{ "kind": "nonsense", "recognise": { "cues": [] } }""", "unknown kind")]
    [InlineData("""{ "kind": "no-text", "recognise": { "cues": [] } }""", "unknown kind")]
    [InlineData("""{ "recognise": { "cues": [] } }""", "malformed")]
    [InlineData("""{ "kind": "iei-anual" }""", "malformed")]
    [InlineData("""{ "kind": "iei-anual", "recognise": { "cues": [ { "name": "x" } ] } }""", "either a phrase or a pattern")]
    [InlineData("""{ "kind": "iei-anual", "recognise": { "cues": [ { "name": "x", "phrase": "A", "pattern": "B" } ] } }""", "either a phrase or a pattern")]
    [InlineData("""{ "kind": "iei-anual", "recognise": { "cues": [ { "name": "x", "pattern": "(" } ] } }""", "invalid pattern")]
    [InlineData("""{ "kind": "iei-anual", "recognise": { "cues": [ { "name": "x", "phrase": "A", "minCount": 0 } ] } }""", "minCount")]
    [InlineData("""{ "kind": "iei-anual", "recognise": { "cues": [ { "name": "x", "phrase": "A", "scope": "everywhere" } ] } }""", "malformed")]
    [InlineData("""{ "kind": "poi-seguimiento", "recognise": { "cues": [] }, "tables": [ { "name": "t", "lines": [ { "labels": ["x"], "role": "Sum", "field": "count" } ] } ] }""", "Subtotal or Total")]
    public void Parse_BadProfile_ThrowsWithTheFileName(string json, string reason)
    {
        var error = Assert.Throws<ProfileException>(() => ProfileSet.Parse(json, "bad.json"));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndDefaults_AreAccepted()
    {
        var profile = ProfileSet.Parse("""
            {
              // a comment
              "kind": "iei-anual",
              "recognise": { "cues": [ { "name": "x", "phrase": "A", }, ], },
              "tables": [],
            }
            """, "ok.json");

        var cue = Assert.Single(profile.Recognise.Cues);
        Assert.Equal(5, profile.Recognise.Threshold);
        Assert.Equal(1, cue.Weight);
        Assert.Equal(1, cue.MinCount);
        Assert.Equal(CueScope.Anywhere, cue.Scope);
        Assert.False(cue.Required);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Source())!, "..", "..", ".."));
    }

    private static string Source([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

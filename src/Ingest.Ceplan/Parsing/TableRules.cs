using System.Text.Json;
using Ingest.Ceplan.Profiles;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads the <c>"tables"</c> section of a pipeline profile (<c>pipelines/&lt;kind&gt;.json</c>).</summary>
internal static class TableRules
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the table rules of a profile document.</summary>
    /// <param name="profileJson">The whole profile JSON (the rules are under <c>"tables"</c>).</param>
    /// <returns>The rules in order; empty when the profile has no <c>"tables"</c> section.</returns>
    /// <exception cref="JsonException">The section is not well formed.</exception>
    public static IReadOnlyList<TableRule> Parse(string profileJson)
    {
        using var document = JsonDocument.Parse(profileJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("tables", out var tables))
        {
            return [];
        }

        return tables.Deserialize<List<TableRule>>(Options) ?? [];
    }

    /// <summary>Reads the table rules of a kind from the profiles embedded in this assembly.</summary>
    /// <param name="kindId">The kind's identifier (<c>pei-seguimiento</c>).</param>
    /// <returns>The rules; empty when the kind has no embedded profile.</returns>
    public static IReadOnlyList<TableRule> LoadEmbedded(string kindId)
    {
        var assembly = typeof(TableRules).Assembly;
        using var stream = assembly.GetManifestResourceStream("pipelines/" + kindId + ".json");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

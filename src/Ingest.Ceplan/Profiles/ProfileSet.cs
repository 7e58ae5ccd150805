using System.Collections;
using System.Reflection;
using System.Text.Json;
using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Profiles;

/// <summary>The report profiles in use, one per kind, in kind-identifier order.</summary>
public sealed class ProfileSet : IReadOnlyList<ReportProfile>
{
    /// <summary>The prefix of the embedded profiles' resource names.</summary>
    internal const string ResourcePrefix = "pipelines/";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<ProfileSet> Embedded = new(() => LoadResources(typeof(ProfileSet).Assembly));

    private readonly IReadOnlyList<ReportProfile> profiles;

    private ProfileSet(IReadOnlyList<ReportProfile> profiles) => this.profiles = profiles;

    /// <inheritdoc/>
    public int Count => profiles.Count;

    /// <inheritdoc/>
    public ReportProfile this[int index] => profiles[index];

    /// <summary>Reads every <c>*.json</c> profile of a folder.</summary>
    /// <param name="directory">The folder (usually <c>pipelines</c>).</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="ProfileException">A profile is malformed; the message names the file.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ProfileSet Load(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);
        var list = new List<ReportProfile>();
        foreach (var file in files)
        {
            list.Add(Parse(File.ReadAllText(file), Path.GetFileName(file)));
        }

        return Create(list);
    }

    /// <summary>Gets the profiles built into the library (the repository's <c>pipelines/*.json</c>), so the tool works from any folder.</summary>
    /// <returns>The profiles.</returns>
    public static ProfileSet LoadEmbedded() => Embedded.Value;

    /// <summary>Reads one profile.</summary>
    /// <param name="json">The profile's JSON.</param>
    /// <param name="name">The file name, for error messages.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileException">The profile is malformed.</exception>
    public static ReportProfile Parse(string json, string name)
    {
        ReportProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<ReportProfile>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new ProfileException($"The report profile {name} is malformed: {exception.Message}", exception);
        }

        if (profile is null)
        {
            throw new ProfileException($"The report profile {name} is empty.");
        }

        Validate(profile, name);
        return profile;
    }

    /// <summary>Gets the profile of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The profile, or <see langword="null"/> when none is loaded for it.</returns>
    public ReportProfile? Find(ReportKind kind) => profiles.FirstOrDefault(p => p.ReportKind == kind);

    /// <inheritdoc/>
    public IEnumerator<ReportProfile> GetEnumerator() => profiles.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ProfileSet LoadResources(Assembly assembly)
    {
        var list = new List<ReportProfile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse(reader.ReadToEnd(), name));
        }

        return Create(list);
    }

    private static ProfileSet Create(List<ReportProfile> list)
    {
        var duplicate = list.GroupBy(p => p.Kind, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ProfileException($"Two report profiles declare the kind {duplicate.Key}.");
        }

        return new ProfileSet(list.OrderBy(p => p.Kind, StringComparer.Ordinal).ToArray());
    }

    private static void Validate(ReportProfile profile, string name)
    {
        if (!ReportKinds.TryParse(profile.Kind, out var kind) || kind is ReportKind.NoText)
        {
            throw new ProfileException($"The report profile {name} declares the unknown kind \"{profile.Kind}\".");
        }

        foreach (var cue in profile.Recognise.Cues)
        {
            if ((cue.Phrase is null) == (cue.Pattern is null))
            {
                throw new ProfileException($"The recognition cue \"{cue.Name}\" of {name} must have either a phrase or a pattern.");
            }

            if (cue.Pattern is not null)
            {
                try
                {
                    _ = cue.Regex;
                }
                catch (ArgumentException exception)
                {
                    throw new ProfileException($"The recognition cue \"{cue.Name}\" of {name} has an invalid pattern \"{cue.Pattern}\": {exception.Message}", exception);
                }
            }

            if (cue.MinCount < 1)
            {
                throw new ProfileException($"The recognition cue \"{cue.Name}\" of {name} has a minCount below 1.");
            }
        }

        foreach (var line in profile.Tables.SelectMany(t => t.Lines.Select(l => (Table: t.Name, Line: l))))
        {
            if (!string.Equals(line.Line.Role, "Subtotal", StringComparison.OrdinalIgnoreCase) && !string.Equals(line.Line.Role, "Total", StringComparison.OrdinalIgnoreCase))
            {
                throw new ProfileException($"A line of table \"{line.Table}\" of {name} has the role \"{line.Line.Role}\"; a line's role is Subtotal or Total.");
            }
        }
    }
}

using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Profiles;

/// <summary>The declarative profile of a report kind, read from <c>pipelines/&lt;kind&gt;.json</c>: how the kind is recognised
/// (this file) and how its tables map to the model (<c>ReportProfile.Tables.cs</c>).</summary>
public sealed partial record ReportProfile
{
    /// <summary>Gets the kind's identifier (<c>pei-seguimiento</c>, <c>iei-anual</c>, ...; see <see cref="ReportKinds.Id"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets a one-line description of the report kind.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the rules that recognise the kind.</summary>
    public required RecognitionRules Recognise { get; init; }

    /// <summary>Gets the kinds of plan code that belong to the kind's own plan (<c>OEI</c>, <c>AEI</c> for institutional
    /// reports; <c>OER</c>, <c>AER</c> for a PDRC evaluation). Codes of other plans are quoted for alignment: they are
    /// reported as unread elements but do not make the report partial. Empty: every code is the report's own.</summary>
    public IReadOnlyList<string> PlanCodes { get; init; } = [];

    /// <summary>Gets the kind as an enumeration value.</summary>
    [JsonIgnore]
    public ReportKind ReportKind => ReportKinds.TryParse(Kind, out var kind) ? kind : ReportKind.Other;
}

/// <summary>How a report kind is recognised: weighted cues and the score a report must reach.</summary>
public sealed record RecognitionRules
{
    /// <summary>Gets the score a report must reach to be of this kind.</summary>
    /// <value>The default value is 5.</value>
    public double Threshold { get; init; } = 5;

    /// <summary>Gets the cues; a matched cue adds its weight (negative weights count against the kind).</summary>
    public IReadOnlyList<RecognitionCue> Cues { get; init; } = [];
}

/// <summary>Where in the report a cue is looked for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CueScope>))]
public enum CueScope
{
    /// <summary>Anywhere in the content text.</summary>
    Anywhere,

    /// <summary>In the first lines of the content (the title and header block): <see cref="RecognitionCue.StartLines"/>.</summary>
    Start,
}

/// <summary>One recognition cue: a phrase or a pattern, where to look, and its weight.</summary>
/// <remarks>
/// A <see cref="Phrase"/> is compared with the text reduced to upper-case letters and digits (accents, spaces and punctuation
/// dropped), so letter-spaced print such as <c>A nex o B-7</c> matches <c>Anexo B-7</c>; <c>...</c> in a phrase separates
/// pieces that must follow each other within <see cref="MaxGap"/> characters. A <see cref="Pattern"/> is a regular
/// expression matched against each line, folded to upper case without accents.
/// </remarks>
public sealed record RecognitionCue
{
    /// <summary>Gets the number of content lines the <see cref="CueScope.Start"/> scope covers.</summary>
    public const int StartLines = 60;

    private Regex? compiled;

    /// <summary>Gets the cue's name, shown in the classification's cues.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the phrase to look for, when the cue is a phrase.</summary>
    public string? Phrase { get; init; }

    /// <summary>Gets the regular expression to match against each folded line, when the cue is a pattern.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets where the cue is looked for.</summary>
    /// <value>The default value is <see cref="CueScope.Anywhere"/>.</value>
    public CueScope Scope { get; init; } = CueScope.Anywhere;

    /// <summary>Gets the weight the cue adds when matched.</summary>
    /// <value>The default value is 1.</value>
    public double Weight { get; init; } = 1;

    /// <summary>Gets how many times the cue must occur to match.</summary>
    /// <value>The default value is 1.</value>
    public int MinCount { get; init; } = 1;

    /// <summary>Gets the largest number of characters allowed between the pieces of a phrase.</summary>
    /// <value>The default value is 60.</value>
    public int MaxGap { get; init; } = 60;

    /// <summary>Gets a value indicating whether a report that lacks this cue cannot be of the kind.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the compiled pattern, or <see langword="null"/> for a phrase cue.</summary>
    internal Regex? Regex => Pattern is null ? null
        : compiled ??= new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>A synthetic report's truth file (fixtures/generator/README.md, "Truth file").</summary>
/// <param name="File">The PDF's file name.</param>
/// <param name="Kind">The report kind id.</param>
/// <param name="Layout">The layout name.</param>
/// <param name="Injections">The injected inconsistencies.</param>
/// <param name="Producer">The PDF producer (<c>chromium</c>, <c>libreoffice</c>, <c>ghostscript</c>, <c>cairo</c>) of a
/// report printed from its HTML (fixtures/synthetic-producers); null for the generator's own PDFs.</param>
internal sealed record Truth(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("layout")] string Layout,
    [property: JsonPropertyName("injections")] IReadOnlyList<Injection> Injections,
    [property: JsonPropertyName("producer")] string? Producer = null)
{
    /// <summary>Gets the layout family: the table rules of a printed HTML layout (<c>hrules</c> of
    /// <c>hrules-landscape-repeat</c>), the first word of the generator's own (<c>pei</c> of <c>pei-a-stroked</c>).</summary>
    public string LayoutFamily => Layout.Split('-')[0];

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = false };

    /// <summary>Reads the truth beside a synthetic PDF (same stem, <c>.json</c>).</summary>
    /// <param name="pdf">The PDF's path.</param>
    /// <returns>The truth.</returns>
    public static Truth ForPdf(string pdf)
    {
        var json = Path.ChangeExtension(pdf, ".json");
        Assert.True(System.IO.File.Exists(json), $"The truth file {json} is missing.");
        return JsonSerializer.Deserialize<Truth>(System.IO.File.ReadAllText(json), Options)
            ?? throw new InvalidOperationException($"{json} is empty.");
    }
}

/// <summary>One injected inconsistency.</summary>
/// <param name="Id">The injection id (<c>I1</c>).</param>
/// <param name="Rule">The rule id that must catch it.</param>
/// <param name="Code">The subject code, or the thing counted.</param>
/// <param name="Period">The period key.</param>
/// <param name="Page">The page of the printed figure; null in a printed report where it could not be told apart.</param>
/// <param name="Stated">The printed (wrong) figure.</param>
/// <param name="Correct">The right figure.</param>
/// <param name="Where">Where the figure is printed.</param>
/// <param name="Also">Other findings the same injection legitimately raises.</param>
internal sealed record Injection(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("period")] string? Period,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("stated")] string? Stated,
    [property: JsonPropertyName("correct")] string? Correct,
    [property: JsonPropertyName("where")] string? Where,
    [property: JsonPropertyName("also")] IReadOnlyList<AlsoEntry>? Also)
{
    /// <summary>Gets whether a finding catches this injection: its rule and code, or those of an <c>also</c> entry.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Whether it matches.</returns>
    public bool MatchedBy(Finding finding) =>
        (finding.Rule == Rule && finding.Code == Code)
        || (Also ?? []).Any(a => finding.Rule == a.Rule && finding.Code == a.Code);
}

/// <summary>A finding an injection may also raise.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Code">The subject code.</param>
internal sealed record AlsoEntry(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("code")] string? Code);

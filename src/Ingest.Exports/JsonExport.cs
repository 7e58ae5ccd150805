using System.Text;
using System.Text.Json;

namespace Ingest.Exports;

/// <summary>One JSON file per parsed document: <c>json/STEM.json</c> with the document's record, its report and its audit.</summary>
public static class JsonExport
{
    /// <summary>Writes the JSON files into <c>folder/json</c>.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="source">The documents.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the files are written.</returns>
    public static async Task WriteAsync(string folder, ExportSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var json = Path.Combine(folder, "json");
        Directory.CreateDirectory(json);
        await foreach (var stored in source.Reports(cancellationToken).ConfigureAwait(false))
        {
            await File.WriteAllTextAsync(Path.Combine(json, ExportNames.Stem(stored.Document) + ".json"), Serialize(stored), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the JSON text of one document (deterministic: the same model gives the same bytes).</summary>
    /// <param name="stored">The document.</param>
    /// <returns>The text, ending with a line feed.</returns>
    public static string Serialize(StoredReport stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var d = stored.Document;
        var envelope = new Envelope(new Header(d.File, d.Sha256, d.Status.Id(), d.Kind, d.Pages, d.ElementsPrinted, d.ElementsRead), stored.Report, stored.Audit);
        return JsonSerializer.Serialize(envelope, ReportJson.Options).ReplaceLineEndings("\n") + "\n";
    }

    private sealed record Header(string File, string Sha256, string Status, string Kind, int? Pages, int? ElementsPrinted, int? ElementsRead);

    private sealed record Envelope(Header Document, CeplanReport Report, AuditResult Audit);
}

using System.Globalization;
using Ingest.Pipeline;
using Ingest.Storage;

namespace Ingest.Cli;

/// <summary>Shows a run's progress: one self-updating line on a terminal, one plain line per file when redirected.</summary>
/// <param name="output">Where to write (standard error, so that standard output keeps only the summary).</param>
/// <param name="interactive">Whether the output is a terminal.</param>
internal sealed class ConsoleProgress(TextWriter output, bool interactive) : IProgress<PipelineProgress>
{
    private int width;

    /// <inheritdoc/>
    public void Report(PipelineProgress value)
    {
        var rate = value.Done / Math.Max(value.Elapsed.TotalSeconds, 1e-3);
        var doc = value.Last.Document;
        if (interactive)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"[{value.Done}/{value.Total}] {rate:0.0} files/s, {value.Failed} failed, {value.Skipped} skipped  {Printable(doc.File)}");
            var padded = line.Length < width ? line.PadRight(width) : line;
            width = line.Length;
            output.Write("\r" + padded);
            return;
        }

        var detail = doc.Status == DocumentStatus.Failed ? $" ({doc.ErrorKind}: {Printable(doc.Error)})" : string.Empty;
        output.Write(string.Create(CultureInfo.InvariantCulture, $"[{value.Done}/{value.Total}] {doc.Status.Id()} {Printable(doc.File)} {value.Last.Timings.Total.TotalSeconds:0.00} s{detail}\n"));
    }

    /// <summary>Gets a file name or message as printed: each control character (a line break, a tab, an escape) becomes
    /// <c>?</c>, so that one file is one line and a name cannot move the cursor.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without control characters.</returns>
    public static string Printable(string? text) => text is null ? string.Empty : string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? '?' : source[i];
        }
    });

    /// <summary>Ends the self-updating line.</summary>
    public void Finish()
    {
        if (interactive && width > 0)
        {
            output.Write('\n');
        }
    }
}

namespace Ingest.EndToEnd.Tests.Synthetic;

/// <summary>Leaves the printed scorecards where a person can read them after a passing run (xunit shows output only on
/// failure unless the console logger is detailed): the file named by INGEST_E2E_REPORT, one titled section per scorecard,
/// so that the synthetic and the producer scorecards of one run sit in the same file.</summary>
internal static class ReportFile
{
    private static readonly Lock Gate = new();

    /// <summary>Writes a section, replacing the section of the same title that an earlier test of this run wrote, or the
    /// whole file when this run has not written it yet.</summary>
    /// <param name="title">The section title.</param>
    /// <param name="text">The section text.</param>
    public static void Write(string title, string text)
    {
        var target = Environment.GetEnvironmentVariable("INGEST_E2E_REPORT");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        lock (Gate)
        {
            Sections[title] = text;
            File.WriteAllText(target, string.Concat(Sections.Select(s => $"== {s.Key} ==\n{s.Value}\n")));
        }
    }

    private static SortedDictionary<string, string> Sections { get; } = new(StringComparer.Ordinal);
}

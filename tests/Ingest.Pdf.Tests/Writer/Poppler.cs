using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>A word as <c>pdftotext -bbox-layout</c> reports it: box in points, origin at the top-left of the displayed (rotated) page.</summary>
internal sealed record PopplerWord(int Page, double XMin, double YMin, double XMax, double YMax, string Text);

/// <summary>The outcome of running a poppler tool.</summary>
internal sealed record ToolRun(bool TimedOut, int ExitCode, string StdOut, string StdErr);

/// <summary>Runs poppler's command-line tools on bytes written to a temporary file; used as an independent oracle.</summary>
internal static partial class Poppler
{
    /// <summary>Gets every word of the document as poppler extracts it.</summary>
    public static IReadOnlyList<PopplerWord> Words(byte[] pdf)
    {
        var run = Run("pdftotext", pdf, TimeSpan.FromSeconds(60), "-bbox-layout", "{file}", "-");
        Assert.False(run.TimedOut, "pdftotext timed out");
        Assert.True(run.ExitCode == 0, $"pdftotext failed ({run.ExitCode}): {run.StdErr}");
        var words = new List<PopplerWord>();
        string[] pages = run.StdOut.Split("<page ");
        for (int p = 1; p < pages.Length; p++)
        {
            foreach (Match m in WordPattern().Matches(pages[p]))
            {
                double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
                words.Add(new PopplerWord(p, D(1), D(2), D(3), D(4), WebUtility.HtmlDecode(m.Groups[5].Value)));
            }
        }

        return words;
    }

    /// <summary>Runs a poppler tool on the document; <c>{file}</c> in <paramref name="arguments"/> stands for the temporary file's path.</summary>
    /// <exception cref="Xunit.Sdk.FailException">The tool is not installed.</exception>
    public static ToolRun Run(string tool, byte[] pdf, TimeSpan timeout, params string[] arguments)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ingest-writer-tests");
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in arguments)
            {
                start.ArgumentList.Add(a == "{file}" ? file : a);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            }
            catch (Win32Exception e)
            {
                Assert.Fail($"'{tool}' is not installed ({e.Message}); these tests need poppler: apt-get install -y poppler-utils");
                throw;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(timeout))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    return new ToolRun(true, -1, string.Empty, string.Empty);
                }

                return new ToolRun(false, process.ExitCode, stdout.Result, stderr.Result);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)</word>")]
    private static partial Regex WordPattern();
}

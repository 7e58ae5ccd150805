using System.Diagnostics;
using System.Globalization;

namespace Ingest.Pdf.Benchmarks;

/// <summary>One side's run over one file.</summary>
/// <param name="Pages">The pages read (ours: pages whose content was read; poppler: the page count when pdftotext succeeded).</param>
/// <param name="Seconds">The wall time.</param>
/// <param name="PeakKb">The peak resident memory of the process in KiB (poppler only).</param>
/// <param name="Failure">Why the file failed, or null.</param>
/// <param name="Crash">Whether the failure is an exception other than <see cref="PdfException"/> (a bug in our reader).</param>
internal sealed record FileRun(int Pages, double Seconds, long PeakKb, string? Failure, bool Crash = false);

/// <summary>Reads a file with our reader, in process.</summary>
internal static class OurReader
{
    public static FileRun Run(string path)
    {
        var pages = 0;
        var sw = Stopwatch.StartNew();
        try
        {
            using var doc = PdfDocument.Open(path);
            foreach (var page in doc.GetPages())
            {
                page.ReadContent();
                pages++;
            }

            return new FileRun(pages, sw.Elapsed.TotalSeconds, 0, null);
        }
        catch (PdfException e)
        {
            return new FileRun(pages, sw.Elapsed.TotalSeconds, 0, $"{e.Kind}: {e.Message}");
        }
        catch (Exception e)
        {
            // Not expected: the reader should turn every input problem into a PdfException.
            return new FileRun(pages, sw.Elapsed.TotalSeconds, 0, $"CRASH after page {pages}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}", Crash: true);
        }
    }

    /// <summary>Reads every page, for the word comparison; null and the error when the file fails.</summary>
    public static List<PageContent>? ReadAll(string path, out string? failure)
    {
        var pages = new List<PageContent>();
        failure = null;
        try
        {
            using var doc = PdfDocument.Open(path);
            foreach (var page in doc.GetPages())
            {
                pages.Add(page.ReadContent());
            }

            return pages;
        }
        catch (PdfException e)
        {
            failure = $"{e.Kind}: {e.Message}";
        }
        catch (Exception e)
        {
            failure = $"CRASH after page {pages.Count}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
        }

        return null;
    }
}

/// <summary>Runs poppler's tools as child processes.</summary>
internal static class Poppler
{
    private const string TimePath = "/usr/bin/time";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static bool HasGnuTime { get; } = File.Exists(TimePath);

    /// <summary>Runs <c>pdftotext -bbox-layout FILE /dev/null</c>, timing it and taking its peak resident memory.</summary>
    /// <param name="path">The PDF.</param>
    /// <param name="pages">The page count to credit when pdftotext succeeds.</param>
    public static FileRun RunPdftotext(string path, int pages) => RunTimed(["pdftotext", "-bbox-layout", path, "/dev/null"], pages);

    /// <summary>Gets the median wall time of <c>pdftotext -v</c>, run the same way: what starting a process costs.</summary>
    public static double StartupSeconds()
    {
        var times = Enumerable.Range(0, 21).Select(_ => RunTimed(["pdftotext", "-v"], 0).Seconds).Order().ToArray();
        return times[times.Length / 2];
    }

    /// <summary>Runs a command to its end, timing it and taking its peak resident memory.</summary>
    public static FileRun RunTimed(string[] command, int pages)
    {
        var timeFile = HasGnuTime ? System.IO.Path.GetTempFileName() : null;
        try
        {
            var info = new ProcessStartInfo(timeFile is null ? command[0] : TimePath)
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            if (timeFile is not null)
            {
                foreach (var a in new[] { "-f", "%M", "-o", timeFile })
                {
                    info.ArgumentList.Add(a);
                }
            }

            foreach (var a in timeFile is null ? command[1..] : command)
            {
                info.ArgumentList.Add(a);
            }

            var sw = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException(command[0] + " did not start.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            long peakKb = 0;
            if (timeFile is null)
            {
                // No GNU time: poll the high-water mark; the last sample before exit may be missed.
                while (!process.WaitForExit(2))
                {
                    peakKb = Math.Max(peakKb, ReadVmHwmKb(process.Id));
                    if (sw.Elapsed > Timeout)
                    {
                        break;
                    }
                }
            }

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new FileRun(0, sw.Elapsed.TotalSeconds, peakKb, "timeout");
            }

            Task.WaitAll(stderr, stdout);
            sw.Stop();
            if (timeFile is not null)
            {
                // GNU time writes "Command exited with non-zero status N" before the figure when the child fails.
                var last = File.ReadAllLines(timeFile).LastOrDefault(l => l.Length > 0);
                peakKb = long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            }

            var failure = process.ExitCode == 0 ? null : $"exit code {process.ExitCode}: {FirstLine(stderr.Result)}";
            return new FileRun(failure is null ? pages : 0, sw.Elapsed.TotalSeconds, peakKb, failure);
        }
        finally
        {
            if (timeFile is not null)
            {
                File.Delete(timeFile);
            }
        }
    }

    /// <summary>Gets the page count from <c>pdfinfo</c>, or null when it fails.</summary>
    public static int? PageCount(string path)
    {
        var info = new ProcessStartInfo("pdfinfo") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(path);
        using var process = Process.Start(info);
        if (process is null)
        {
            return null;
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stderr.Wait();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("Pages:", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan(6).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
        }

        return null;
    }

    private static long ReadVmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = new string(line.Where(char.IsAsciiDigit).ToArray());
                    return long.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return line.Length > 120 ? line[..120] : line;
    }
}

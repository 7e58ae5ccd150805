using System.Globalization;
using System.Runtime.CompilerServices;
using Ingest.Pdf.Tests.Writer;

namespace Ingest.Pdf.Tests.Reader;

/// <summary>Shared steps of the end-to-end reader tests: open bytes, read pages, compare words with hand-computed boxes and with poppler.</summary>
internal static class ReaderAssert
{
    /// <summary>Gets the tolerance, in points, for a word box edge against a hand-computed value or poppler's box.</summary>
    public const double EdgeTolerance = 0.5;

    /// <summary>Opens the bytes with the default options and reads one page.</summary>
    public static PageContent ReadPage(byte[] pdf, int number = 1)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(number).ReadContent();
    }

    /// <summary>Gets the words of one page, in content order.</summary>
    public static string[] Texts(PageContent page) => [.. page.Words.Select(w => w.Text)];

    /// <summary>Asserts a word's box edges within <see cref="EdgeTolerance"/>; <see langword="null"/> skips an edge.</summary>
    public static void Box(Word word, double? left, double? top, double? right, double? bottom)
    {
        Edge(word, "left", left, word.Box.Left);
        Edge(word, "top", top, word.Box.Top);
        Edge(word, "right", right, word.Box.Right);
        Edge(word, "bottom", bottom, word.Box.Bottom);
    }

    /// <summary>Asserts that every page has exactly poppler's words (order aside: poppler sorts into reading order) with every box edge within <see cref="EdgeTolerance"/>.</summary>
    public static void MatchesPoppler(byte[] pdf)
    {
        var expected = Poppler.Words(pdf).OrderBy(w => w.Page).ThenBy(w => w.Text, StringComparer.Ordinal).ThenBy(w => w.YMin).ThenBy(w => w.XMin).ToList();
        using var document = PdfDocument.Open(pdf);
        var actual = document.GetPages()
            .SelectMany(p => p.ReadContent().Words.Select(w => (Page: p.Number, Word: w)))
            .OrderBy(a => a.Page).ThenBy(a => a.Word.Text, StringComparer.Ordinal).ThenBy(a => a.Word.Box.Top).ThenBy(a => a.Word.Box.Left)
            .ToList();
        Assert.Equal(expected.Select(w => (w.Page, w.Text)), actual.Select(a => (a.Page, a.Word.Text)));
        for (var i = 0; i < expected.Count; i++)
        {
            var p = expected[i];
            Box(actual[i].Word, p.XMin, p.YMin, p.XMax, p.YMax);
        }
    }

    /// <summary>Runs an action on a worker thread and fails if it has not finished in time (a hang on a cyclic structure).</summary>
    public static T Within<T>(TimeSpan timeout, Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(timeout), $"The reader did not finish within {timeout.TotalSeconds:0} s.");
        return task.Result;
    }

    /// <summary>Gets the repository root: the folder holding <c>Ingest.sln</c>, found from this source file, the test binaries or the working directory.</summary>
    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("No folder holding Ingest.sln was found above " + sourceFile + ".");
    }

    private static void Edge(Word word, string name, double? expected, double actual)
    {
        if (expected is { } e)
        {
            Assert.True(
                Math.Abs(e - actual) <= EdgeTolerance,
                string.Create(CultureInfo.InvariantCulture, $"Word '{word.Text}' {word.Box}: {name} is {actual:0.###}, expected {e:0.###} ± {EdgeTolerance}."));
        }
    }
}

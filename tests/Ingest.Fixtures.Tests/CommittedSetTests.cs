using System.Runtime.CompilerServices;
using Ingest.Fixtures.Generator;
using Ingest.Fixtures.Generator.Truth;
using Ingest.Pdf;

namespace Ingest.Fixtures.Tests;

public sealed class CommittedSetTests
{
    /// <summary>Gets every committed synthetic report, picked up by glob.</summary>
    public static TheoryData<string> CommittedReports => new(Directory.GetFiles(SyntheticFolder(), "syn-*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CommittedReports))]
    public void CommittedReport_IsWhatTheReadmeCommandWrites(string file)
    {
        // The README's command: --count 40 --seed 1, files named by index.
        int index = int.Parse(file.AsSpan(4, 3), System.Globalization.CultureInfo.InvariantCulture) - 1;
        Assert.Equal(SyntheticSet.Stem(index) + ".pdf", file);
        var report = SyntheticSet.Generate(1, index);
        string folder = SyntheticFolder();
        Assert.True(File.ReadAllBytes(Path.Combine(folder, file)).AsSpan().SequenceEqual(report.ToPdf(SyntheticSet.Compressed(index))), $"{file} differs from the generator's output");
        Assert.True(File.ReadAllBytes(Path.Combine(folder, Path.ChangeExtension(file, ".json"))).AsSpan().SequenceEqual(TruthWriter.Write(report, file)), $"the truth of {file} differs");
    }

    [Theory]
    [MemberData(nameof(CommittedReports))]
    public void CommittedReport_OurReader_ReadsEveryPageWithoutProblems(string file)
    {
        using var document = PdfDocument.Open(Path.Combine(SyntheticFolder(), file));
        for (int n = 1; n <= document.PageCount; n++)
        {
            var content = document.GetPage(n).ReadContent();
            Assert.True(content.HasTextLayer);
            Assert.Empty(content.Problems);
            Assert.NotEmpty(content.Words);
        }
    }

    [Fact]
    public void CommittedSet_HasFortyReportsEachWithItsTruth()
    {
        var folder = SyntheticFolder();
        var pdfs = Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var truths = Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(40, pdfs.Count);
        Assert.True(pdfs.SetEquals(truths));
    }

    private static string SyntheticFolder([CallerFilePath] string source = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "fixtures", "synthetic"));
}

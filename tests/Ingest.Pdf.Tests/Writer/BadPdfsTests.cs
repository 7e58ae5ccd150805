using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pdf.Tests.Writer;

/// <summary>Checks that each <see cref="BadPdfs"/> input is damaged in exactly the way its summary says, with poppler as the oracle where it helps.</summary>
public class BadPdfsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Good_Poppler_ReadsBothPages()
    {
        Assert.Equal(["Alpha", "Beta", "Gamma", "Delta"], Poppler.Words(BadPdfs.Good).Select(w => w.Text));
    }

    [Fact]
    public void Truncated_Pdfinfo_FailsWithoutHanging()
    {
        byte[] pdf = BadPdfs.Truncated;

        Assert.Equal(BadPdfs.Good.Length * 6 / 10, pdf.Length);
        Assert.DoesNotContain("%%EOF", Encoding.Latin1.GetString(pdf));
        var run = Poppler.Run("pdfinfo", pdf, Timeout, "{file}");
        Assert.False(run.TimedOut, "pdfinfo hung on the truncated file");
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public void WrongStartXref_PointsAtAnObjectAndPopplerRecovers()
    {
        byte[] pdf = BadPdfs.WrongStartXref;

        string text = Encoding.Latin1.GetString(pdf);
        int offset = int.Parse(Regex.Match(text, @"startxref\n(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("2 0 obj", text[offset..], StringComparison.Ordinal);
        Assert.Equal(["Alpha", "Beta", "Gamma", "Delta"], Poppler.Words(pdf).Select(w => w.Text));
    }

    [Fact]
    public void ShiftedXrefOffsets_EveryOffsetIsThreeBytesLateAndPopplerRecovers()
    {
        byte[] pdf = BadPdfs.ShiftedXrefOffsets;

        string text = Encoding.Latin1.GetString(pdf);
        var entries = Regex.Matches(text, @"(?m)^(\d{10}) 00000 n");
        Assert.NotEmpty(entries);
        for (int i = 0; i < entries.Count; i++)
        {
            int offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i + 1} 0 obj", text[(offset - 3)..], StringComparison.Ordinal);
        }

        Assert.Equal(["Alpha", "Beta", "Gamma", "Delta"], Poppler.Words(pdf).Select(w => w.Text));
    }

    [Fact]
    public void GarbageOperators_Poppler_ReadsTheTextOnBothSides()
    {
        Assert.Equal(["Before", "After"], Poppler.Words(BadPdfs.GarbageOperators).Select(w => w.Text));
    }

    [Fact]
    public void CyclicKids_Pdfinfo_FinishesAndPopplerFindsTheReachablePage()
    {
        var run = Poppler.Run("pdfinfo", BadPdfs.CyclicKids, Timeout, "{file}");

        Assert.False(run.TimedOut, "pdfinfo hung on the cyclic /Kids");
        Assert.Contains("Loop in Pages tree", run.StdErr);
        Assert.Equal(["Reachable"], Poppler.Words(BadPdfs.CyclicKids).Select(w => w.Text));
    }

    [Fact]
    public void CyclicParent_Pdfinfo_Finishes()
    {
        var run = Poppler.Run("pdfinfo", BadPdfs.CyclicParent, Timeout, "{file}");

        Assert.False(run.TimedOut, "pdfinfo hung on the cyclic /Parent chain");
        Assert.Contains("Pages:           1", run.StdOut);
    }

    [Fact]
    public void FlateBomb_ContentInflatesToTwoGibibytesOfZerosFromAFewMegabytes()
    {
        byte[] pdf = BadPdfs.FlateBomb;

        Assert.InRange(pdf.Length, 1 << 20, 8 << 20);
        string text = Encoding.Latin1.GetString(pdf);
        int start = text.IndexOf("stream\n", text.IndexOf("4 0 obj", StringComparison.Ordinal), StringComparison.Ordinal) + "stream\n".Length;
        int length = int.Parse(Regex.Match(text[..start], @"/Length (\d+)>>\nstream\n$").Groups[1].Value, CultureInfo.InvariantCulture);
        using var zlib = new ZLibStream(new MemoryStream(pdf, start, length), CompressionMode.Decompress);
        var buffer = new byte[1 << 20];
        long total = 0;
        bool allZero = true;
        for (int n; (n = zlib.Read(buffer)) > 0;)
        {
            total += n;
            allZero &= !buffer.AsSpan(0, n).ContainsAnyExcept((byte)0);
        }

        Assert.Equal(BadPdfs.FlateBombInflatedLength, total);
        Assert.True(allZero);
        Assert.Contains("Pages:           2", Poppler.Run("pdfinfo", pdf, Timeout, "{file}").StdOut);
    }

    [Fact]
    public void ScanOnly_Poppler_FindsOneImageAndNoWords()
    {
        byte[] pdf = BadPdfs.ScanOnly;

        Assert.Empty(Poppler.Words(pdf));
        var images = Poppler.Run("pdfimages", pdf, Timeout, "-list", "{file}");
        Assert.Matches(@"\n\s+1\s+0\s+image\s+2\s+2\s+gray", images.StdOut);
    }

    [Fact]
    public void NotPdfInputs_AreStableAndPdfinfoRejectsThem()
    {
        Assert.Empty(BadPdfs.Empty);
        Assert.Equal(4096, BadPdfs.RandomBytes.Length);
        Assert.Equal(BadPdfs.RandomBytes, BadPdfs.RandomBytes);
        Assert.StartsWith("Quarterly report", Encoding.ASCII.GetString(BadPdfs.PlainText), StringComparison.Ordinal);
        foreach (byte[] input in new[] { BadPdfs.Empty, BadPdfs.RandomBytes, BadPdfs.PlainText })
        {
            var run = Poppler.Run("pdfinfo", input, Timeout, "{file}");
            Assert.False(run.TimedOut);
            Assert.NotEqual(0, run.ExitCode);
        }
    }
}

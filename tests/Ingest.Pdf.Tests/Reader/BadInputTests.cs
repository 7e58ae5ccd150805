using Ingest.Pdf.Tests.Writer;

namespace Ingest.Pdf.Tests.Reader;

/// <summary>Opens each damaged, hostile or not-a-PDF input of <see cref="BadPdfs"/> through the public API.</summary>
public class BadInputTests
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Open_TruncatedFile_RebuildsTheXrefAndReadsTheFirstPage()
    {
        // The cut falls after page 1's objects and before page 2's, so only page 1 survives.
        using var document = ReaderAssert.Within(HangTimeout, () => PdfDocument.Open(BadPdfs.Truncated));

        Assert.Equal(1, document.PageCount);
        Assert.Contains(document.Repairs, r => r.Kind == "xref-rebuilt" && r.Message.Contains("startxref", StringComparison.Ordinal));
        Assert.Equal(["Alpha", "Beta"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
    }

    [Fact]
    public void Open_WrongStartXref_RebuildsTheXrefAndReadsEveryPage()
    {
        using var document = PdfDocument.Open(BadPdfs.WrongStartXref);

        Assert.Equal(2, document.PageCount);
        Assert.Contains(document.Repairs, r => r.Kind == "xref-rebuilt");
        Assert.Equal(["Alpha", "Beta"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
        Assert.Equal(["Gamma", "Delta"], ReaderAssert.Texts(document.GetPage(2).ReadContent()));
    }

    [Fact]
    public void Open_XrefOffsetsShiftedByThreeBytes_RelocatesObjectsAndReadsEveryPage()
    {
        using var document = PdfDocument.Open(BadPdfs.ShiftedXrefOffsets);

        Assert.Equal(2, document.PageCount);
        Assert.Equal(["Alpha", "Beta"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
        Assert.Equal(["Gamma", "Delta"], ReaderAssert.Texts(document.GetPage(2).ReadContent()));
        Assert.NotEmpty(document.Repairs);
        Assert.All(document.Repairs, r => Assert.Equal("object-relocated", r.Kind));
        Assert.Contains(document.Repairs, r => r.Message == "Object 1 was not at byte offset 18; found it at 15.");
    }

    [Fact]
    public void ReadContent_UnknownOperatorsAndStrayDelimiters_SkipsThemAndReadsTheTextAround()
    {
        var page = ReaderAssert.ReadPage(BadPdfs.GarbageOperators);

        Assert.Equal(["Before", "After"], ReaderAssert.Texts(page));
        foreach (var skipped in new[] { "'xyzzy'", "'frob'", "'}'", "')'", "'plugh'" })
        {
            Assert.Contains(page.Problems, p => p.Contains(skipped, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Open_CyclicKids_RecordsTheCycleAndKeepsTheReachablePage()
    {
        using var document = ReaderAssert.Within(HangTimeout, () => PdfDocument.Open(BadPdfs.CyclicKids));

        Assert.Equal(1, document.PageCount);
        Assert.Contains(document.Repairs, r => r.Kind == "page-tree-cycle");
        Assert.Equal(["Reachable"], ReaderAssert.Texts(document.GetPage(1).ReadContent()));
    }

    [Fact]
    public void Open_CyclicKidsWithoutAPage_ThrowsDamagedNamingTheCycle()
    {
        var e = ReaderAssert.Within(HangTimeout, () => Assert.Throws<PdfDamagedException>(() => PdfDocument.Open(BadPdfs.CyclicKidsWithoutAPage)));

        Assert.Equal("damaged", e.Kind);
        Assert.Contains("refer back to object 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CyclicParent_FinishesAndReadsThePageWithAFallbackFont()
    {
        // The page is found from the root, so the /Parent loop is never followed; the page has no /Resources of its own.
        var (count, page) = ReaderAssert.Within(HangTimeout, () =>
        {
            using var document = PdfDocument.Open(BadPdfs.CyclicParent);
            return (document.PageCount, document.GetPage(1).ReadContent());
        });

        Assert.Equal(1, count);
        Assert.Equal(["Orphan"], ReaderAssert.Texts(page));
        Assert.Contains(page.Problems, p => p.Contains("/F1", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadContent_FlateBomb_ThrowsLimitExceededWithBoundedMemoryAndOtherPagesStillRead()
    {
        byte[] pdf = BadPdfs.FlateBomb;
        using var document = PdfDocument.Open(pdf);
        var bomb = document.GetPage(1);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<PdfLimitExceededException>(bomb.ReadContent);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("limit-exceeded", e.Kind);
        Assert.Contains("object 4", e.Message, StringComparison.Ordinal);
        Assert.True(allocated < 600L << 20, $"Reading the bomb allocated {allocated >> 20} MB.");
        Assert.Equal(["Survivor"], ReaderAssert.Texts(document.GetPage(2).ReadContent()));
    }

    [Fact]
    public void Open_EmptyFile_ThrowsNotAPdf()
    {
        var e = Assert.Throws<NotAPdfException>(() => PdfDocument.Open(BadPdfs.Empty));

        Assert.Equal("not-a-pdf", e.Kind);
    }

    [Fact]
    public void Open_RandomBytes_ThrowsNotAPdfOrDamaged()
    {
        var e = Assert.ThrowsAny<PdfException>(() => PdfDocument.Open(BadPdfs.RandomBytes));

        Assert.True(e is NotAPdfException or PdfDamagedException, $"Got {e.GetType().Name}: {e.Message}");
    }

    [Fact]
    public void Open_PlainTextFile_ThrowsNotAPdf()
    {
        // Regression: the text says "no objects", which the header-less check once took for an object header.
        var e = Assert.Throws<NotAPdfException>(() => PdfDocument.Open(BadPdfs.PlainText));

        Assert.Contains("%PDF-", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PlainTextStream_ThrowsNotAPdf()
    {
        using var stream = new MemoryStream(BadPdfs.PlainText);

        Assert.Throws<NotAPdfException>(() => PdfDocument.Open(stream));
    }

    [Fact]
    public void ReadContent_ScanOnlyPage_HasNoTextLayer()
    {
        var page = ReaderAssert.ReadPage(BadPdfs.ScanOnly);

        Assert.Empty(page.Words);
        Assert.False(page.HasTextLayer);
        Assert.True(page.IsScan);
        Assert.Equal(1, page.ImageCount);
    }
}

namespace Ingest.Pipeline.Tests;

public sealed class InputFilesTests : IDisposable
{
    private readonly TestInputs inputs = new();

    public void Dispose() => inputs.Dispose();

    [Fact]
    public void Expand_Folder_FindsPdfsRecursivelyInOrdinalOrder()
    {
        inputs.Add("b.pdf", [1]);
        inputs.Add("a/z.PDF", [1]);
        inputs.Add("notes.txt", [1]);

        var (files, unmatched) = InputFiles.Expand([inputs.InputFolder]);

        Assert.Equal([Path.Combine(inputs.InputFolder, "a", "z.PDF"), Path.Combine(inputs.InputFolder, "b.pdf")], files);
        Assert.Empty(unmatched);
    }

    [Fact]
    public void Expand_Globs_MatchNamesAndFolders()
    {
        inputs.Add("2024/x.pdf", [1]);
        inputs.Add("2024/deep/y.pdf", [1]);
        inputs.Add("2023/x.pdf", [1]);

        var (one, _) = InputFiles.Expand([Path.Combine(inputs.InputFolder, "2024", "*.pdf")]);
        var (deep, _) = InputFiles.Expand([Path.Combine(inputs.InputFolder, "**", "x.pdf")]);
        var (years, _) = InputFiles.Expand([Path.Combine(inputs.InputFolder, "202?", "x.pdf")]);

        Assert.Equal([Path.Combine(inputs.InputFolder, "2024", "x.pdf")], one);
        Assert.Equal([Path.Combine(inputs.InputFolder, "2023", "x.pdf"), Path.Combine(inputs.InputFolder, "2024", "x.pdf")], deep);
        Assert.Equal(deep, years);
    }

    [Fact]
    public void Expand_FileGivenTwiceAndAMissingPath_EachFileOnceAndTheMissingPathReported()
    {
        var file = inputs.Add("report.txt", [1]);
        var missing = Path.Combine(inputs.InputFolder, "missing.pdf");

        var (files, unmatched) = InputFiles.Expand([file, inputs.InputFolder + "/../in/report.txt", missing]);

        Assert.Equal([file], files);
        Assert.Equal([missing], unmatched);
    }

    [Fact]
    public async Task Expand_TwoFolderLinksToTheParent_EndsAndListsEachFileOnce()
    {
        var good = inputs.Add("a/good.pdf", [1]);
        var other = inputs.Add("b/other.pdf", [2]);
        Directory.CreateSymbolicLink(Path.Combine(inputs.InputFolder, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(inputs.InputFolder, "b", "up"), "..");

        var (files, unmatched) = await Task.Run(() => InputFiles.Expand([inputs.InputFolder])).WaitAsync(TimeSpan.FromSeconds(30));
        var (globbed, _) = await Task.Run(() => InputFiles.Expand([Path.Combine(inputs.InputFolder, "**", "*.pdf")])).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([good, other], files);
        Assert.Equal([good, other], globbed);
        Assert.Empty(unmatched);
    }

    [Fact]
    public void Expand_SameFileThroughALinkedFolderAndALinkedFile_TakesItOnceByItsRealPath()
    {
        var real = inputs.Add("real/report.pdf", [1]);
        Directory.CreateSymbolicLink(Path.Combine(inputs.InputFolder, "0-linked"), "real");
        File.CreateSymbolicLink(Path.Combine(inputs.InputFolder, "real", "z-alias.pdf"), "report.pdf");

        var (files, _) = InputFiles.Expand([inputs.InputFolder, Path.Combine(inputs.InputFolder, "0-linked", "report.pdf")]);

        Assert.Equal([real], files);
    }
}

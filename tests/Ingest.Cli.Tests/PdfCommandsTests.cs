namespace Ingest.Cli.Tests;

/// <summary>The <c>ingest pdf</c> commands' output contract and exit codes (SPEC section 6).</summary>
/// <remarks>One class, so that its tests never redirect the console at the same time.</remarks>
public sealed class PdfCommandsTests
{
    private static string Seed(string name) => CommandRunner.Corpus("seeds", name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CommandRunner.Run(args);

    [Fact]
    public void Words_SeedPage1_PrintsTsvWithTopLeftBoxes()
    {
        var (code, output, _) = Run("pdf", "words", Seed("002.pdf"), "--page", "1");

        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1\t38.608\t40.642\t69.771\t47.873\tREPORTE", lines[0]);
        Assert.Equal("1\t71.567\t40.642\t80.558\t47.873\tDE", lines[1]);
        Assert.All(lines, l => Assert.Equal(6, l.Split('\t').Length));
    }

    [Fact]
    public void Lines_RuledSeedPage_PrintsHorizontalAndVerticalRulings()
    {
        var (code, output, _) = Run("pdf", "lines", Seed("001.pdf"), "--page", "1");

        Assert.Equal(ExitCodes.Ok, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Contains(rows, r => r[1] == "h");
        Assert.Contains(rows, r => r[1] == "v");
        Assert.All(rows, r => Assert.Equal(9, r.Length));
        Assert.Equal(["1", "h", "39.75", "98.625", "555.75", "98.625", "0.75", "#000000", "fill"], rows[0]);
    }

    [Fact]
    public void Words_NoSuchPage_ExitsWithUsageError()
    {
        var (code, output, error) = Run("pdf", "words", Seed("001.pdf"), "--page", "99");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Contains("Page 99 does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_TextFileNamedPdf_ExitsWithFailureNamingTheKind()
    {
        var path = Path.Combine(Path.GetTempPath(), "ingest-cli-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(path, "This is a plain text file, not a PDF at all.\n");
        try
        {
            var (code, _, error) = Run("pdf", "words", path);

            Assert.Equal(ExitCodes.Failed, code);
            Assert.Contains("not-a-pdf", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Words_MissingFileOrUnknownOption_ExitsWithUsageError()
    {
        Assert.Equal(ExitCodes.Usage, Run("pdf", "words", "/nonexistent/file.pdf").Code);
        Assert.Equal(ExitCodes.Usage, Run("pdf", "words", Seed("001.pdf"), "--bogus").Code);
    }

    [Fact]
    public void Tables_RuledSeedPage_PrintsCsvWithBlankLineBetweenTables()
    {
        var (code, output, _) = Run("pdf", "tables", Seed("001.pdf"), "--page", "1");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("N°,Área,Programadas,Ejecutadas,%\n1,Oficina de Informática,1,1,100 %\n", output, StringComparison.Ordinal);
        Assert.Contains("3,Departamento de Atención y Servicios,\"1,267,432\",\"1,599,240\",126 %\n", output, StringComparison.Ordinal);
        Assert.Contains("\n\nN°,Área,Programadas,Ejecutadas,%\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_JsonFormat_PrintsCellsWithPageBoxesSpansAndText()
    {
        var (code, output, _) = Run("pdf", "tables", Seed("004.pdf"), "--page", "1", "--mode", "lattice", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("004.pdf", root.GetProperty("file").GetString());
        var table = root.GetProperty("tables")[0];
        Assert.Equal("t1.1", table.GetProperty("id").GetString());
        Assert.Equal(1, table.GetProperty("page").GetInt32());
        var cells = table.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal("Código", cells[0].GetProperty("text").GetString());
        Assert.All(cells, c => Assert.True(c.GetProperty("rowSpan").GetInt32() >= 1 && c.GetProperty("columnSpan").GetInt32() >= 1));
        var box = cells[0].GetProperty("box");
        Assert.True(box.GetProperty("left").GetDouble() < box.GetProperty("right").GetDouble());
        Assert.True(box.GetProperty("top").GetDouble() < box.GetProperty("bottom").GetDouble());
        Assert.Equal(["row", "column", "rowSpan", "columnSpan", "box", "text"], cells[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Tables_SameFileTwice_ByteIdenticalOutput()
    {
        var first = Run("pdf", "tables", Seed("003.pdf"), "--format", "json").Out;
        var second = Run("pdf", "tables", Seed("003.pdf"), "--format", "json").Out;

        Assert.Equal(first, second);
        Assert.Equal(Run("pdf", "tables", Seed("003.pdf")).Out, Run("pdf", "tables", Seed("003.pdf")).Out);
    }

    [Fact]
    public void Tables_Area_OnlyTablesInsideIt()
    {
        var whole = Run("pdf", "tables", Seed("001.pdf"), "--page", "1", "--mode", "lattice").Out;
        var (code, output, _) = Run("pdf", "tables", Seed("001.pdf"), "--page", "1", "--mode", "lattice", "--area", "0,0,20,20");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.NotEmpty(whole);
        Assert.Empty(output);
    }

    [Fact]
    public void Tables_LogicalOption_PrintsColumnPathsAndRowPages()
    {
        var (code, output, _) = Run("pdf", "tables", Seed("004.pdf"), "--logical");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("page,Código,Descripción,", output, StringComparison.Ordinal);
        Assert.Contains("Línea Base / Año", output, StringComparison.Ordinal);
        Assert.Contains("\n2,IND.01.AEI.02.02,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--area", "1,2,3")]
    [InlineData("--area", "10,10,5,20")]
    [InlineData("--area", "a,b,c,d")]
    [InlineData("--mode", "guess")]
    [InlineData("--format", "xml")]
    public void Tables_BadOption_ExitsWithUsageError(string option, string value)
    {
        var (code, output, error) = Run("pdf", "tables", Seed("001.pdf"), "--page", "1", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Tables_TextFileNamedPdf_ExitsWithFailure()
    {
        var path = Path.Combine(Path.GetTempPath(), "ingest-cli-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(path, "Not a PDF.\n");
        try
        {
            Assert.Equal(ExitCodes.Failed, Run("pdf", "tables", path).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TableCsv_FieldsWithCommaQuoteOrLineBreak_QuotedPerRfc4180()
    {
        var output = new System.Text.StringBuilder();

        Tables.TableCsv.WriteRow(["plain", "a,b", "say \"hi\"", "two\nlines", string.Empty], output);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n", output.ToString());
    }

    [Fact]
    public void Tables_LogicalJson_PrintsColumnPathsAndRowsWithPages()
    {
        var (code, output, _) = Run("pdf", "tables", Seed("004.pdf"), "--logical", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var table = json.RootElement.GetProperty("tables")[0];
        Assert.Equal("t1.1", table.GetProperty("id").GetString());
        Assert.Contains(table.GetProperty("columns").EnumerateArray(), c => c.GetProperty("name").GetString() == "Línea Base / Año");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("page").GetInt32() == 2);
        Assert.Equal("AEI.01.01", rows[0].GetProperty("cells")[0].GetProperty("text").GetString());
    }
}

using System.Globalization;

namespace Ingest.Pdf.Tests.Reader;

/// <summary>
/// Reads PDFs of the shared corpus (real producers, other projects' test files). The corpus lives outside the
/// repository at <c>../shared/corpus</c> from the repository root, or where the <c>INGEST_CORPUS</c> environment
/// variable points; the tests fail, naming both places, when it is absent.
/// </summary>
public class CorpusTests
{
    private const string TabulaFolder = "tabula-java/src/test/resources/technology/tabula/";

    /// <summary>Gets the two peru files without a text layer (<c>pdffonts</c> lists no font and <c>pdftotext</c> prints
    /// nothing for them; <c>pdfimages -list</c> shows one image per page).</summary>
    public static TheoryData<string, int> ImageOnlyFiles => new()
    {
        { "peru/EVALUACION_PEI_ANUAL_2017.pdf", 12 },
        { "peru/hoja_de_sinceramientoPEGE-2019.pdf", 1 },
    };

    /// <summary>
    /// Gets ruled tables with the number of distinct horizontal and vertical rulings inside the table area (display
    /// space: top, left, bottom, right in points). Each count was verified by rendering the page with
    /// <c>pdftoppm -png -r 50 -f N -l N</c> (and at 90-100 dpi cropped to the table) and counting the drawn grid lines.
    /// </summary>
    public static TheoryData<string, int, double[], int, int> RuledTables => new()
    {
        // Seeds (Chromium, borders as thin filled rectangles). 001 p1 "AEI.01.01": header + 6 rows (5 offices and
        // TOTAL) = 8 lines; 5 columns (N°, Área, Programadas, Ejecutadas, %) = 6 lines.
        { "seeds/001.pdf", 1, [95, 35, 191, 560], 8, 6 },

        // 000 p2 "Cuadro N° 01": header + OEI.01 to OEI.09 = 11 lines; 2 columns (Código, Objetivos) = 3 lines.
        { "seeds/000.pdf", 2, [655, 35, 790, 560], 11, 3 },

        // 003 p2 "Cuadro 1. Avance de objetivos estratégicos": 2 rows (Año, Objetivos) = 3 lines; 6 columns
        // (Año, [0-75>, [75-85>, [95-100], ND, Total) = 7 lines.
        { "seeds/003.pdf", 2, [643, 35, 676, 560], 3, 7 },

        // tabula-java lattice files. spanning_cells p1, Table A4-13 (area drawn around it by hand): "All alternative
        // scenarios" spanning row, header, Mid-range, High-end = 5 lines; 6 columns = 7 lines.
        { TabulaFolder + "spanning_cells.pdf", 1, [530, 120, 600, 475], 5, 7 },

        // frx_2012_disclosure p1, MAPPING.tsv area 106.01,48.09,227.31,551.89: 15 row lines (AAONSEN to the second
        // AARON, MICHAEL row; the ARNOLD/AARON, JOSHUA row is two lines high) and 6 column lines (5 columns). The grey
        // TOTAL rows are shading, not rulings.
        { TabulaFolder + "frx_2012_disclosure.pdf", 1, [106.01, 48.09, 227.31, 551.89], 15, 6 },

        // spreadsheet_no_bounding_frame p1, MAPPING.tsv area 150.56,58.9,654.7,536.12: the partial lines under HARVEST
        // and under 12/13, the thick line under the header and one under each of the 25 rows (COTTON to BRAZIL) = 28;
        // no outer frame, so only the 5 inner column lines. The top line at y 145 lies above the area.
        { TabulaFolder + "spreadsheet_no_bounding_frame.pdf", 1, [150.56, 58.9, 654.7, 536.12], 28, 5 },
    };

    [Theory]
    [MemberData(nameof(ImageOnlyFiles))]
    public void ReadContent_ImageOnlyFile_EveryPageIsAScan(string file, int pages)
    {
        using var document = PdfDocument.Open(CorpusFile(file));

        Assert.Equal(pages, document.PageCount);
        foreach (var page in document.GetPages())
        {
            var content = page.ReadContent();
            Assert.False(content.HasTextLayer, $"Page {page.Number} has words: {string.Join(' ', content.Words.Take(10).Select(w => w.Text))}");
            Assert.True(content.IsScan, $"Page {page.Number} draws {content.ImageCount} images.");
            Assert.Equal(1, content.ImageCount);
        }
    }

    [Theory]
    [MemberData(nameof(RuledTables))]
    public void ReadContent_RuledTable_FindsEachGridLineOnce(string file, int pageNumber, double[] area, int horizontal, int vertical)
    {
        using var document = PdfDocument.Open(CorpusFile(file));
        var rulings = document.GetPage(pageNumber).ReadContent().Rulings.Where(r => !r.Color.IsNearWhite).ToList();
        double top = area[0], left = area[1], bottom = area[2], right = area[3];

        var rows = rulings
            .Where(r => r.Orientation == RulingOrientation.Horizontal && r.Y0 >= top && r.Y0 <= bottom && r.X1 > left && r.X0 < right)
            .Select(r => r.Y0);
        var columns = rulings
            .Where(r => r.Orientation == RulingOrientation.Vertical && r.X0 >= left && r.X0 <= right && r.Y1 > top && r.Y0 < bottom)
            .Select(r => r.X0);

        Assert.Equal((horizontal, vertical), (Distinct(rows), Distinct(columns)));
    }

    [Fact]
    public void Corpus_IsPresent()
    {
        Assert.True(Directory.Exists(Path.Combine(CorpusRoot(), "peru")));
    }

    /// <summary>Counts positions that differ by more than 1 pt from the previous one: pieces of one grid line count once.</summary>
    private static int Distinct(IEnumerable<double> positions)
    {
        var count = 0;
        var last = double.NegativeInfinity;
        foreach (var p in positions.Order())
        {
            if (p - last > 1)
            {
                count++;
            }

            last = p;
        }

        return count;
    }

    private static string CorpusFile(string relative)
    {
        var path = Path.Combine(CorpusRoot(), relative);
        Assert.True(File.Exists(path), $"The corpus file {path} is missing.");
        return path;
    }

    private static string CorpusRoot() => Corpus.CorpusLocator.Root;
}

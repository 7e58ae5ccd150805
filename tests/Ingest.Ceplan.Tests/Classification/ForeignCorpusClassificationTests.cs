using Ingest.Ceplan.Classification;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Tests.Corpus;
using Ingest.Ceplan.Text;
using Ingest.Pdf;

namespace Ingest.Ceplan.Tests.Classification;

/// <summary>The other projects' test PDFs (tabula, camelot, pdfplumber) are no CEPLAN report: none may get a CEPLAN kind.</summary>
public sealed class ForeignCorpusClassificationTests
{
    [Theory]
    [InlineData("tabula-java")]
    [InlineData("camelot")]
    [InlineData("pdfplumber")]
    public void Classify_ForeignPdf_IsOtherOrNoText(string folder)
    {
        var profiles = ProfileSet.LoadEmbedded();
        var read = 0;
        foreach (var pdf in Directory.EnumerateFiles(Path.Combine(CeplanCorpus.Root, folder), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ReportText text;
            try
            {
                using var document = PdfDocument.Open(pdf);

                // The first pages hold the title and header cues; the rest only slows the test.
                text = ReportText.Build(document.GetPages().Take(8).Select(p => p.ReadContent()).ToList());
            }
            catch (PdfException)
            {
                // Encrypted and broken files are the PDF reader's tests, not the classifier's.
                continue;
            }

            var kind = ReportClassifier.Classify(text, profiles).Kind;
            Assert.True(kind is ReportKind.Other or ReportKind.NoText, $"{pdf} was classified {kind.Id()}.");
            read++;
        }

        Assert.True(read > 10, $"Only {read} PDFs of {folder} could be read.");
    }
}

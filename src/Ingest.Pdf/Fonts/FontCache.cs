using System.Runtime.CompilerServices;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Parsing;

namespace Ingest.Pdf.Fonts;

/// <summary>Loads each font dictionary of a document once.</summary>
internal sealed class FontCache(PdfObjectStore store)
{
    private readonly Dictionary<int, PdfFont> byNumber = [];
    private readonly ConditionalWeakTable<PdfDictionary, PdfFont> byDictionary = [];
    private readonly Lock gate = new();

    public PdfFont? Get(PdfObject? fontEntry, Action<string> problem)
    {
        lock (gate)
        {
            if (fontEntry is PdfReference r && byNumber.TryGetValue(r.Number, out var cached))
            {
                return cached;
            }

            if (store.ResolveDictionary(fontEntry) is not { } dict)
            {
                return null;
            }

            if (byDictionary.TryGetValue(dict, out var known))
            {
                return known;
            }

            PdfFont font;
            try
            {
                font = Create(dict);
            }
            catch (PdfException e) when (e is not PdfLimitExceededException)
            {
                problem("A font could not be read (" + e.Message + "); its text is decoded as plain bytes.");
                font = SimpleFont.Create(new PdfDictionary(), store.Resolve, store.GetStreamData);
            }

            if (fontEntry is PdfReference r2)
            {
                byNumber[r2.Number] = font;
            }

            byDictionary.AddOrUpdate(dict, font);
            return font;
        }
    }

    private PdfFont Create(PdfDictionary dict)
    {
        var subtype = store.GetName(dict, "Subtype");
        return subtype == "Type0"
            ? Type0Font.Create(dict, store.Resolve, store.GetStreamData)
            : SimpleFont.Create(dict, store.Resolve, store.GetStreamData);
    }
}

using System.Globalization;
using Ingest.Pdf.Fonts;
using Ingest.Pdf.Objects;
using Ingest.Pdf.Parsing;

namespace Ingest.Pdf;

/// <summary>A PDF file opened for reading. Objects are parsed lazily, as pages need them.</summary>
/// <remarks>The reader is lenient: damaged cross-reference data is rebuilt and unreadable content is skipped;
/// <see cref="Repairs"/> lists what was repaired. Instances are not thread-safe for concurrent page reads.</remarks>
public sealed class PdfDocument : IDisposable
{
    private readonly List<(PdfDictionary Page, PdfDictionary? Resources, double[] Box, int Rotate)> pages;

    private PdfDocument(ReadOnlyMemory<byte> data, PdfReadOptions options)
    {
        Store = new PdfObjectStore(data, options.Limits, options.Password);
        Fonts = new FontCache(Store);
        pages = CollectPages();
        var info = Store.ResolveDictionary(Store.Trailer["Info"]);
        Producer = (Store.Resolve(info?["Producer"]) as PdfString)?.AsText();
        Creator = (Store.Resolve(info?["Creator"]) as PdfString)?.AsText();
        Title = (Store.Resolve(info?["Title"]) as PdfString)?.AsText();
    }

    /// <summary>Gets the number of pages.</summary>
    public int PageCount => pages.Count;

    /// <summary>Gets the producer named in the document information, if any.</summary>
    public string? Producer { get; }

    /// <summary>Gets the creator named in the document information, if any.</summary>
    public string? Creator { get; }

    /// <summary>Gets the title named in the document information, if any.</summary>
    public string? Title { get; }

    /// <summary>Gets a value indicating whether the file is encrypted (and was opened with the empty or given password).</summary>
    public bool IsEncrypted => Store.IsEncrypted;

    /// <summary>Gets the repairs made so far to read the file.</summary>
    public IReadOnlyList<PdfRepair> Repairs => Store.Repairs;

    internal PdfObjectStore Store { get; }

    internal FontCache Fonts { get; }

    /// <summary>Opens a PDF file.</summary>
    /// <exception cref="NotAPdfException">The file is not a PDF.</exception>
    /// <exception cref="PdfDamagedException">The file cannot be repaired.</exception>
    /// <exception cref="PdfPasswordRequiredException">The file needs a password.</exception>
    /// <exception cref="PdfLimitExceededException">The file passes a limit of <see cref="PdfReadOptions.Limits"/>.</exception>
    public static PdfDocument Open(string path, PdfReadOptions? options = null) => Open(File.ReadAllBytes(path), options);

    /// <summary>Opens a PDF from a stream, which is read to its end.</summary>
    /// <exception cref="PdfException">The stream does not hold a readable PDF (see the subtypes).</exception>
    public static PdfDocument Open(Stream stream, PdfReadOptions? options = null)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return Open(ms.ToArray(), options);
    }

    /// <summary>Opens a PDF from its bytes.</summary>
    /// <exception cref="PdfException">The bytes are not a readable PDF (see the subtypes).</exception>
    public static PdfDocument Open(byte[] bytes, PdfReadOptions? options = null)
    {
        try
        {
            return new PdfDocument(bytes, options ?? PdfReadOptions.Default);
        }
        catch (PdfException)
        {
            throw;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidCastException or OverflowException or InvalidOperationException or FormatException)
        {
            throw new PdfDamagedException("The file is damaged beyond repair: " + e.Message, e);
        }
    }

    /// <summary>Gets a page by its 1-based number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such page.</exception>
    public PdfPage GetPage(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, pages.Count);
        var p = pages[number - 1];
        return new PdfPage(this, number, p.Page, p.Resources, p.Box, p.Rotate);
    }

    /// <summary>Gets every page in order.</summary>
    public IEnumerable<PdfPage> GetPages()
    {
        for (var i = 1; i <= pages.Count; i++)
        {
            yield return GetPage(i);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // The bytes are held in memory; nothing to release yet. Kept disposable so that a file-backed store can come later.
    }

    private List<(PdfDictionary, PdfDictionary?, double[], int)> CollectPages()
    {
        var result = new List<(PdfDictionary, PdfDictionary?, double[], int)>();
        var root = Store.ResolveDictionary(Store.Trailer["Root"]) ?? throw new PdfDamagedException("The trailer names no document catalog (/Root).");
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        string? cycle = null;
        Walk(root["Pages"], null, null, null, 0);

        // A cycle beside reachable pages is repaired by skipping the branch; a tree that only cycles has no page to read.
        if (result.Count == 0 && cycle is not null)
        {
            throw new PdfDamagedException($"The page tree has no reachable page: its /Kids refer back to {cycle}, a node already visited.");
        }

        return result;

        void Walk(PdfObject? nodeRef, PdfDictionary? resources, double[]? mediaBox, int? rotate, int depth)
        {
            if (Store.ResolveDictionary(nodeRef) is not { } node)
            {
                return;
            }

            if (!visited.Add(node))
            {
                cycle ??= Describe(nodeRef);
                Store.AddRepair("page-tree-cycle", $"The page tree refers back to a node already visited ({Describe(nodeRef)}); that branch was skipped.");
                return;
            }

            if (depth > Store.Limits.MaxDepth)
            {
                throw new PdfLimitExceededException($"The page tree is nested deeper than {Store.Limits.MaxDepth} levels at {Describe(nodeRef)}.");
            }

            resources = Store.ResolveDictionary(node["Resources"]) ?? resources;
            mediaBox = ReadBox(node["MediaBox"]) ?? mediaBox;
            if (Store.Resolve(node["Rotate"]) is PdfNumber r)
            {
                rotate = r.IntValue;
            }

            var kids = Store.Resolve(node["Kids"]) as PdfArray;
            var type = Store.GetName(node, "Type");
            if (kids is not null && type != "Page")
            {
                foreach (var kid in kids.Items)
                {
                    Walk(kid, resources, mediaBox, rotate, depth + 1);
                    if (result.Count > Store.Limits.MaxPages)
                    {
                        throw new PdfLimitExceededException($"The document has more than {Store.Limits.MaxPages} pages.");
                    }
                }

                return;
            }

            // Coordinates are measured on the media box, as poppler's text output and pdfplumber do, so that
            // positions agree with those tools; the crop box only hides part of that surface.
            var box = mediaBox ?? [0, 0, 612, 792];
            var rot = (((rotate ?? 0) % 360) + 360) % 360;
            rot = rot - (rot % 90);
            result.Add((node, resources, box, rot));
        }
    }

    private static string Describe(PdfObject? o) => o is PdfReference r ? string.Create(CultureInfo.InvariantCulture, $"object {r.Number}") : "a direct dictionary";

    private double[]? ReadBox(PdfObject? o)
    {
        if (Store.Resolve(o) is not PdfArray a || a.Count < 4)
        {
            return null;
        }

        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (Store.Resolve(a[i]) is not PdfNumber n || !double.IsFinite(n.Value))
            {
                return null;
            }

            v[i] = n.Value;
        }

        var box = new[] { Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3]) };
        return box[2] - box[0] < 1 || box[3] - box[1] < 1 ? null : box;
    }
}

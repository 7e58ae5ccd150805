namespace Ingest.Exports;

/// <summary>The documents an export covers: their records (every input file, failures included) and, one at a time,
/// the parsed ones with their model.</summary>
/// <param name="Documents">The records, in the order the exports list them.</param>
/// <param name="Reports">Enumerates the parsed documents' models, in the same order; may be called more than once
/// (a wide CSV needs one pass for its header). Only one report needs to be in memory at a time.</param>
public sealed record ExportSource(IReadOnlyList<DocumentRecord> Documents, Func<CancellationToken, IAsyncEnumerable<StoredReport>> Reports)
{
    /// <summary>Creates a source over models already in memory.</summary>
    /// <param name="documents">The records.</param>
    /// <param name="reports">The models.</param>
    /// <returns>The source.</returns>
    public static ExportSource InMemory(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<StoredReport> reports)
        => new(documents, _ => reports.ToAsyncEnumerable());

    /// <summary>Creates a source that loads each parsed document from a store when enumerated.</summary>
    /// <param name="store">The store.</param>
    /// <param name="documents">The records (each parsed one is loaded by its hash).</param>
    /// <returns>The source.</returns>
    public static ExportSource FromStore(IReportStore store, IReadOnlyList<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(documents, ct => Load(store, documents, ct));
    }

    private static async IAsyncEnumerable<StoredReport> Load(IReportStore store, IReadOnlyList<DocumentRecord> documents, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Sha256.Length == 0 || !seen.Add(document.Sha256))
            {
                continue;
            }

            if (await store.LoadAsync(document.Sha256, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                // The record of this run (its file name and path) wins over the one stored by an earlier run.
                yield return stored with { Document = stored.Document with { File = document.File, Path = document.Path } };
            }
        }
    }
}

using Ingest.Tables.Logical;

namespace Ingest.Ceplan.Parsing;

/// <summary>Builds a report's logical tables with the table layer (<see cref="DocumentTables"/>): ruled tables where rulings
/// enclose the text, text-aligned ones elsewhere, for profiles that set <c>documentTables</c>.</summary>
internal static class LayerTables
{
    /// <summary>Builds the logical tables of a document.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The logical tables in reading order.</returns>
    public static IReadOnlyList<LogicalTable> Build(IReadOnlyList<PageContent> pages)
    {
        var found = pages.Where(p => p.HasTextLayer).SelectMany(p => TableExtractor.Extract(p, TableMode.Auto)).ToList();
        return DocumentTables.Build(found, pages);
    }
}

using Ingest.Tables.Logical;

namespace Ingest.Ceplan.Parsing;

/// <summary>
/// The one road from the table layer to the parser: the document's logical tables (<see cref="DocumentTables"/>) over the
/// tables the layer finds on every page in auto mode (ruled grids, rows between horizontal rules, text-aligned tables),
/// whatever the producer drew.
/// </summary>
internal static class ReportTables
{
    /// <summary>Builds the logical tables of a document.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The logical tables in reading order.</returns>
    public static IReadOnlyList<LogicalTable> Build(IReadOnlyList<PageContent> pages)
    {
        var found = new List<Table>();
        foreach (var page in pages)
        {
            if (page.HasTextLayer)
            {
                // A text-aligned table sets a header word and its right-aligned figures in separate columns: joined back.
                found.AddRange(TableExtractor.Extract(page).Select(t => t.Mode == TableMode.Stream ? UnruledTables.JoinSparseColumns(t) : t));
            }
        }

        return DocumentTables.Build(found, pages);
    }
}

using Ingest.Audit;
using Ingest.Ceplan;
using Ingest.Pipeline;

namespace Ingest.Cli;

/// <summary>The composition root of <c>ingest run</c>: the report parser and the auditor behind the pipeline's <see cref="DocumentProcessor"/>.</summary>
internal static class DefaultProcessor
{
    /// <summary>Creates the processor.</summary>
    /// <returns>The processor.</returns>
    public static DocumentProcessor Create() => new(ReportReader.Read, static report => Auditor.Audit(report));
}

using Ingest.Audit;
using Ingest.Ceplan;
using Ingest.Pipeline;

namespace Ingest.Cli;

/// <content>The composition root: the real parsing and audit layers behind the pipeline's <see cref="DocumentProcessor"/>.</content>
internal static partial class DefaultProcessor
{
    static partial void CreateCeplan(ref DocumentProcessor? processor) => processor = new DocumentProcessor(ReportReader.Read, Auditor.Audit);
}

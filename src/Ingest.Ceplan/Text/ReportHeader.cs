using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Text;

/// <summary>The facts a report's title and header block state about it.</summary>
/// <param name="Title">The title as printed (wrapped lines joined), or <see langword="null"/>.</param>
/// <param name="Entity">The entity (código and name of the unidad ejecutora or pliego, nivel de gobierno, ubigeo parts), when printed.</param>
/// <param name="Plan">The plan evaluated (PEI 2024-2027, PDRC al 2033), when printed.</param>
/// <param name="EvaluatedPeriod">The period evaluated (<c>2024-S1</c>, <c>2024</c>, <c>2023-2024</c>), when printed.</param>
/// <param name="Sector">The sector as printed (<c>05 - AMBIENTAL</c>), when printed.</param>
/// <param name="Fields">Every <c>key : value</c> pair of the header block, keys as printed, in order.</param>
public sealed record ReportHeader(
    string? Title,
    EntityInfo? Entity,
    PlanInfo? Plan,
    Period? EvaluatedPeriod,
    string? Sector = null,
    IReadOnlyList<KeyValuePair<string, string>>? Fields = null);

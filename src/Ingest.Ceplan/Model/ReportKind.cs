namespace Ingest.Ceplan.Model;

/// <summary>The kinds of report Ingest reads (SPEC section 2).</summary>
public enum ReportKind
{
    /// <summary>Not one of the known kinds.</summary>
    Other,

    /// <summary>A PDF without a text layer (a scan): nothing can be read.</summary>
    NoText,

    /// <summary><c>pei-seguimiento</c>: PEI monitoring report from the CEPLAN application (current and older Anexo B-7 layouts).</summary>
    PeiSeguimiento,

    /// <summary><c>iei-anual</c>: Informe de Evaluación Institucional Anual.</summary>
    IeiAnual,

    /// <summary><c>poi-contribucion</c>: contribution of organisational units to each OEI / AEI.</summary>
    PoiContribucion,

    /// <summary><c>poi-seguimiento</c>: POI monitoring report from the CEPLAN application.</summary>
    PoiSeguimiento,

    /// <summary><c>pdrc-evaluacion</c>: Informe de Evaluación del PDRC.</summary>
    PdrcEvaluacion,

    /// <summary><c>poi-evaluacion</c>: the CEPLAN application's Evaluación de implementación del POI (physical execution per OEI, AEI and centro de costo, IGI).</summary>
    PoiEvaluacion,

    /// <summary><c>pei-plan</c>: the Plan Estratégico Institucional itself (OEI and AEI lists, Anexo B-3 indicator matrix): the reference later reports quote.</summary>
    PeiPlan,
}

/// <summary>The stable identifiers of <see cref="ReportKind"/> used in outputs.</summary>
public static class ReportKinds
{
    /// <summary>Gets the output identifier of a kind (<c>pei-seguimiento</c>, <c>no-text</c>, ...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The identifier.</returns>
    public static string Id(this ReportKind kind) => kind switch
    {
        ReportKind.NoText => "no-text",
        ReportKind.PeiSeguimiento => "pei-seguimiento",
        ReportKind.IeiAnual => "iei-anual",
        ReportKind.PoiContribucion => "poi-contribucion",
        ReportKind.PoiSeguimiento => "poi-seguimiento",
        ReportKind.PdrcEvaluacion => "pdrc-evaluacion",
        ReportKind.PoiEvaluacion => "poi-evaluacion",
        ReportKind.PeiPlan => "pei-plan",
        _ => "other",
    };

    /// <summary>Reads an identifier written by <see cref="Id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the identifier is known.</returns>
    public static bool TryParse(string? id, out ReportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ReportKind>())
        {
            if (string.Equals(candidate.Id(), id, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = ReportKind.Other;
        return false;
    }
}

/// <summary>The kind a report was classified as, how sure the classifier is, and the cues that decided it.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Confidence">From 0 (a guess) to 1 (certain).</param>
/// <param name="Cues">Human-readable cues, e.g. <c>title: "REPORTE DE SEGUIMIENTO ... (PEI)"</c>.</param>
public sealed record Classification(ReportKind Kind, double Confidence, IReadOnlyList<string> Cues);

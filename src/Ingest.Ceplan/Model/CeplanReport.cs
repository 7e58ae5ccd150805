namespace Ingest.Ceplan.Model;

/// <summary>Everything read from one report: the canonical model of SPEC section 3.</summary>
/// <param name="Document">The document-level facts.</param>
/// <param name="Objectives">The objectives (OEI / OER), in printed order, each once.</param>
/// <param name="Actions">The actions (AEI / AER), in printed order, each once.</param>
/// <param name="Indicators">The indicators with their observations, in printed order; an indicator printed in several tables appears once per printing (see <see cref="Indicator.Source"/>).</param>
/// <param name="FigureTables">Contribution, POI and budget tables.</param>
/// <param name="Summaries">Semáforo / desempeño count tables.</param>
/// <param name="StatedFigures">Report-level stated figures (averages, indices, counts).</param>
/// <param name="Claims">Narrative sentences that state figures.</param>
/// <param name="Tables">The logical tables the report was read from, for evidence.</param>
/// <param name="Problems">What could not be read, one message each (a table whose header matched no profile column, an unreadable number, ...).</param>
/// <param name="Coverage">Which printed plan codes are in the model and which are not; <see langword="null"/> when coverage was not measured (a report built by hand).</param>
public sealed record CeplanReport(
    DocumentInfo Document,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<StrategicAction> Actions,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<FigureTable> FigureTables,
    IReadOnlyList<SummaryTable> Summaries,
    IReadOnlyList<StatedFigure> StatedFigures,
    IReadOnlyList<NarrativeClaim> Claims,
    IReadOnlyList<LogicalTable> Tables,
    IReadOnlyList<string> Problems,
    ElementCoverage? Coverage = null);

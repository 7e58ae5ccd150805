namespace Ingest.Ceplan.Model;

/// <summary>A place of the ubigeo hierarchy (departamento, provincia or distrito).</summary>
/// <param name="Code">The ubigeo code as printed (<c>04</c>, <c>0401</c>, <c>040129</c>); <see langword="null"/> when not printed.</param>
/// <param name="Name">The name as printed (<c>AREQUIPA</c>).</param>
public sealed record Place(string? Code, string Name);

/// <summary>The public entity a report is about.</summary>
/// <param name="Code">The código de unidad ejecutora / pliego (<c>300359</c>); <see langword="null"/> when not printed.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="NivelGobierno">The level of government as printed (<c>M - GOBIERNOS LOCALES</c>); <see langword="null"/> when not printed.</param>
/// <param name="Departamento">The departamento, when printed.</param>
/// <param name="Provincia">The provincia, when printed.</param>
/// <param name="Distrito">The distrito, when printed.</param>
public sealed record EntityInfo(string? Code, string Name, string? NivelGobierno, Place? Departamento, Place? Provincia, Place? Distrito);

/// <summary>The plan a report evaluates.</summary>
/// <param name="Type">The plan type: <c>PEI</c>, <c>PDRC</c>, <c>POI</c>.</param>
/// <param name="StartYear">The first year (<c>2022</c> of PEI 2022-2027); <see langword="null"/> when not printed.</param>
/// <param name="EndYear">The last year (<c>2027</c>, <c>2033</c> of "PDRC al 2033").</param>
/// <param name="Text">The plan as printed (<c>2022 - 2027</c>).</param>
public sealed record PlanInfo(string Type, int? StartYear, int? EndYear, string Text);

/// <summary>The document-level facts of a report.</summary>
/// <param name="File">The input file's name (without folders).</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Classification">The report kind with its confidence and cues.</param>
/// <param name="Title">The report's title as printed; <see langword="null"/> when none was found.</param>
/// <param name="Entity">The entity, when found.</param>
/// <param name="Plan">The plan, when found.</param>
/// <param name="EvaluatedPeriod">The period evaluated (<c>2024-S1</c>, <c>2023-2024</c>), when found.</param>
/// <param name="PageCount">The number of pages.</param>
/// <param name="Producer">The PDF's producer / creator, when recorded.</param>
public sealed record DocumentInfo(
    string File,
    string Sha256,
    Classification Classification,
    string? Title,
    EntityInfo? Entity,
    PlanInfo? Plan,
    Period? EvaluatedPeriod,
    int PageCount,
    string? Producer);

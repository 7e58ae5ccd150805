namespace Ingest.Ceplan.Model;

/// <summary>The role of a number in a narrative sentence.</summary>
public enum ClaimRole
{
    /// <summary>An avance / ejecución percentage.</summary>
    Progress,

    /// <summary>A programmed / expected value (meta).</summary>
    Expected,

    /// <summary>An obtained / achieved value (logro).</summary>
    Obtained,

    /// <summary>A count of items (<c>contiene (04) Acciones</c>, <c>34 AEI</c>).</summary>
    Count,

    /// <summary>A number whose role could not be told.</summary>
    Other,
}

/// <summary>A number stated in a sentence.</summary>
/// <param name="Role">What the number is.</param>
/// <param name="Value">The number as printed in digits (with its decimals and unit).</param>
/// <param name="CountOf">For counts: what is counted (<c>AEI</c>, <c>OEI</c>, <c>IND</c>, <c>AO</c>, <c>unidades orgánicas</c>).</param>
/// <param name="Words">The number written in words next to the digits (<c>treinta y cuatro</c>), when present.</param>
/// <param name="WordsValue">The value of <see cref="Words"/>, when it could be read.</param>
public sealed record ClaimNumber(ClaimRole Role, ReportValue Value, string? CountOf = null, string? Words = null, decimal? WordsValue = null);

/// <summary>A sentence of running text that states figures, linked to the code it speaks of.</summary>
/// <param name="Sentence">The sentence as printed (lines joined).</param>
/// <param name="SubjectCode">The normalised code the sentence is about (<c>AEI.04.03</c>), or an indicator name when no code is given; <see langword="null"/> for a report-wide statement.</param>
/// <param name="Period">The period the sentence speaks of, when it says or the report's evaluated period implies.</param>
/// <param name="Numbers">The numbers it states, with their roles.</param>
/// <param name="Source">Where the sentence is printed (first page, box of its first line).</param>
public sealed record NarrativeClaim(string Sentence, string? SubjectCode, Period? Period, IReadOnlyList<ClaimNumber> Numbers, Provenance Source);

namespace Ingest.Ceplan.Model;

/// <summary>A plan code printed in a report's text layer, at its first printing.</summary>
/// <param name="Code">The normalised code (<c>OEI.03</c>, <c>IND.01.AEI.01.01</c>).</param>
/// <param name="Source">Where it is first printed: page, the box of its words, and the code as printed (<see cref="Provenance.Raw"/>).</param>
/// <param name="Misprint">Where it is first printed with its kind letters misprinted (<c>OIE.03</c>, read as <c>OEI.03</c>); <see langword="null"/> when never.</param>
public sealed record PrintedElement(string Code, Provenance Source, Provenance? Misprint);

/// <summary>Why a printed code is not in the model.</summary>
public enum UnreadReason
{
    /// <summary>It is printed in a table that matched no table of the report kind's profile.</summary>
    TableNotRecognised,

    /// <summary>It is printed in a table the profile recognised, but its row was not read (no code column, a row the reader skipped).</summary>
    RowNotRead,

    /// <summary>Its row was read but holds no figure (no baseline, no expected or obtained value, no avance): the columns with its figures were not mapped.</summary>
    RowWithoutFigures,

    /// <summary>It is printed in running text only, in no table the reader found.</summary>
    TextOnly,

    /// <summary>It is a code of another plan (an OER of the regional plan in an institutional report), quoted for alignment: worth
    /// listing, but it does not count against the share of the report's own elements read.</summary>
    OtherPlan,
}

/// <summary>A printed code that is not in the model (an <c>unread-element</c> finding).</summary>
/// <param name="Code">The normalised code.</param>
/// <param name="Reason">Why it was not read, as far as known.</param>
/// <param name="Table">The logical table it is printed in, when it is printed in one.</param>
/// <param name="Source">Where it is first printed.</param>
public sealed record UnreadElement(string Code, UnreadReason Reason, string? Table, Provenance Source);

/// <summary>A table that prints plan codes but was not read (an <c>unread-table</c> finding: the document is partial).</summary>
/// <param name="Table">The logical table's id; <see langword="null"/> when the kind's main table was not found at all.</param>
/// <param name="Header">The table's header as read, columns joined with <c> | </c>; for a missing main table, the names of the profile's main tables.</param>
/// <param name="Rows">How many data rows the table has.</param>
/// <param name="Codes">The plan codes printed in it that nothing else read, in printed order.</param>
/// <param name="Main"><see langword="true"/> when it is (or stands for) the report kind's main table.</param>
/// <param name="Source">Where the table is printed (page and box of its first part); <see cref="Provenance.None"/> for a missing main table.</param>
public sealed record UnreadTable(string? Table, string Header, int Rows, IReadOnlyList<string> Codes, bool Main, Provenance Source);

/// <summary>How much of what a report prints was read: every printed plan code is in the model or in <see cref="Unread"/>.</summary>
/// <param name="Printed">The plan codes printed in the text layer, each once, in printed order.</param>
/// <param name="Unread">The printed codes that are not in the model, in printed order.</param>
/// <param name="UnreadTables">The tables printing plan codes that were not read, and the kind's main table when it was not found.</param>
public sealed record ElementCoverage(IReadOnlyList<PrintedElement> Printed, IReadOnlyList<UnreadElement> Unread, IReadOnlyList<UnreadTable> UnreadTables)
{
    /// <summary>The share of printed elements that must be read for a report to be complete (SPEC section 2).</summary>
    public const double CompleteShare = 0.95;

    /// <summary>Gets the coverage of a report that prints no plan code.</summary>
    public static ElementCoverage Empty { get; } = new([], [], []);

    /// <summary>Gets how many distinct plan codes are printed.</summary>
    public int PrintedCount => Printed.Count;

    /// <summary>Gets how many of them are in the model.</summary>
    public int ReadCount => Printed.Count - Unread.Count;

    /// <summary>Gets how many printed codes belong to the report's own plan: the printed ones less the unread codes of other plans.</summary>
    public int OwnCount => PrintedCount - Unread.Count(u => u.Reason == UnreadReason.OtherPlan);

    /// <summary>Gets a value indicating whether everything printed was read: no unread element of the report's own plan and no unread table.</summary>
    public bool IsComplete => UnreadTables.Count == 0 && Unread.All(u => u.Reason == UnreadReason.OtherPlan);

    /// <summary>
    /// Gets a value indicating whether the report is partial: a table printing codes (or the kind's main table) was not read,
    /// or fewer than <see cref="CompleteShare"/> of the printed elements of its own plan were read.
    /// </summary>
    public bool IsPartial => UnreadTables.Count > 0 || (OwnCount > 0 && ReadCount < CompleteShare * OwnCount);
}

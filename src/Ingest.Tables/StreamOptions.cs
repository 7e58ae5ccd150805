namespace Ingest.Tables;

/// <summary>Options of <see cref="TableExtractor.Stream"/>.</summary>
public sealed record StreamOptions
{
    /// <summary>Gets the default options: columns found from the text alone.</summary>
    public static StreamOptions Default { get; } = new();

    /// <summary>Gets the x positions (points from the left of the page) that separate columns, given by the caller.</summary>
    /// <remarks>
    /// When given, columns are not guessed: a text chunk belongs to the first column whose separator lies at or right of
    /// its left edge, and chunks are never joined across a separator (tabula's <c>-c</c> option).
    /// </remarks>
    /// <value>The default value is <see langword="null"/>: no explicit columns.</value>
    public IReadOnlyList<double>? ColumnSeparators { get; init; }

    /// <summary>Gets a value indicating whether the page's vertical rulings are used as column separators.</summary>
    /// <remarks>Like <see cref="ColumnSeparators"/>, but the positions are those of the vertical lines drawn on the page.</remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool UseVerticalRulings { get; init; }
}

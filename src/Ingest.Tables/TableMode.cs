namespace Ingest.Tables;

/// <summary>How <see cref="TableExtractor.Extract"/> looks for tables.</summary>
public enum TableMode
{
    /// <summary>Ruled tables where rulings enclose the text, text-aligned tables in the text outside them.</summary>
    Auto,

    /// <summary>Only ruled tables: cells are bounded by drawn lines.</summary>
    Lattice,

    /// <summary>Only text-aligned tables: rows from text lines, columns from gaps between the words.</summary>
    Stream,
}

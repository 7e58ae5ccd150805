namespace Ingest.Pdf.Filters;

/// <summary>Character classes shared by the ASCII filters.</summary>
internal static class FilterSyntax
{
    /// <summary>Returns whether <paramref name="c"/> is PDF white space (ISO 32000-1, Table 1).</summary>
    public static bool IsWhiteSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    /// <summary>Returns the value of a hex digit, or -1.</summary>
    public static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}

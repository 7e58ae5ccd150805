using System.Text.RegularExpressions;

namespace Ingest.Exports;

/// <summary>
/// Keeps the text fields of a CSV output from being run as formulas by a spreadsheet (SPEC section 6): a text read from
/// a PDF such as <c>=cmd|' /C calc'!A0</c> is written as <c>'=cmd|' /C calc'!A0</c>.
/// </summary>
/// <remarks>
/// Every CSV writer of the product (the exports, <c>ingest findings --format csv</c>, <c>ingest pdf tables</c>) passes its
/// text fields through here, so that the rule lives in one place. Figures written from a value are not passed: a
/// negative number stays a number.
/// </remarks>
public static partial class CsvText
{
    /// <summary>Gets a text field as written: with a leading <c>'</c> when it starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return (OWASP's advice against CSV injection), else unchanged.</summary>
    /// <param name="text">The text; <see langword="null"/> is written as empty.</param>
    /// <returns>The field.</returns>
    public static string Text(string? text) => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? string.Empty;

    /// <summary>Gets a field of a column that mixes printed text and figures (a finding's stated value, a table cell): a
    /// text that is entirely an invariant number (<c>-3.5</c>, <c>-12</c>) is left alone, any other as <see cref="Text"/>.</summary>
    /// <param name="text">The text; <see langword="null"/> is written as empty.</param>
    /// <returns>The field.</returns>
    public static string TextOrNumber(string? text) => text is not null && Number().IsMatch(text) ? text : Text(text);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}

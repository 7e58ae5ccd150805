using System.Text.RegularExpressions;

namespace Ingest.Ceplan.Claims;

/// <summary>Tells the number that labels a caption or a reference (<c>Cuadro n.º 1</c>, <c>Tabla 3.</c>, <c>Anexo N° 2</c>,
/// <c>Informe N.º 129</c>) from a figure of the text.</summary>
/// <remarks>A caption names what its table lists right after its number: "Cuadro n.º 1 Objetivos Estratégicos Institucionales"
/// reads like a count of one objective (a real PEI plan got "el texto indica 1 OEI pero se listan 6" twice from its captions),
/// and "la meta figura en el Cuadro N.º 4" like a target of 4. Every reader of numbers in running text asks here, so that
/// the caption words and number signs are listed once.</remarks>
internal static partial class CaptionLabel
{
    /// <summary>Gets a value indicating whether the number that starts at <paramref name="at"/> is a label's number: it follows
    /// a caption word (Cuadro, Tabla, Gráfico, Figura, Anexo, Ilustración, Imagen), with or without a number sign
    /// (<c>N°</c>, <c>Nº</c>, <c>N.º</c>, <c>N.°</c>, <c>No.</c>, <c>Nro.</c>, a bare <c>N</c>) or an annex series
    /// (<c>Anexo B-7</c>), or it follows a number sign alone (<c>Resolución N° 006</c>).</summary>
    /// <param name="text">The sentence the number is in.</param>
    /// <param name="at">Where the number starts in <paramref name="text"/>: its first digit, the bracket before its digits,
    /// or its first word.</param>
    /// <returns><see langword="true"/> when the number labels a caption or a reference and is neither a count nor a figure.</returns>
    public static bool IsLabelNumber(string text, int at) => LabelBefore().IsMatch(text.AsSpan(0, at));

    // A sign alone must carry its mark or be Nro: "Ascendente No 2020" (not a priority, then a baseline year) is no label.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:Cuadros?|Tablas?|Gr[aá]ficos?|Figuras?|Anexos?|Ilustraci[oó]n(?:es)?|Imagen(?:es)?)\s*(?:(?:N|No|Nro|N[uú]m)\s*[.°º]*\s*|[A-Z]\s*-\s*)?|(?:N\s*\.?\s*[°º]|N\.|Nro\.?)\s*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();
}

namespace Ingest.Exports;

/// <summary>File names of the per-document outputs.</summary>
internal static class ExportNames
{
    /// <summary>Gets the stem shared by a document's JSON and HTML files: the input's name without extension and the first
    /// 8 hex digits of its hash (two inputs with one name in different folders stay apart).</summary>
    public static string Stem(DocumentRecord document)
    {
        var name = Path.GetFileNameWithoutExtension(document.File);
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return document.Sha256.Length >= 8 ? safe + "-" + document.Sha256[..8] : safe;
    }
}

namespace Ingest.Pdf;

/// <summary>Options for <see cref="PdfDocument.Open(string, PdfReadOptions?)"/>.</summary>
public sealed record PdfReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>Gets the password tried as user and owner password of an encrypted file.</summary>
    /// <value>The default value is the empty password.</value>
    public string Password { get; init; } = string.Empty;

    /// <summary>Gets the limits that bound work on untrusted input.</summary>
    /// <value>The default value is <see cref="PdfReadLimits.Default"/>.</value>
    public PdfReadLimits Limits { get; init; } = PdfReadLimits.Default;
}

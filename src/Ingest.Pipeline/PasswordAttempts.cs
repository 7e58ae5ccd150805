using System.Globalization;

namespace Ingest.Pipeline;

/// <summary>Opens a PDF trying several passwords in turn: the one in the read options (the empty one by default), then each
/// given one.</summary>
public static class PasswordAttempts
{
    /// <summary>Opens a PDF with the first password that works.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The read options; their <see cref="PdfReadOptions.Password"/> is tried first.</param>
    /// <param name="passwords">The passwords tried next, in order.</param>
    /// <returns>The opened document.</returns>
    /// <exception cref="PdfPasswordRequiredException">No password opened the document; the message says how many were tried,
    /// never which.</exception>
    /// <exception cref="PdfException">The bytes do not hold a readable PDF (see the subtypes).</exception>
    public static PdfDocument Open(byte[] bytes, PdfReadOptions? options, IReadOnlyList<string> passwords)
    {
        options ??= PdfReadOptions.Default;
        PdfPasswordRequiredException first;
        try
        {
            return PdfDocument.Open(bytes, options);
        }
        catch (PdfPasswordRequiredException e) when (passwords.Count > 0)
        {
            first = e;
        }

        foreach (var password in passwords)
        {
            try
            {
                return PdfDocument.Open(bytes, options with { Password = password });
            }
            catch (PdfPasswordRequiredException)
            {
                // The next password may be the right one.
            }
        }

        // The first message names the encryption and says the first password failed; a count says the rest did too.
        throw new PdfPasswordRequiredException(string.Create(CultureInfo.InvariantCulture, $"{first.Message} None of the {passwords.Count + 1} passwords tried opened it."));
    }
}

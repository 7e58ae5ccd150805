namespace Ingest.Pdf.Filters;

/// <summary>The ASCIIHexDecode filter (ISO 32000-1, 7.4.2).</summary>
internal static class AsciiHexDecoder
{
    /// <summary>Decodes hex digits into <paramref name="output"/>; <c>&gt;</c> ends the data and an odd final digit is followed by an implied 0.</summary>
    /// <exception cref="PdfDamagedException">The data holds a character that is neither a hex digit nor white space.</exception>
    public static void Decode(ReadOnlySpan<byte> input, BoundedBuffer output, int objectNumber)
    {
        var high = -1;
        foreach (var c in input)
        {
            if (c == (byte)'>')
            {
                break;
            }

            if (FilterSyntax.IsWhiteSpace(c))
            {
                continue;
            }

            var digit = FilterSyntax.HexValue(c);
            if (digit < 0)
            {
                throw new PdfDamagedException($"ASCIIHexDecode data of object {objectNumber} holds the byte 0x{c:X2}, which is not a hex digit.");
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                output.Write((byte)((high << 4) | digit));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Write((byte)(high << 4));
        }
    }
}

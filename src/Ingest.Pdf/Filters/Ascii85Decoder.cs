namespace Ingest.Pdf.Filters;

/// <summary>The ASCII85Decode filter (ISO 32000-1, 7.4.3).</summary>
internal static class Ascii85Decoder
{
    /// <summary>Decodes base-85 digits into <paramref name="output"/>, accepting an optional <c>&lt;~</c> prefix, <c>z</c> for four zero bytes and <c>~&gt;</c> or the end of the data as the end.</summary>
    /// <exception cref="PdfDamagedException">The data holds a character outside the base-85 alphabet or a group that overflows 32 bits.</exception>
    public static void Decode(ReadOnlySpan<byte> input, BoundedBuffer output, int objectNumber)
    {
        var start = SkipWhiteSpace(input, 0);
        if (start + 1 < input.Length && input[start] == (byte)'<' && input[start + 1] == (byte)'~')
        {
            input = input[(start + 2)..];
        }

        Span<byte> group = stackalloc byte[4];
        ulong value = 0;
        var count = 0;
        foreach (var c in input)
        {
            if (c == (byte)'~')
            {
                break;
            }

            if (FilterSyntax.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == (byte)'z' && count == 0)
            {
                output.Fill(0, 4);
                continue;
            }

            if (c is < (byte)'!' or > (byte)'u')
            {
                throw new PdfDamagedException($"ASCII85Decode data of object {objectNumber} holds the byte 0x{c:X2}, which is not a base-85 digit.");
            }

            value = (value * 85) + (ulong)(c - '!');
            if (++count == 5)
            {
                WriteGroup(value, 4, group, output, objectNumber);
                value = 0;
                count = 0;
            }
        }

        // A final partial group of n digits is padded with 'u' and yields n - 1 bytes; a lone digit carries no byte.
        if (count > 1)
        {
            for (var i = count; i < 5; i++)
            {
                value = (value * 85) + 84;
            }

            WriteGroup(value, count - 1, group, output, objectNumber);
        }
    }

    private static void WriteGroup(ulong value, int bytes, Span<byte> group, BoundedBuffer output, int objectNumber)
    {
        if (value > uint.MaxValue)
        {
            throw new PdfDamagedException($"ASCII85Decode data of object {objectNumber} holds a group whose value passes 2^32.");
        }

        group[0] = (byte)(value >> 24);
        group[1] = (byte)(value >> 16);
        group[2] = (byte)(value >> 8);
        group[3] = (byte)value;
        output.Write(group[..bytes]);
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> input, int i)
    {
        while (i < input.Length && FilterSyntax.IsWhiteSpace(input[i]))
        {
            i++;
        }

        return i;
    }
}

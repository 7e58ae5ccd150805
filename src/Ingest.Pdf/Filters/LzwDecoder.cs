namespace Ingest.Pdf.Filters;

/// <summary>The LZWDecode filter (ISO 32000-1, 7.4.4): 9- to 12-bit codes, most significant bit first.</summary>
internal static class LzwDecoder
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int FirstFreeCode = 258;
    private const int TableSize = 4096;

    /// <summary>Decodes LZW data into <paramref name="output"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    /// <param name="output">Receives the decoded bytes.</param>
    /// <param name="earlyChange">1 (the default) when code widths grow one code early, 0 when as late as possible.</param>
    /// <remarks>Data cut short or holding a code not yet in the table yields the bytes decoded before it.</remarks>
    /// <exception cref="PdfLimitExceededException">The output passes the buffer's limit.</exception>
    public static void Decode(ReadOnlySpan<byte> input, BoundedBuffer output, int earlyChange)
    {
        var prefix = new short[TableSize];
        var suffix = new byte[TableSize];
        var length = new short[TableSize];
        var scratch = new byte[TableSize];
        for (var i = 0; i < 256; i++)
        {
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        var width = 9;
        var next = FirstFreeCode;
        var previous = -1;
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (true)
        {
            while (bitCount < width && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < width)
            {
                return;
            }

            var code = (bitBuffer >> (bitCount - width)) & ((1 << width) - 1);
            bitCount -= width;
            bitBuffer &= (1 << bitCount) - 1;

            if (code == ClearTable)
            {
                width = 9;
                next = FirstFreeCode;
                previous = -1;
                continue;
            }

            if (code == EndOfData)
            {
                return;
            }

            byte first;
            if (previous < 0)
            {
                if (code > 255)
                {
                    return;
                }

                first = (byte)code;
                output.Write(first);
            }
            else if (code < next)
            {
                first = WriteEntry(code, prefix, suffix, length, scratch, output);
            }
            else if (code == next)
            {
                // The code being defined right now: the previous string plus its own first byte.
                first = WriteEntry(previous, prefix, suffix, length, scratch, output);
                output.Write(first);
            }
            else
            {
                return;
            }

            if (previous >= 0 && next < TableSize)
            {
                prefix[next] = (short)previous;
                suffix[next] = first;
                length[next] = (short)(length[previous] + 1);
                next++;
            }

            if (next + earlyChange >= 1 << width && width < 12)
            {
                width++;
            }

            previous = code;
        }
    }

    /// <summary>Writes the string of <paramref name="code"/> and returns its first byte.</summary>
    private static byte WriteEntry(int code, short[] prefix, byte[] suffix, short[] length, byte[] scratch, BoundedBuffer output)
    {
        int n = length[code];
        for (var i = n - 1; i >= 0; i--)
        {
            scratch[i] = suffix[code];
            code = prefix[code];
        }

        output.Write(scratch.AsSpan(0, n));
        return scratch[0];
    }
}

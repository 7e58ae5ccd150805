namespace Ingest.Pdf.Filters;

/// <summary>The RunLengthDecode filter (ISO 32000-1, 7.4.5).</summary>
internal static class RunLengthDecoder
{
    /// <summary>Expands length-prefixed literal and repeat runs into <paramref name="output"/>.</summary>
    /// <remarks>Data cut short inside a run yields the bytes that are there.</remarks>
    public static void Decode(ReadOnlySpan<byte> input, BoundedBuffer output)
    {
        var i = 0;
        while (i < input.Length)
        {
            int length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var n = Math.Min(length + 1, input.Length - i);
                output.Write(input.Slice(i, n));
                i += n;
            }
            else if (i < input.Length)
            {
                output.Fill(input[i++], 257 - length);
            }
        }
    }
}

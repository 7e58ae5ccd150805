namespace Ingest.Pdf.Filters;

/// <summary>The predictor parameters of FlateDecode and LZWDecode (ISO 32000-1, Table 8).</summary>
/// <param name="Kind">1 for none, 2 for TIFF predictor 2, 10 to 15 for PNG predictors.</param>
/// <param name="Colors">Interleaved colour components per sample (1 to 32).</param>
/// <param name="BitsPerComponent">Bits per colour component: 1, 2, 4, 8 or 16.</param>
/// <param name="Columns">Samples per row.</param>
internal readonly record struct PredictorParameters(int Kind, int Colors, int BitsPerComponent, int Columns)
{
    /// <summary>Gets the parameters that apply no predictor.</summary>
    public static PredictorParameters None { get; } = new(1, 1, 8, 1);
}

/// <summary>Undoes TIFF and PNG prediction on decoded Flate or LZW data.</summary>
internal static class Predictor
{
    private const int MaxColors = 32;
    private const long MaxRowBytes = 1L << 28;

    /// <summary>Returns <paramref name="data"/> with the prediction removed; the result is never longer than the input.</summary>
    /// <exception cref="PdfDamagedException">The parameters name an unknown predictor or impossible sizes.</exception>
    public static byte[] Apply(byte[] data, PredictorParameters parameters, int objectNumber)
    {
        if (parameters.Kind <= 1)
        {
            return data;
        }

        var (kind, colors, bits, columns) = parameters;
        if (colors is < 1 or > MaxColors || bits is not (1 or 2 or 4 or 8 or 16) || columns < 1)
        {
            throw new PdfDamagedException($"The stream of object {objectNumber} has impossible predictor parameters: /Colors {colors} /BitsPerComponent {bits} /Columns {columns}.");
        }

        var rowBytes = (((long)colors * bits * columns) + 7) / 8;
        if (rowBytes > MaxRowBytes)
        {
            throw new PdfDamagedException($"The stream of object {objectNumber} has predictor rows of {rowBytes} bytes, more than the {MaxRowBytes} allowed.");
        }

        return kind switch
        {
            2 => UndoTiff(data, (int)rowBytes, colors, bits, columns),
            >= 10 and <= 15 => UndoPng(data, (int)rowBytes, ((colors * bits) + 7) / 8),
            _ => throw new PdfDamagedException($"The stream of object {objectNumber} names the unknown predictor {kind}."),
        };
    }

    /// <summary>Each row starts with a PNG filter type byte; the encoder may pick a different filter per row.</summary>
    private static byte[] UndoPng(byte[] data, int rowBytes, int bytesPerPixel)
    {
        var stride = rowBytes + 1;
        var fullRows = data.Length / stride;
        var tail = data.Length % stride;

        // A last row cut short still yields its bytes, as poppler and pdf.js do.
        var output = new byte[((long)fullRows * rowBytes) + Math.Max(0, tail - 1)];
        var previous = new byte[rowBytes];
        var outOffset = 0;
        for (var inOffset = 0; inOffset < data.Length; inOffset += stride)
        {
            var filter = data[inOffset];
            var n = Math.Min(rowBytes, data.Length - inOffset - 1);
            var source = data.AsSpan(inOffset + 1, n);
            var row = output.AsSpan(outOffset, n);
            UndoPngRow(filter, source, row, previous, bytesPerPixel);
            row.CopyTo(previous);
            outOffset += n;
        }

        return output;
    }

    private static void UndoPngRow(byte filter, ReadOnlySpan<byte> source, Span<byte> row, ReadOnlySpan<byte> above, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0;
            int up = above[i];
            int upLeft = i >= bpp ? above[i - bpp] : 0;
            var prediction = filter switch
            {
                1 => left,
                2 => up,
                3 => (left + up) >> 1,
                4 => Paeth(left, up, upLeft),

                // 0 is None; unknown types are read as None rather than dropping the image.
                _ => 0,
            };
            row[i] = (byte)(source[i] + prediction);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>TIFF predictor 2: each component is stored as its difference from the same component of the sample to its left.</summary>
    private static byte[] UndoTiff(byte[] data, int rowBytes, int colors, int bits, int columns)
    {
        var output = (byte[])data.Clone();
        for (var offset = 0; offset < output.Length; offset += rowBytes)
        {
            var row = output.AsSpan(offset, Math.Min(rowBytes, output.Length - offset));
            switch (bits)
            {
                case 8:
                    for (var i = colors; i < row.Length; i++)
                    {
                        row[i] += row[i - colors];
                    }

                    break;
                case 16:
                    for (var i = colors * 2; i + 1 < row.Length; i += 2)
                    {
                        var sum = ((row[i] << 8) | row[i + 1]) + ((row[i - (colors * 2)] << 8) | row[i - (colors * 2) + 1]);
                        row[i] = (byte)(sum >> 8);
                        row[i + 1] = (byte)sum;
                    }

                    break;
                default:
                    UndoTiffPacked(row, colors, bits, colors * columns);
                    break;
            }
        }

        return output;
    }

    /// <summary>TIFF predictor 2 on components of 1, 2 or 4 bits packed most significant bit first.</summary>
    private static void UndoTiffPacked(Span<byte> row, int colors, int bits, int componentsPerRow)
    {
        var mask = (1 << bits) - 1;
        var components = Math.Min(componentsPerRow, row.Length * 8 / bits);
        for (var i = colors; i < components; i++)
        {
            var value = (Read(row, i, bits) + Read(row, i - colors, bits)) & mask;
            Write(row, i, bits, value);
        }
    }

    private static int Read(Span<byte> row, int index, int bits)
    {
        var bit = index * bits;
        var shift = 8 - bits - (bit % 8);
        return (row[bit / 8] >> shift) & ((1 << bits) - 1);
    }

    private static void Write(Span<byte> row, int index, int bits, int value)
    {
        var bit = index * bits;
        var shift = 8 - bits - (bit % 8);
        var mask = ((1 << bits) - 1) << shift;
        row[bit / 8] = (byte)((row[bit / 8] & ~mask) | (value << shift));
    }
}

namespace Ingest.Pdf.Filters;

/// <summary>A growable byte buffer that refuses to hold more than a fixed number of bytes.</summary>
/// <remarks>
/// Bytes are kept in chunks so that growing never copies what is already written and a decode
/// stopped at the limit has allocated little more than the limit itself. The limit is checked
/// before each chunk is allocated, never after.
/// </remarks>
internal sealed class BoundedBuffer
{
    private const int MinChunk = 256;
    private const int MaxChunk = 1 << 20;

    private readonly List<byte[]> fullChunks = [];
    private readonly long limit;
    private readonly int objectNumber;
    private byte[] current;
    private int used;
    private long fullBytes;

    /// <summary>Initializes a new instance of the <see cref="BoundedBuffer"/> class.</summary>
    /// <param name="limit">The most bytes the buffer may hold; values above <see cref="Array.MaxLength"/> are lowered to it.</param>
    /// <param name="objectNumber">The object whose stream is decoded, for error messages.</param>
    /// <param name="sizeHint">The expected length, used to size the first chunk.</param>
    public BoundedBuffer(long limit, int objectNumber, int sizeHint = 4096)
    {
        this.limit = Math.Clamp(limit, 0, Array.MaxLength);
        this.objectNumber = objectNumber;
        var first = (int)Math.Min(Math.Clamp(sizeHint, MinChunk, MaxChunk), this.limit);
        current = first == 0 ? [] : new byte[first];
    }

    /// <summary>Gets the number of bytes written so far.</summary>
    public long Length => fullBytes + used;

    /// <summary>Gets the most bytes the buffer may hold.</summary>
    public long Limit => limit;

    /// <summary>Appends one byte.</summary>
    /// <exception cref="PdfLimitExceededException">The buffer already holds <see cref="Limit"/> bytes.</exception>
    public void Write(byte value)
    {
        if (used == current.Length)
        {
            Grow();
        }

        current[used++] = value;
    }

    /// <summary>Appends a run of bytes.</summary>
    /// <exception cref="PdfLimitExceededException">The bytes do not fit under <see cref="Limit"/>.</exception>
    public void Write(ReadOnlySpan<byte> data)
    {
        if (Length + data.Length > limit)
        {
            throw LimitExceeded();
        }

        while (!data.IsEmpty)
        {
            if (used == current.Length)
            {
                Grow();
            }

            var n = Math.Min(data.Length, current.Length - used);
            data[..n].CopyTo(current.AsSpan(used));
            used += n;
            data = data[n..];
        }
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    /// <exception cref="PdfLimitExceededException">The bytes do not fit under <see cref="Limit"/>.</exception>
    public void Fill(byte value, int count)
    {
        if (Length + count > limit)
        {
            throw LimitExceeded();
        }

        while (count > 0)
        {
            if (used == current.Length)
            {
                Grow();
            }

            var n = Math.Min(count, current.Length - used);
            current.AsSpan(used, n).Fill(value);
            used += n;
            count -= n;
        }
    }

    /// <summary>Returns the bytes written so far as one array.</summary>
    public byte[] ToArray()
    {
        if (fullChunks.Count == 0 && used == current.Length)
        {
            return current;
        }

        var result = new byte[Length];
        var offset = 0;
        foreach (var chunk in fullChunks)
        {
            chunk.CopyTo(result, offset);
            offset += chunk.Length;
        }

        current.AsSpan(0, used).CopyTo(result.AsSpan(offset));
        return result;
    }

    private void Grow()
    {
        var remaining = limit - Length;
        if (remaining <= 0)
        {
            throw LimitExceeded();
        }

        if (current.Length > 0)
        {
            fullChunks.Add(current);
            fullBytes += current.Length;
        }

        var size = (int)Math.Min(Math.Clamp(current.Length * 2L, MinChunk, MaxChunk), remaining);
        current = new byte[size];
        used = 0;
    }

    private PdfLimitExceededException LimitExceeded() =>
        new($"The stream of object {objectNumber} decodes to more than the per-stream limit of {limit} bytes.");
}

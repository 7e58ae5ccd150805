namespace Ingest.Pdf.Security;

/// <summary>The RC4 stream cipher (not provided by .NET); encryption and decryption are the same operation.</summary>
internal static class Rc4
{
    /// <summary>Encrypts or decrypts <paramref name="data"/> with <paramref name="key"/> (1 to 256 bytes).</summary>
    /// <exception cref="ArgumentException">The key is empty or longer than 256 bytes.</exception>
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        var output = data.ToArray();
        TransformInPlace(key, output);
        return output;
    }

    /// <summary>Encrypts or decrypts <paramref name="data"/> in place.</summary>
    /// <exception cref="ArgumentException">The key is empty or longer than 256 bytes.</exception>
    public static void TransformInPlace(ReadOnlySpan<byte> key, Span<byte> data)
    {
        if (key.IsEmpty || key.Length > 256)
        {
            throw new ArgumentException("An RC4 key has 1 to 256 bytes.", nameof(key));
        }

        Span<byte> s = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        var j = 0;
        for (var i = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var x = 0;
        var y = 0;
        for (var k = 0; k < data.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + s[x]) & 0xFF;
            (s[x], s[y]) = (s[y], s[x]);
            data[k] ^= s[(s[x] + s[y]) & 0xFF];
        }
    }
}

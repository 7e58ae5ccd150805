using System.Security.Cryptography;
using System.Text;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Security;

/// <summary>Password checks and file key derivation (ISO 32000-2, section 7.6.4.3 and 7.6.4.4).</summary>
internal sealed partial class StandardSecurityHandler
{
    /// <summary>The 32 bytes that pad passwords of revisions 2 to 4 (ISO 32000-2, 7.6.4.3.2, step a).</summary>
    private static readonly byte[] PasswordPadding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>Revisions 2 to 4: tries the user password, then the owner password; returns the file key or null.</summary>
    private static byte[]? OpenRc4Md5(PdfDictionary encrypt, int revision, int keyLength, uint permissions, byte[] firstFileId, bool encryptMetadata, string password, out bool owner)
    {
        var o = GetBytes(encrypt, "O", 32);
        var u = GetBytes(encrypt, "U", 32);
        var padded = PadPassword(Encoding.Latin1.GetBytes(password));

        var key = ComputeRc4FileKey(padded, o, permissions, firstFileId, revision, keyLength, encryptMetadata);
        if (IsUserKey(key, u, firstFileId, revision))
        {
            owner = false;
            return key;
        }

        // Algorithm 7: the owner password unlocks /O, which holds the padded user password.
        var ownerHash = MD5.HashData(padded);
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                ownerHash = MD5.HashData(ownerHash);
            }
        }

        var ownerKey = ownerHash[..(revision == 2 ? 5 : keyLength)];
        var userPassword = o[..32];
        if (revision == 2)
        {
            Rc4.TransformInPlace(ownerKey, userPassword);
        }
        else
        {
            var roundKey = new byte[ownerKey.Length];
            for (var round = 19; round >= 0; round--)
            {
                XorInto(ownerKey, (byte)round, roundKey);
                Rc4.TransformInPlace(roundKey, userPassword);
            }
        }

        key = ComputeRc4FileKey(userPassword, o, permissions, firstFileId, revision, keyLength, encryptMetadata);
        owner = true;
        return IsUserKey(key, u, firstFileId, revision) ? key : null;
    }

    /// <summary>Algorithm 2: the file key from a padded password.</summary>
    private static byte[] ComputeRc4FileKey(byte[] paddedPassword, byte[] o, uint permissions, byte[] firstFileId, int revision, int keyLength, bool encryptMetadata)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(paddedPassword);
        md5.AppendData(o, 0, 32);
        Span<byte> p = [(byte)permissions, (byte)(permissions >> 8), (byte)(permissions >> 16), (byte)(permissions >> 24)];
        md5.AppendData(p);
        md5.AppendData(firstFileId);
        if (revision >= 4 && !encryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        return hash[..keyLength];
    }

    /// <summary>Algorithms 4 and 5: recomputes /U from a candidate key and compares it with the stored one.</summary>
    private static bool IsUserKey(byte[] key, byte[] u, byte[] firstFileId, int revision)
    {
        if (revision == 2)
        {
            return Rc4.Transform(key, PasswordPadding).AsSpan().SequenceEqual(u.AsSpan(0, 32));
        }

        var buffer = new byte[PasswordPadding.Length + firstFileId.Length];
        PasswordPadding.CopyTo(buffer, 0);
        firstFileId.CopyTo(buffer, PasswordPadding.Length);
        var check = MD5.HashData(buffer);
        var roundKey = new byte[key.Length];
        for (var round = 0; round < 20; round++)
        {
            XorInto(key, (byte)round, roundKey);
            Rc4.TransformInPlace(roundKey, check);
        }

        // Only the first 16 bytes of /U are defined; the rest is arbitrary padding.
        return check.AsSpan().SequenceEqual(u.AsSpan(0, 16));
    }

    /// <summary>Revisions 5 and 6 (AES-256): tries the user password, then the owner password; returns the file key or null.</summary>
    private static byte[]? OpenAes256(PdfDictionary encrypt, int revision, string password, out bool owner)
    {
        var o = GetBytes(encrypt, "O", 48);
        var u = GetBytes(encrypt, "U", 48);

        // SASLprep (RFC 4013) is not applied: it changes only passwords with unusual Unicode characters.
        var utf8 = Encoding.UTF8.GetBytes(password);
        var pw = utf8.AsSpan(0, Math.Min(utf8.Length, 127));
        var userData = u.AsSpan(0, 48);

        // Algorithm 11: the user password; the validation salt is U[32..40], the key salt U[40..48].
        if (Hash(revision, pw, u.AsSpan(32, 8), []).AsSpan().SequenceEqual(u.AsSpan(0, 32)))
        {
            owner = false;
            return UnwrapFileKey(Hash(revision, pw, u.AsSpan(40, 8), []), GetBytes(encrypt, "UE", 32));
        }

        // Algorithm 12: the owner password, hashed together with the 48 bytes of /U.
        if (Hash(revision, pw, o.AsSpan(32, 8), userData).AsSpan().SequenceEqual(o.AsSpan(0, 32)))
        {
            owner = true;
            return UnwrapFileKey(Hash(revision, pw, o.AsSpan(40, 8), userData), GetBytes(encrypt, "OE", 32));
        }

        owner = false;
        return null;
    }

    /// <summary>The file key is stored AES-256 encrypted (CBC, zero IV, no padding) under the intermediate key.</summary>
    private static byte[] UnwrapFileKey(byte[] intermediateKey, byte[] wrapped)
    {
        using var aes = Aes.Create();
        aes.Key = intermediateKey;
        return aes.DecryptCbc(wrapped.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    /// <summary>The password hash: plain SHA-256 for revision 5, algorithm 2.B (ISO 32000-2, 7.6.4.3.4) for revision 6.</summary>
    private static byte[] Hash(int revision, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userData)
    {
        var input = new byte[password.Length + salt.Length + userData.Length];
        password.CopyTo(input);
        salt.CopyTo(input.AsSpan(password.Length));
        userData.CopyTo(input.AsSpan(password.Length + salt.Length));
        var k = SHA256.HashData(input);
        if (revision == 5)
        {
            return k;
        }

        using var aes = Aes.Create();
        byte[] e = [];
        for (var round = 0; round < 64 || e[^1] > round - 32; round++)
        {
            var unitLength = password.Length + k.Length + userData.Length;
            var k1 = new byte[unitLength * 64];
            password.CopyTo(k1);
            k.CopyTo(k1.AsSpan(password.Length));
            userData.CopyTo(k1.AsSpan(password.Length + k.Length));
            for (var copy = 1; copy < 64; copy++)
            {
                Buffer.BlockCopy(k1, 0, k1, copy * unitLength, unitLength);
            }

            aes.Key = k[..16];
            e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);

            // The first 16 bytes of E as a big-endian number, modulo 3: since 256 = 1 (mod 3), the byte sum will do.
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
        }

        return k[..32];
    }

    private static byte[] PadPassword(byte[] password)
    {
        var padded = new byte[32];
        var n = Math.Min(password.Length, 32);
        password.AsSpan(0, n).CopyTo(padded);
        PasswordPadding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }

    private static void XorInto(byte[] key, byte value, byte[] destination)
    {
        for (var i = 0; i < key.Length; i++)
        {
            destination[i] = (byte)(key[i] ^ value);
        }
    }

    private static byte[] GetBytes(PdfDictionary encrypt, string key, int minimumLength)
    {
        if (encrypt[key] is not PdfString s)
        {
            throw new PdfDamagedException($"The /Encrypt dictionary has no /{key} string: {encrypt}.");
        }

        if (s.Bytes.Length < minimumLength)
        {
            throw new PdfDamagedException($"The /{key} entry of the /Encrypt dictionary has {s.Bytes.Length} bytes; at least {minimumLength} are needed.");
        }

        return s.Bytes;
    }
}

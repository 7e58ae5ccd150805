using System.Globalization;
using System.Security.Cryptography;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Security;

/// <summary>
/// Decrypts the strings and streams of a document protected by the standard security handler
/// (ISO 32000-2, sections 7.6.3 to 7.6.5): RC4 40 to 128 bit (V 1, 2 and 4), AES-128 (V 4) and
/// AES-256 (V 5, revisions 5 and 6).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
internal sealed partial class StandardSecurityHandler
{
    private static readonly byte[] AesSalt = "sAlT"u8.ToArray();

    private readonly byte[] fileKey;

    private StandardSecurityHandler(byte[] fileKey, int version, int revision, CryptMethod streamMethod, CryptMethod stringMethod, bool encryptMetadata, bool openedWithOwnerPassword, string algorithm)
    {
        this.fileKey = fileKey;
        Version = version;
        Revision = revision;
        StreamMethod = streamMethod;
        StringMethod = stringMethod;
        EncryptMetadata = encryptMetadata;
        OpenedWithOwnerPassword = openedWithOwnerPassword;
        Algorithm = algorithm;
    }

    /// <summary>Gets the /V value of the /Encrypt dictionary (1, 2, 4 or 5).</summary>
    public int Version { get; }

    /// <summary>Gets the /R value (revision) of the /Encrypt dictionary (2 to 6).</summary>
    public int Revision { get; }

    /// <summary>Gets how streams are encrypted (the /StmF crypt filter).</summary>
    public CryptMethod StreamMethod { get; }

    /// <summary>Gets how strings are encrypted (the /StrF crypt filter).</summary>
    public CryptMethod StringMethod { get; }

    /// <summary>Gets a value indicating whether metadata streams are encrypted.</summary>
    /// <value>The /EncryptMetadata value; <see langword="true"/> when absent or before revision 4.</value>
    public bool EncryptMetadata { get; }

    /// <summary>Gets a value indicating whether the password opened the document as owner password rather than user password.</summary>
    public bool OpenedWithOwnerPassword { get; }

    /// <summary>Gets a short description of the algorithm, for messages: "RC4-40", "RC4-128", "AES-128", "AES-256" or "none".</summary>
    public string Algorithm { get; }

    /// <summary>Gets the length of the file encryption key in bytes.</summary>
    public int KeyLength => fileKey.Length;

    /// <summary>Opens the standard security handler of a document and checks the password.</summary>
    /// <param name="encrypt">The /Encrypt dictionary, with every indirect value (nested dictionaries too) already resolved.</param>
    /// <param name="firstFileId">The first element of the trailer's /ID array (empty when the file has none).</param>
    /// <param name="password">The password, tried as user password and then as owner password.</param>
    /// <returns>A handler holding the file encryption key.</returns>
    /// <exception cref="PdfUnsupportedException">The security handler is not /Standard, or its V, R or crypt filter method is unknown.</exception>
    /// <exception cref="PdfDamagedException">The /O, /U, /OE or /UE entries are missing or too short.</exception>
    /// <exception cref="PdfPasswordRequiredException">The password is neither the user password nor the owner password.</exception>
    public static StandardSecurityHandler Open(PdfDictionary encrypt, byte[] firstFileId, string password = "")
    {
        ArgumentNullException.ThrowIfNull(encrypt);
        ArgumentNullException.ThrowIfNull(firstFileId);
        ArgumentNullException.ThrowIfNull(password);

        // A missing /Filter is a producer slip; the entries that follow decide whether it is usable.
        var filter = (encrypt["Filter"] as PdfName)?.Value ?? "Standard";
        if (filter != "Standard")
        {
            throw new PdfUnsupportedException($"The document is encrypted with the security handler /{filter}; only the standard security handler (/Standard) is supported.");
        }

        var revision = GetInt(encrypt, "R", 0);
        var version = GetInt(encrypt, "V", 0);
        if (version == 0 && revision is 2 or 3)
        {
            // V 0 is "undocumented"; files that omit /V but carry R 2 or 3 are plain RC4 documents.
            version = revision == 2 ? 1 : 2;
        }

        var supported = version switch
        {
            1 or 2 => revision is 2 or 3 or 4,
            4 => revision is 4 or 3,
            5 => revision is 5 or 6,
            _ => false,
        };
        if (!supported)
        {
            throw new PdfUnsupportedException(string.Create(CultureInfo.InvariantCulture, $"The standard security handler with V {version} and R {revision} is not supported (supported: V 1, 2 and 4 with R 2 to 4, V 5 with R 5 and 6)."));
        }

        CryptMethod streamMethod;
        CryptMethod stringMethod;
        int keyLength;
        if (version < 4)
        {
            streamMethod = stringMethod = CryptMethod.Rc4;
            keyLength = version == 1 ? 5 : KeyBytesFromLength(encrypt["Length"], 5);
        }
        else
        {
            var filters = encrypt["CF"] as PdfDictionary;
            streamMethod = ReadCryptFilter(encrypt, filters, "StmF", out var streamLength);
            stringMethod = ReadCryptFilter(encrypt, filters, "StrF", out var stringLength);
            if (version == 5)
            {
                keyLength = 32;
            }
            else if (streamMethod == CryptMethod.AesV2 || stringMethod == CryptMethod.AesV2)
            {
                keyLength = 16;
            }
            else
            {
                // The /Length of the crypt filter is the key length for V 4 RC4; the top-level one, when present, wins.
                keyLength = KeyBytesFromLength(encrypt["Length"] ?? streamLength ?? stringLength, 16);
            }
        }

        var encryptMetadata = revision < 4 || encrypt["EncryptMetadata"] is not PdfBoolean { Value: false };
        var algorithm = Describe(streamMethod != CryptMethod.Identity ? streamMethod : stringMethod, keyLength);

        byte[]? key;
        bool owner;
        if (revision >= 5)
        {
            key = OpenAes256(encrypt, revision, password, out owner);
        }
        else
        {
            var p = (uint)unchecked((int)GetLong(encrypt, "P", 0));
            key = OpenRc4Md5(encrypt, revision, keyLength, p, firstFileId, encryptMetadata, password, out owner);
        }

        if (key is null)
        {
            var which = password.Length == 0 ? "the empty user password" : "the password supplied";
            throw new PdfPasswordRequiredException(string.Create(CultureInfo.InvariantCulture, $"The document is encrypted ({algorithm}, R{revision}) and needs a password; {which} did not open it."));
        }

        return new StandardSecurityHandler(key, version, revision, streamMethod, stringMethod, encryptMetadata, owner, algorithm);
    }

    /// <summary>Decrypts a string of the indirect object <paramref name="objectNumber"/>.</summary>
    /// <returns>The plain bytes; never throws on damaged data (returns what could be decrypted, or the input).</returns>
    public byte[] DecryptString(byte[] data, int objectNumber, int generation)
    {
        ArgumentNullException.ThrowIfNull(data);
        return StringMethod == CryptMethod.Identity ? data : Decrypt(StringMethod, data, objectNumber, generation);
    }

    /// <summary>Decrypts the raw data of a stream held by the indirect object <paramref name="objectNumber"/>.</summary>
    /// <returns>The plain (still encoded) bytes; never throws on damaged data (returns what could be decrypted, or the input).</returns>
    public byte[] DecryptStream(ReadOnlySpan<byte> data, int objectNumber, int generation) =>
        StreamMethod == CryptMethod.Identity ? data.ToArray() : Decrypt(StreamMethod, data, objectNumber, generation);

    /// <summary>Tells whether a stream with this dictionary is encrypted at all.</summary>
    /// <returns><see langword="false"/> for cross-reference streams, for metadata streams when /EncryptMetadata is false, and for streams whose own /Crypt filter is /Identity.</returns>
    public bool IsStreamEncrypted(PdfDictionary streamDictionary)
    {
        ArgumentNullException.ThrowIfNull(streamDictionary);
        if (StreamMethod == CryptMethod.Identity)
        {
            return false;
        }

        var type = (streamDictionary["Type"] as PdfName)?.Value;
        if (type == "XRef" || (type == "Metadata" && !EncryptMetadata))
        {
            return false;
        }

        // A /Crypt filter first in the chain overrides /StmF; only the /Identity form is honoured here.
        var firstFilter = streamDictionary["Filter"] switch
        {
            PdfName n => n,
            PdfArray { Count: > 0 } a => a[0] as PdfName,
            _ => null,
        };
        if (firstFilter?.Value == "Crypt")
        {
            var parms = streamDictionary["DecodeParms"] switch
            {
                PdfDictionary d => d,
                PdfArray { Count: > 0 } a => a[0] as PdfDictionary,
                _ => null,
            };
            var name = (parms?["Name"] as PdfName)?.Value ?? "Identity";
            return name != "Identity";
        }

        return true;
    }

    private byte[] Decrypt(CryptMethod method, ReadOnlySpan<byte> data, int objectNumber, int generation)
    {
        if (method == CryptMethod.AesV3)
        {
            return DecryptAesCbc(fileKey, data);
        }

        var key = ObjectKey(method == CryptMethod.AesV2, objectNumber, generation);
        return method == CryptMethod.AesV2 ? DecryptAesCbc(key, data) : Rc4.Transform(key, data);
    }

    /// <summary>Algorithm 1 of ISO 32000-2: the file key extended with the object and generation numbers.</summary>
    private byte[] ObjectKey(bool aes, int objectNumber, int generation)
    {
        Span<byte> input = stackalloc byte[fileKey.Length + 9];
        fileKey.CopyTo(input);
        var n = fileKey.Length;
        input[n] = (byte)objectNumber;
        input[n + 1] = (byte)(objectNumber >> 8);
        input[n + 2] = (byte)(objectNumber >> 16);
        input[n + 3] = (byte)generation;
        input[n + 4] = (byte)(generation >> 8);
        var length = n + 5;
        if (aes)
        {
            AesSalt.CopyTo(input[length..]);
            length += AesSalt.Length;
        }

        var hash = MD5.HashData(input[..length]);
        return hash[..Math.Min(n + 5, 16)];
    }

    /// <summary>AES-CBC with the IV in the first 16 bytes; lenient with short data, odd lengths and bad padding.</summary>
    private static byte[] DecryptAesCbc(byte[] key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 16)
        {
            // Too short to hold even the IV: most likely left unencrypted by the producer.
            return data.ToArray();
        }

        var body = data[16..];
        var usable = body.Length - (body.Length % 16);
        if (usable == 0)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(body[..usable], data[..16], PaddingMode.None);
        if (usable != body.Length)
        {
            // A truncated last block: its padding is not at the end, keep everything decrypted.
            return plain;
        }

        var pad = plain[^1];
        if (pad is < 1 or > 16 || pad > plain.Length)
        {
            return plain;
        }

        for (var i = plain.Length - pad; i < plain.Length; i++)
        {
            if (plain[i] != pad)
            {
                return plain;
            }
        }

        return plain[..^pad];
    }

    private static CryptMethod ReadCryptFilter(PdfDictionary encrypt, PdfDictionary? filters, string key, out PdfObject? length)
    {
        length = null;
        var name = (encrypt[key] as PdfName)?.Value ?? "Identity";
        if (name == "Identity")
        {
            return CryptMethod.Identity;
        }

        if (filters?[name] is not PdfDictionary filter)
        {
            throw new PdfUnsupportedException($"The /{key} crypt filter /{name} is not defined in the /CF dictionary of the /Encrypt dictionary.");
        }

        length = filter["Length"];
        var method = (filter["CFM"] as PdfName)?.Value ?? "None";
        return method switch
        {
            "None" => CryptMethod.Identity,
            "V2" => CryptMethod.Rc4,
            "AESV2" => CryptMethod.AesV2,
            "AESV3" => CryptMethod.AesV3,
            _ => throw new PdfUnsupportedException($"The crypt filter /{name} uses the method /CFM /{method}, which is not supported (supported: /V2, /AESV2, /AESV3, /None)."),
        };
    }

    /// <summary>Reads a /Length in bits (40 to 128); values below 40 were written in bytes by some producers.</summary>
    private static int KeyBytesFromLength(PdfObject? length, int defaultBytes)
    {
        if (length is not PdfNumber number)
        {
            return defaultBytes;
        }

        var value = number.IntValue;
        var bits = value < 40 ? value * 8 : value;
        return Math.Clamp(bits / 8, 5, 16);
    }

    private static string Describe(CryptMethod method, int keyLength) => method switch
    {
        CryptMethod.Rc4 => string.Create(CultureInfo.InvariantCulture, $"RC4-{keyLength * 8}"),
        CryptMethod.AesV2 => "AES-128",
        CryptMethod.AesV3 => "AES-256",
        _ => "none",
    };

    private static int GetInt(PdfDictionary dictionary, string key, int defaultValue) =>
        dictionary[key] is PdfNumber n ? n.IntValue : defaultValue;

    private static long GetLong(PdfDictionary dictionary, string key, long defaultValue) => dictionary[key] switch
    {
        PdfInteger i => i.Long,
        PdfNumber n => (long)n.Value,
        _ => defaultValue,
    };
}

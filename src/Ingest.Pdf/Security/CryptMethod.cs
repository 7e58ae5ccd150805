namespace Ingest.Pdf.Security;

/// <summary>How a crypt filter encrypts strings or streams (the /CFM values of ISO 32000-2, table 25).</summary>
internal enum CryptMethod
{
    /// <summary>No encryption (/Identity filter or /CFM /None).</summary>
    Identity,

    /// <summary>RC4 with a per-object key (/V2, and V 1/2 documents).</summary>
    Rc4,

    /// <summary>AES-128 in CBC mode with a per-object key (/AESV2).</summary>
    AesV2,

    /// <summary>AES-256 in CBC mode with the file key (/AESV3).</summary>
    AesV3,
}

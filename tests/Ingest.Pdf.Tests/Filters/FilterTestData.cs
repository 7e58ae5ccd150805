using System.IO.Compression;
using System.Text;
using Ingest.Pdf.Filters;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Tests.Filters;

/// <summary>Builds streams and encoded data for the filter tests.</summary>
internal static class FilterTestData
{
    public static PdfStream Stream(byte[] raw, params (string Key, PdfObject Value)[] entries) => Stream(raw, 7, entries);

    public static PdfStream Stream(byte[] raw, int objectNumber, params (string Key, PdfObject Value)[] entries)
    {
        var dictionary = new PdfDictionary();
        foreach (var (key, value) in entries)
        {
            dictionary.Entries[key] = value;
        }

        return new PdfStream(dictionary, raw) { ObjectNumber = objectNumber };
    }

    public static PdfName Name(string value) => PdfName.Get(value);

    public static PdfArray Array(params PdfObject[] items) => new([.. items]);

    public static PdfDictionary Dictionary(params (string Key, PdfObject Value)[] entries)
    {
        var dictionary = new PdfDictionary();
        foreach (var (key, value) in entries)
        {
            dictionary.Entries[key] = value;
        }

        return dictionary;
    }

    public static PdfInteger Int(long value) => new(value);

    public static byte[] Decode(PdfStream stream) => Decode(stream, out _);

    public static byte[] Decode(PdfStream stream, out bool stoppedAtImageFilter) =>
        StreamDecoder.Decode(stream, o => o, new DecodeBudget(PdfReadLimits.Default), out stoppedAtImageFilter);

    /// <summary>Text long enough to fill LZW tables and span many deflate blocks, yet compressible.</summary>
    public static byte[] SampleText(int length)
    {
        var words = new[] { "presupuesto", "meta", "avance", "ejecución", "programa", "total", "unidad", "2024", "0.00", "PIM" };
        var random = new Random(12345);
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            sb.Append(words[random.Next(words.Length)]).Append(random.Next(3) == 0 ? '\n' : ' ');
        }

        return Encoding.UTF8.GetBytes(sb.ToString(0, length));
    }

    /// <summary>Bytes with no structure, so predictors and LZW see every value.</summary>
    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Zlib(byte[] data)
    {
        using var target = new MemoryStream();
        using (var zlib = new ZLibStream(target, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return target.ToArray();
    }

    public static byte[] RawDeflate(byte[] data)
    {
        using var target = new MemoryStream();
        using (var deflate = new DeflateStream(target, CompressionLevel.Optimal))
        {
            deflate.Write(data);
        }

        return target.ToArray();
    }

    /// <summary>A plain ASCII85 encoder (no <c>z</c> shortcut) used to build filter chains.</summary>
    public static byte[] Ascii85(byte[] data)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < n ? data[i + k] : 0u);
            }

            var digits = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                digits[k] = (char)('!' + (value % 85));
                value /= 85;
            }

            sb.Append(digits, 0, n + 1);
            if (sb.Length % 80 < 5)
            {
                sb.Append('\n');
            }
        }

        return Encoding.ASCII.GetBytes(sb.Append("~>").ToString());
    }
}

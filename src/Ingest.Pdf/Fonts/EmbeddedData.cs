using System.Reflection;

namespace Ingest.Pdf.Fonts;

/// <summary>Reads the data files embedded from <c>src/Ingest.Pdf/Resources/</c> (see the README there).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Ingest.Pdf.Resources.";

    /// <summary>Gets the lines of an embedded text file that are neither empty nor <c>#</c> comments.</summary>
    /// <param name="fileName">The file name under <c>Resources/</c>, e.g. <c>glyphlist.txt</c>.</param>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error).</exception>
    public static IEnumerable<string> ReadDataLines(string fileName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The embedded resource '{Prefix}{fileName}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }
}

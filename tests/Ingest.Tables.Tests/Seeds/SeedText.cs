using System.Text.RegularExpressions;

namespace Ingest.Tables.Tests.Seeds;

/// <summary>
/// Reads the seed reports' text (<c>../shared/seeds/NNN_*.txt</c>): tables are runs of tab-separated lines, and
/// the extraction tool's markup (<c>&lt;b&gt;</c>, <c>**</c>, <c>$\geq 100\%$</c>) became formatting in the PDF.
/// </summary>
internal static partial class SeedText
{
    /// <summary>Gets the path of a seed's text, <c>seeds/NNN_*.txt</c> beside the corpus.</summary>
    public static string PathOf(string corpusRoot, string seed)
    {
        var folder = Path.GetFullPath(Path.Combine(corpusRoot, "..", "seeds"));
        var file = Directory.Exists(folder) ? Directory.GetFiles(folder, seed + "_*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        Assert.True(file is not null, $"The seed text {seed}_*.txt was not found in {folder}.");
        return file!;
    }

    /// <summary>Gets the tab-separated blocks: runs of consecutive lines holding a tab, each line split into cleaned fields.</summary>
    public static List<Block> Blocks(string path)
    {
        var blocks = new List<Block>();
        var lines = File.ReadAllLines(path);
        List<string[]>? rows = null;
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal))
            {
                if (rows is null)
                {
                    rows = [];
                    start = i + 1;
                }

                rows.Add(Row(lines[i].Split('\t').Select(Clean)));
                continue;
            }

            if (rows is not null)
            {
                blocks.Add(new Block(start, rows));
                rows = null;
            }
        }

        return blocks;
    }

    /// <summary>Gets a cell's text as compared: markup removed, white space (line breaks included) made single spaces.</summary>
    public static string Clean(string text)
    {
        var t = Tag().Replace(text, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal);
        t = t.Replace(@"\geq", "≥", StringComparison.Ordinal).Replace(@"\leq", "≤", StringComparison.Ordinal).Replace(@"\%", "%", StringComparison.Ordinal)
            .Replace("$", string.Empty, StringComparison.Ordinal);
        // Whether a space follows a hyphen depends on where the PDF's cell wrapped its line (Salud- / IPRESS), so
        // neither side keeps it.
        return HyphenSpace().Replace(Spaces().Replace(t, " "), "-").Trim();
    }

    /// <summary>Gets a row of cleaned fields without its trailing empty fields.</summary>
    public static string[] Row(IEnumerable<string> fields)
    {
        var list = fields.Select(Clean).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return [.. list];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"</?(?:b|i|u|strong|em)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenSpace();

    /// <summary>A run of tab-separated lines.</summary>
    /// <param name="Line">The 1-based line of the text where the block starts.</param>
    /// <param name="Rows">The rows, each a list of cleaned fields.</param>
    internal sealed record Block(int Line, List<string[]> Rows);
}

using System.Text;

namespace Ingest.Ceplan.Text;

/// <summary>Joins lines of running text into paragraphs.</summary>
/// <remarks>
/// A paragraph goes on while the next line follows closely below (a gap under about 0.8 of a line height), on the same page
/// or at the top of the next page after an unfinished sentence; a table row, a bigger gap, a list item, a code at the start
/// of a line after a finished sentence, or a change of font size ends it.
/// </remarks>
internal static class ParagraphBuilder
{
    /// <summary>Builds the paragraphs.</summary>
    /// <param name="lines">The content lines in reading order.</param>
    /// <returns>The paragraphs.</returns>
    public static IReadOnlyList<ReportParagraph> Build(IReadOnlyList<ReportLine> lines)
    {
        var paragraphs = new List<ReportParagraph>();
        var current = new List<ReportLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && !Continues(current[^1], line))
            {
                paragraphs.Add(Make(current));
                current = [];
            }

            current.Add(line);
            if (line.Tabular)
            {
                paragraphs.Add(Make(current));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(Make(current));
        }

        return paragraphs;
    }

    /// <summary>Joins lines' texts as one paragraph: a hyphen that split a word at a line end is removed, bold runs broken by
    /// the line end are joined.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The joined text.</returns>
    internal static string Join(IEnumerable<ReportLine> lines) => Join(lines, out _);

    /// <summary>Joins lines' texts as one paragraph and tells where each line starts in the result.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="starts">The offset in the result of each line's first character.</param>
    /// <returns>The joined text.</returns>
    internal static string Join(IEnumerable<ReportLine> lines, out IReadOnlyList<int> starts)
    {
        var builder = new StringBuilder();
        var offsets = new List<int>();
        starts = offsets;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (builder.Length > 0)
            {
                var splitWord = builder.Length >= 2 && builder[^1] == '-' && char.IsLetter(builder[^2]) && text.Length > 0 && char.IsLower(text[0]);
                if (splitWord)
                {
                    builder.Length--;
                }
                else if (builder.Length >= 2 && builder[^1] == '*' && builder[^2] == '*' && text.StartsWith("**", StringComparison.Ordinal))
                {
                    // "**Número de menores**" + "**atendidos**" is one bold name wrapped over two lines.
                    builder.Length -= 2;
                    builder.Append(' ');
                    text = text[2..];
                }
                else
                {
                    builder.Append(' ');
                }
            }

            offsets.Add(builder.Length);
            builder.Append(text);
        }

        return builder.ToString();
    }

    private static ReportParagraph Make(List<ReportLine> lines) => new(lines[0].Page, lines[0].Box, Join(lines), lines.ToArray());

    private static bool Continues(ReportLine previous, ReportLine next)
    {
        if (previous.Tabular || next.Tabular)
        {
            return false;
        }

        var height = Math.Max(previous.Box.Height, 4);
        if (next.Page != previous.Page)
        {
            // A sentence broken by a page break goes on at the top of the next page.
            return !EndsSentence(previous.Text) && next.Page == previous.Page + 1 && StartsLowercase(next.Text);
        }

        var gap = next.Box.Top - previous.Box.Bottom;
        if (gap < -height / 2 || gap > 0.8 * height)
        {
            return false;
        }

        if (previous.FontSize > 0 && next.FontSize > 0 && Math.Abs(previous.FontSize - next.FontSize) > 1.0)
        {
            return false;
        }

        if (StartsBullet(next.Text))
        {
            return false;
        }

        return !(StartsItem(next.Text) && EndsSentence(previous.Text));
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('*', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or ':' or ';' or '!' or '?';
    }

    private static bool StartsLowercase(string text)
    {
        var trimmed = text.TrimStart('*', ' ');
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    private static bool StartsBullet(string text)
    {
        var trimmed = text.TrimStart('*', ' ');
        return trimmed.Length > 0 && trimmed[0] is '-' or '•' or '●' or '▪' or '\uF0B7' or '\uF0A7' or '❖' or '✓' or '➢';
    }

    private static bool StartsItem(string text)
    {
        var trimmed = text.TrimStart('*', ' ');
        var i = 0;
        while (i < trimmed.Length && (char.IsDigit(trimmed[i]) || trimmed[i] == '.'))
        {
            i++;
        }

        // "1.", "2.1", "3)" and "a)" open list items and headings; plan codes open blocks.
        if (i > 0 && i < trimmed.Length && char.IsDigit(trimmed[0]) && ((trimmed[i] == ' ' && trimmed[..i].Contains('.', StringComparison.Ordinal)) || trimmed[i] == ')'))
        {
            return true;
        }

        return (trimmed.Length > 2 && char.IsLetter(trimmed[0]) && trimmed[1] == ')')
            || trimmed.StartsWith("OEI", StringComparison.Ordinal) || trimmed.StartsWith("AEI", StringComparison.Ordinal)
            || trimmed.StartsWith("OER", StringComparison.Ordinal) || trimmed.StartsWith("AER", StringComparison.Ordinal)
            || trimmed.StartsWith("IND.", StringComparison.Ordinal);
    }
}

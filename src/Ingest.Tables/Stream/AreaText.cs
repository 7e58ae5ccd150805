namespace Ingest.Tables.Stream;

/// <summary>Selects the words inside an area, cutting words that cross its left or right edge.</summary>
internal static class AreaText
{
    /// <summary>How far (points) a character may stick out of the area and still count as inside.</summary>
    private const double Slack = 0.1;

    /// <summary>
    /// Returns the horizontal words whose vertical centre lies in the area; a word crossing a side edge keeps only the
    /// characters that lie inside, placed as if all characters of the word were equally wide (a word carries no
    /// per-character positions). A caller's area that cuts a word thus cuts its text where the page does.
    /// </summary>
    public static List<Word> Select(IReadOnlyList<Word> words, PdfRect? area)
    {
        var selected = new List<Word>();
        foreach (var word in words)
        {
            if (word.Rotation != 0 || string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            if (area is not { } clip)
            {
                selected.Add(word);
                continue;
            }

            var box = word.Box;
            if (box.CenterY < clip.Top || box.CenterY > clip.Bottom || box.Right <= clip.Left || box.Left >= clip.Right)
            {
                continue;
            }

            if (box.Left >= clip.Left && box.Right <= clip.Right)
            {
                selected.Add(word);
                continue;
            }

            var width = box.Width / word.Text.Length;
            var first = 0;
            while (first < word.Text.Length && box.Left + (first * width) < clip.Left - Slack)
            {
                first++;
            }

            var last = word.Text.Length - 1;
            while (last >= first && box.Left + ((last + 1) * width) > clip.Right + Slack)
            {
                last--;
            }

            if (last >= first)
            {
                var text = word.Text[first..(last + 1)];
                selected.Add(word with { Text = text, Box = box with { Left = box.Left + (first * width), Right = box.Left + ((last + 1) * width) } });
            }
        }

        return selected;
    }
}

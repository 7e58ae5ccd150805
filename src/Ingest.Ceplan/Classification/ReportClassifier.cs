using System.Globalization;
using System.Text;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;
using Ingest.Ceplan.Profiles;
using Ingest.Ceplan.Text;

namespace Ingest.Ceplan.Classification;

/// <summary>Tells which kind of report a document is, from the recognition cues of the report profiles.</summary>
/// <remarks>
/// Each profile's matched cues add their weights; the kind with the highest score at or above its threshold wins, and a kind
/// whose required cue is missing is out. A document without a text layer on any page is <see cref="ReportKind.NoText"/>;
/// when no kind reaches its threshold it is <see cref="ReportKind.Other"/>. Ties go to the kind identifier that sorts first,
/// so the result does not depend on the order of the profiles.
/// </remarks>
public static class ReportClassifier
{
    /// <summary>Classifies a report.</summary>
    /// <param name="text">The report's content text.</param>
    /// <param name="profiles">The profiles (usually <see cref="ProfileSet.LoadEmbedded"/>).</param>
    /// <returns>The kind, a confidence from 0 to 1, and the cues that decided it.</returns>
    public static Model.Classification Classify(ReportText text, IReadOnlyList<ReportProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(profiles);
        if (text.HasNoTextLayer)
        {
            var cue = text.PageCount > 0
                ? string.Create(CultureInfo.InvariantCulture, $"no text layer on any of {text.PageCount} pages ({text.ScannedPages} drawn as images)")
                : "no text";
            return new Model.Classification(ReportKind.NoText, 1.0, [cue]);
        }

        var document = new CueText(text);
        var scores = new List<ProfileScore>();
        foreach (var profile in profiles.OrderBy(p => p.Kind, StringComparer.Ordinal))
        {
            scores.Add(Score(profile, document));
        }

        var eligible = scores.Where(s => s.Eligible && s.Score >= s.Profile.Recognise.Threshold)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Profile.Kind, StringComparer.Ordinal).ToList();
        if (eligible.Count == 0)
        {
            var best = scores.Where(s => s.Eligible).OrderByDescending(s => s.Score).ThenBy(s => s.Profile.Kind, StringComparer.Ordinal).FirstOrDefault();
            var cues = new List<string> { "no report kind reached its threshold" };
            var confidence = 1.0;
            if (best is not null && best.Score > 0)
            {
                cues.Add(string.Create(CultureInfo.InvariantCulture, $"closest: {best.Profile.Kind} scored {best.Score:0.##} of {best.Profile.Recognise.Threshold:0.##}"));
                cues.AddRange(best.Matched);
                confidence = 1.0 - (0.5 * best.Score / best.Profile.Recognise.Threshold);
            }

            return new Model.Classification(ReportKind.Other, Round(confidence), cues);
        }

        var winner = eligible[0];
        var runnerUp = scores.Where(s => !ReferenceEquals(s, winner) && s.Eligible).Select(s => s.Score).DefaultIfEmpty(0).Max();
        var margin = (winner.Score - Math.Max(0, runnerUp)) / winner.Score;
        var strength = Math.Min(1.0, winner.Score / (2 * winner.Profile.Recognise.Threshold));
        var winnerCues = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{winner.Profile.Kind} scored {winner.Score:0.##} (threshold {winner.Profile.Recognise.Threshold:0.##}, next best {Math.Max(0, runnerUp):0.##})"),
        };
        winnerCues.AddRange(winner.Matched);
        return new Model.Classification(winner.Profile.ReportKind, Round((0.5 * margin) + (0.5 * strength)), winnerCues);
    }

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0, 1), 2, MidpointRounding.AwayFromZero);

    private static ProfileScore Score(ReportProfile profile, CueText document)
    {
        var score = 0.0;
        var eligible = true;
        var matched = new List<string>();
        foreach (var cue in profile.Recognise.Cues)
        {
            var count = Count(cue, document);
            if (count >= cue.MinCount)
            {
                score += cue.Weight;
                matched.Add(string.Create(CultureInfo.InvariantCulture, $"{cue.Name} ({(cue.Weight >= 0 ? "+" : string.Empty)}{cue.Weight:0.##}, x{count})"));
            }
            else if (cue.Required)
            {
                eligible = false;
            }
        }

        return new ProfileScore(profile, score, eligible, matched);
    }

    private static int Count(RecognitionCue cue, CueText document)
    {
        if (cue.Regex is { } regex)
        {
            var lines = cue.Scope == CueScope.Start ? document.FoldedLines.Take(RecognitionCue.StartLines) : document.FoldedLines;
            return lines.Count(line => regex.IsMatch(line));
        }

        var text = cue.Scope == CueScope.Start ? document.SquashedStart : document.Squashed;
        return CountPhrase(text, cue.Phrase!, cue.MaxGap);
    }

    /// <summary>Counts the non-overlapping occurrences of a phrase whose pieces (separated by <c>...</c>) follow each other within a gap.</summary>
    /// <param name="squashed">The squashed text.</param>
    /// <param name="phrase">The phrase as written in the profile.</param>
    /// <param name="maxGap">The largest gap between pieces.</param>
    /// <returns>The count.</returns>
    internal static int CountPhrase(string squashed, string phrase, int maxGap)
    {
        var pieces = phrase.Split("...", StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Squash).Where(p => p.Length > 0).ToArray();
        if (pieces.Length == 0)
        {
            return 0;
        }

        var count = 0;
        var from = 0;
        while (from < squashed.Length)
        {
            var start = squashed.IndexOf(pieces[0], from, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = start + pieces[0].Length;
            var ok = true;
            for (var i = 1; i < pieces.Length && ok; i++)
            {
                var next = squashed.IndexOf(pieces[i], end, StringComparison.Ordinal);
                ok = next >= 0 && next - end <= maxGap;
                end = ok ? next + pieces[i].Length : end;
            }

            if (ok)
            {
                count++;
                from = end;
            }
            else
            {
                from = start + 1;
            }
        }

        return count;
    }

    private sealed record ProfileScore(ReportProfile Profile, double Score, bool Eligible, List<string> Matched);

    /// <summary>The forms of the text the cues are matched against, computed once per document.</summary>
    private sealed class CueText
    {
        public CueText(ReportText text)
        {
            FoldedLines = text.Lines.Select(l => TextFold.Fold(l.Text.Replace("**", string.Empty, StringComparison.Ordinal))).ToArray();
            var all = new StringBuilder();
            var start = new StringBuilder();
            for (var i = 0; i < text.Lines.Count; i++)
            {
                var squashed = TextFold.Squash(text.Lines[i].Text);
                all.Append(squashed);
                if (i < RecognitionCue.StartLines)
                {
                    start.Append(squashed);
                }
            }

            Squashed = all.ToString();
            SquashedStart = start.ToString();
        }

        public IReadOnlyList<string> FoldedLines { get; }

        public string Squashed { get; }

        public string SquashedStart { get; }
    }
}

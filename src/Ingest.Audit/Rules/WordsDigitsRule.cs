using Ingest.Audit.Recompute;

namespace Ingest.Audit.Rules;

/// <summary><c>words-digits</c>: a number written in words differs from its digits ("treinta y dos (34)").</summary>
internal sealed class WordsDigitsRule : IAuditRule
{
    public string Id => RuleIds.WordsDigits;

    public void Check(AuditContext context)
    {
        foreach (var claim in context.Report.Claims)
        {
            foreach (var number in claim.Numbers.Where(n => n.Words is not null && n.Value.HasValue))
            {
                decimal? words = number.WordsValue ?? (SpanishNumberWords.TryParse(number.Words, out var parsed) ? parsed : null);
                if (words is not { } value || value == number.Value.Value)
                {
                    continue;
                }

                context.Add(new FindingDraft(
                    Id, Severity.Error, claim.Source, claim.SubjectCode, claim.Period?.ToString(), number.Value.ToString(), Invariant.Format(value, 0), null,
                    "El número está escrito \"" + number.Words + "\" (" + Invariant.Format(value, 0) + ") en letras, pero " + number.Value + " en cifras.",
                    "El texto escribe \"" + number.Words + "\" en letras pero " + number.Value + " en cifras."));
            }
        }
    }
}

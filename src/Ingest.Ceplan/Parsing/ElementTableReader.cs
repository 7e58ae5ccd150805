using System.Globalization;
using Ingest.Ceplan.Model;
using Ingest.Ceplan.Normalisation;

namespace Ingest.Ceplan.Parsing;

/// <summary>Reads lists of objectives and actions (code, description) and of indicator names per objective / action.</summary>
/// <remarks>
/// Indicators listed by name only (no IND code printed) get the code their position implies (<c>IND.02.AEI.01.02</c>
/// for the second under <c>AEI.01.02</c>), and a problem says so.
/// </remarks>
internal static class ElementTableReader
{
    public static void Read(LogicalTable table, IReadOnlyList<MappedColumn> columns, ParseContext context)
    {
        var codeColumn = columns.FirstOrDefault(c => c.Field == "code")?.Index ?? 0;
        var nameColumn = columns.FirstOrDefault(c => c.Field == "name")?.Index;
        var indicatorColumn = columns.FirstOrDefault(c => c.Field == "indicatorName")?.Index;
        string? parent = null;
        var perParent = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var codeText = ParseContext.OneLine(row.TextAt(codeColumn));
            if (CeplanCode.TryRead(codeText, out var code) && codeText.StartsWith(code.Raw, StringComparison.Ordinal) && !code.IsIndicator)
            {
                var source = ParseContext.Source(table, r, codeColumn);
                var (name, priority) = IndicatorTableReader.SplitPriority(nameColumn is { } n ? ParseContext.OneLine(row.TextAt(n)) : string.Empty);
                if (code.IsAction)
                {
                    context.AddAction(new StrategicAction(code.Code, code.ParentCode ?? string.Empty, name, priority, [], source));
                }
                else
                {
                    context.AddObjective(new Objective(code.Code, name, priority, [], source));
                }

                parent = code.Code;
            }
            else if (codeText.Length > 0)
            {
                context.Problems.Add($"{table.Id} row {r}: \"{codeText}\" is not a plan code; row not read");
                continue;
            }

            if (indicatorColumn is not { } i || parent is null)
            {
                continue;
            }

            var indicatorName = ParseContext.OneLine(row.TextAt(i));
            if (indicatorName.Length == 0)
            {
                continue;
            }

            var number = perParent.GetValueOrDefault(parent) + 1;
            perParent[parent] = number;
            var derived = string.Create(CultureInfo.InvariantCulture, $"IND.{number:00}.{parent}");
            context.Problems.Add($"{table.Id} row {r}: indicator \"{indicatorName}\" has no printed code; coded {derived} by its order under {parent}");
            var missing = ReportValue.MissingValue(MissingReason.Blank, ParseContext.Source(table, r, i));
            context.Indicators.Add(new Indicator(
                derived, indicatorName, parent, null, null, Relevance.Unknown, Sentido.Unknown, false, Aggregation.Unknown,
                IndicatorUnits.Infer(indicatorName), null, missing, [], ParseContext.Source(table, r, i)));
        }
    }
}

using System.Text;
using System.Text.Json;
using Ingest.Ceplan.Model;

namespace Ingest.Ceplan.Tests.Golden;

/// <summary>Writes the parts of a report that golden files pin down, deterministically (sorted by code where order is not the point).</summary>
internal static class GoldenJson
{
    public static string Write(CeplanReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("document");
            w.WriteString("kind", report.Document.Classification.Kind.Id());
            w.WriteString("entity", report.Document.Entity is { } e ? $"{e.Code} {e.Name}" : null);
            w.WriteString("plan", report.Document.Plan?.Text);
            w.WriteString("evaluated", report.Document.EvaluatedPeriod?.ToString());
            w.WriteEndObject();
            w.WriteStartObject("counts");
            w.WriteNumber("objectives", report.Objectives.Count);
            w.WriteNumber("actions", report.Actions.Count);
            w.WriteNumber("indicators", report.Indicators.Count);
            w.WriteNumber("figureTables", report.FigureTables.Count);
            w.WriteNumber("summaries", report.Summaries.Count);
            w.WriteEndObject();

            w.WriteStartArray("objectives");
            foreach (var o in report.Objectives.OrderBy(o => o.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("code", o.Code);
                w.WriteString("name", o.Name);
                WriteProgress(w, o.StatedProgress);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("actions");
            foreach (var a in report.Actions.OrderBy(a => a.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("code", a.Code);
                w.WriteString("name", a.Name);
                if (a.Priority is { } p)
                {
                    w.WriteNumber("priority", p);
                }

                WriteProgress(w, a.StatedProgress);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("indicators");
            foreach (var i in report.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Source.Page))
            {
                w.WriteStartObject();
                w.WriteString("code", i.Code);
                w.WriteString("name", i.Name);
                w.WriteString("parent", i.ParentCode);
                w.WriteString("relevance", i.Relevance.ToString());
                w.WriteString("sentido", i.Sentido.ToString() + (i.SentidoInferred ? " (inferred)" : string.Empty));
                w.WriteString("aggregation", i.Aggregation.ToString());
                if (i.BaselineYear is { } y)
                {
                    w.WriteNumber("baselineYear", y);
                }

                w.WriteString("baseline", Value(i.BaselineValue));
                foreach (var measure in new[] { Measure.Expected, Measure.Obtained, Measure.StatedProgress })
                {
                    var list = i.Observations.Where(o => o.Measure == measure).ToList();
                    if (list.Count == 0)
                    {
                        continue;
                    }

                    w.WriteStartObject(measure.ToString());
                    foreach (var o in list)
                    {
                        w.WriteString(o.Period.ToString(), Value(o.Value));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("summaries");
            foreach (var s in report.Summaries)
            {
                w.WriteStartObject();
                w.WriteString("subject", s.Subject.ToString());
                w.WriteString("period", s.Period?.ToString());
                w.WriteString("bins", string.Join(" | ", s.Bins));
                w.WriteStartArray("rows");
                foreach (var r in s.Rows)
                {
                    w.WriteStringValue($"{r.Label} [{r.Role}]: {string.Join(" ", r.Counts.Select(Value))} ND={(r.NotAvailable is null ? "-" : Value(r.NotAvailable))} total={(r.Total is null ? "-" : Value(r.Total))}");
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("figureTables");
            foreach (var f in report.FigureTables)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind.ToString());
                w.WriteString("subject", f.SubjectCode);
                w.WriteString("label", f.StatedLabel);
                w.WriteString("columns", string.Join(" | ", f.Columns.Select(c => $"{c.Role}{(c.Period is { } p ? "@" + p : string.Empty)}")));
                w.WriteStartArray("rows");
                foreach (var r in f.Rows)
                {
                    w.WriteStringValue($"{r.Code ?? "-"} {r.Label} [{r.Role}]: {string.Join(" ", r.Values.Where(v => v is not null).Select(v => Value(v!)))}");
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("statedFigures");
            foreach (var s in report.StatedFigures)
            {
                w.WriteStringValue($"{s.Kind} {s.Scope} {s.Period}: {Value(s.Value)}");
            }

            w.WriteEndArray();
            w.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                w.WriteStringValue(problem);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteProgress(Utf8JsonWriter w, IReadOnlyList<PeriodValue> progress)
    {
        if (progress.Count == 0)
        {
            return;
        }

        w.WriteStartArray("progress");
        foreach (var p in progress)
        {
            w.WriteStringValue($"{p.Period?.ToString() ?? "?"}: {Value(p.Value)}");
        }

        w.WriteEndArray();
    }

    private static string Value(ReportValue v) => v.Missing switch
    {
        MissingReason.None => v.ToString() + (v.Unit == ValueUnit.Percent ? "%" : string.Empty),
        MissingReason.NotAvailable => "ND",
        MissingReason.Dash => "-",
        MissingReason.Blank => "",
        _ => "?" + v.Source.Raw.Replace('\n', ' '),
    };
}

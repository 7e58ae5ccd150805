using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Pdf;

namespace Ingest.Storage;

/// <summary>The JSON form of a report and its audit: the per-document export and the model kept in the database.</summary>
/// <remarks>
/// Deterministic: properties in declaration order, invariant numbers, enums as kebab-case names, periods as their keys
/// (<c>2024-S1</c>), boxes as <c>[left, top, right, bottom]</c> arrays in points.
/// </remarks>
public static class ReportJson
{
    /// <summary>Gets the serializer options (indented, camelCase).</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>Gets the serializer options without indentation, for storage.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Writes a report and its audit.</summary>
    /// <param name="report">The report.</param>
    /// <param name="audit">The audit.</param>
    /// <param name="options">The options; <see cref="Options"/> when omitted.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CeplanReport report, AuditResult audit, JsonSerializerOptions? options = null)
        => JsonSerializer.Serialize(new ReportAndAudit(report, audit), options ?? Options);

    /// <summary>Reads a report and its audit written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report and audit.</returns>
    /// <exception cref="JsonException">The text is not such a document.</exception>
    public static (CeplanReport Report, AuditResult Audit) Deserialize(string json)
    {
        var value = JsonSerializer.Deserialize<ReportAndAudit>(json, Options) ?? throw new JsonException("The JSON document is null.");
        return (value.Report, value.Audit);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new RectConverter());
        options.Converters.Add(new PeriodConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record ReportAndAudit(CeplanReport Report, AuditResult Audit);

    private sealed class RectConverter : JsonConverter<PdfRect>
    {
        public override PdfRect Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Span<double> v = stackalloc double[4];
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A box must be an array [left, top, right, bottom].");
            }

            for (var i = 0; i < 4; i++)
            {
                reader.Read();
                v[i] = reader.GetDouble();
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("A box has exactly four numbers.");
            }

            return new PdfRect(v[0], v[1], v[2], v[3]);
        }

        public override void Write(Utf8JsonWriter writer, PdfRect value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Math.Round(value.Left, 3));
            writer.WriteNumberValue(Math.Round(value.Top, 3));
            writer.WriteNumberValue(Math.Round(value.Right, 3));
            writer.WriteNumberValue(Math.Round(value.Bottom, 3));
            writer.WriteEndArray();
        }
    }

    private sealed class PeriodConverter : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => Period.TryParse(reader.GetString(), out var period) ? period : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Not a period key: '{reader.GetString()}'."));

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ingest.Storage;

/// <summary>The kebab-case identifiers of the model's enums as they appear in the database and the exports (the same as in the JSON).</summary>
public static class ModelIds
{
    /// <summary>Gets the identifier of an enum value: its name in kebab case (<c>MuyRelevante</c> → <c>muy-relevante</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The identifier.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Gets the numbers of a claim as <c>role=value</c> pairs joined with <c>;</c> (<c>progress=58.13;count=4</c>).</summary>
    /// <param name="numbers">The numbers.</param>
    /// <returns>The text.</returns>
    public static string Numbers(IEnumerable<ClaimNumber> numbers)
    {
        var text = new StringBuilder();
        foreach (var n in numbers)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(Of(n.Role)).Append('=').Append(n.Value.ToString());
            if (n.WordsValue is { } w)
            {
                text.Append(CultureInfo.InvariantCulture, $"(words {w})");
            }
        }

        return text.ToString();
    }
}

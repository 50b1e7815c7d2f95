using System.Text.Json;

namespace Mnemo;

/// <summary>
/// A filter on memory fields and metadata, in Mem0's operator syntax. Build one with <see cref="Parse(string)"/> or
/// by composing <see cref="FieldFilter"/>, <see cref="AndFilter"/>, <see cref="OrFilter"/> and <see cref="NotFilter"/>.
/// </summary>
/// <remarks>
/// Syntax: <c>{"category": "work"}</c>, <c>{"created_at": {"gte": "2024-07-01", "lt": "2024-08-01"}}</c>,
/// <c>{"AND": [..]}</c>, <c>{"OR": [..]}</c>, <c>{"NOT": {..}}</c>, <c>{"run_id": "*"}</c>. Keys that are not memory
/// fields (see <see cref="MemoryFields"/>) are metadata keys; <c>{"metadata": {"k": v}}</c> and <c>"metadata.k"</c>
/// name metadata explicitly. Several keys in one object must all hold.
/// </remarks>
public abstract record MemoryFilter
{
    /// <summary>
    /// The most conditions (field comparisons, AND, OR and NOT nodes together) one filter may hold: 256. A wider
    /// filter is rejected with <see cref="InvalidFilterException"/>, so no store meets an expression it cannot evaluate.
    /// </summary>
    public const int MaxConditions = 256;

    /// <summary>The most values all the <c>in</c>/<c>nin</c> lists of one filter may hold together: 1,000.</summary>
    public const int MaxListValues = 1000;

    /// <summary>The deepest nesting of AND, OR and NOT one filter may have: 32.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses a filter from JSON text.</summary>
    /// <exception cref="InvalidFilterException">The text is not JSON or not a valid filter.</exception>
    public static MemoryFilter Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidFilterException(string.Empty, $"not valid JSON ({ex.Message}).");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>Parses a filter from a JSON element (an object).</summary>
    /// <exception cref="InvalidFilterException">
    /// The element is not a valid filter, or it is wider or deeper than <see cref="MaxConditions"/>,
    /// <see cref="MaxListValues"/> or <see cref="MaxDepth"/> allow.
    /// </exception>
    public static MemoryFilter Parse(JsonElement json) => MemoryFilterParser.Parse(json);
}

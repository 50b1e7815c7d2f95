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
    /// <exception cref="InvalidFilterException">The element is not a valid filter.</exception>
    public static MemoryFilter Parse(JsonElement json) => MemoryFilterParser.ParseObject(json, string.Empty);
}

using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Mem0's paginated list: <c>{"count","next","previous","results"}</c>.</summary>
internal sealed record PageDto<T>(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("results")] IReadOnlyList<T> Results);

using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>Mem0's envelope for searches and listings: <c>{"results": [memory, ...]}</c>.</summary>
/// <param name="Results">The memories, best (search) or listing order first.</param>
public sealed record MemoryResultsDto([property: JsonPropertyName("results")] IReadOnlyList<MemoryDto> Results);

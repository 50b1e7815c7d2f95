using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Mem0's answer to an add: <c>{"results": [{"id", "memory", "event"}, ...]}</c>.</summary>
/// <param name="Results">One event per memory touched.</param>
public sealed record AddResponseDto([property: JsonPropertyName("results")] IReadOnlyList<MemoryEventDto> Results);

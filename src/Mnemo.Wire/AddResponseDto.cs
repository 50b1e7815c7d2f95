using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>
/// Mem0's answer to an add: <c>{"results": [{"id", "memory", "event"}, ...]}</c>, plus Mnemo's <c>skipped</c> and
/// <c>warnings</c> when there is something to say (Mem0 clients ignore them).
/// </summary>
/// <param name="Results">One event per memory touched.</param>
public sealed record AddResponseDto([property: JsonPropertyName("results")] IReadOnlyList<MemoryEventDto> Results)
{
    /// <summary>Messages skipped and why; absent when none was.</summary>
    [JsonPropertyName("skipped")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SkippedMessageDto>? Skipped { get; init; }

    /// <summary>What the add could not do, e.g. "retraction matched nothing: ..."; absent when empty.</summary>
    [JsonPropertyName("warnings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }
}

using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>One event of a queued add's stored result (see <see cref="QueuedAddResult"/>); absent fields are not written.</summary>
internal sealed record QueuedEvent
{
    [JsonPropertyName("id")]
    public required Guid Id { get; init; }

    [JsonPropertyName("memory")]
    public required string Memory { get; init; }

    /// <summary>The event in capitals, as Mem0 names it: <c>ADD</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>NONE</c>, <c>SUPERSEDE</c>.</summary>
    [JsonPropertyName("event")]
    public required string Event { get; init; }

    [JsonPropertyName("previous_memory")]
    public string? PreviousMemory { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    public static QueuedEvent From(MemoryEventResult result) => new()
    {
        Id = result.Id,
        Memory = result.Memory,
        // Mem0's names are the enum's names in capitals (MemoryEventType's members are one word each).
        Event = result.Event.ToString().ToUpperInvariant(),
        PreviousMemory = result.PreviousMemory,
        Note = result.Note,
    };
}

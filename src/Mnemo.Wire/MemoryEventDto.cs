using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>One event of an add, as Mem0 reports it: <c>{"id", "memory", "event", "previous_memory"}</c>.</summary>
public sealed record MemoryEventDto
{
    /// <summary>The memory concerned.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Its text after the event.</summary>
    [JsonPropertyName("memory")]
    public required string Memory { get; init; }

    /// <summary><c>ADD</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>NONE</c> or <c>SUPERSEDE</c>.</summary>
    [JsonPropertyName("event")]
    public required string Event { get; init; }

    /// <summary>Its text before the event, for updates, supersessions and deletes.</summary>
    [JsonPropertyName("previous_memory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PreviousMemory { get; init; }

    /// <summary>Why, when formation has more to say: "kept as procedural memory", "superseded by &lt;id&gt;", ...</summary>
    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}

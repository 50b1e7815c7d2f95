using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>One user, agent, app or run of the project, as Mem0's <c>/v1/entities/</c> lists it.</summary>
internal sealed record EntityDto
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("total_memories")]
    public int TotalMemories { get; init; }

    [JsonPropertyName("owner")]
    public required string Owner { get; init; }

    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; init; }
}

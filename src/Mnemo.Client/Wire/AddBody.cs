using System.Text.Json;
using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary><c>POST /mnemo/v1/memories/add/</c>.</summary>
internal sealed record AddBody : ScopeDto
{
    [JsonPropertyName("messages")]
    public required IReadOnlyList<MessageDto> Messages { get; init; }

    [JsonPropertyName("actor_id")]
    public string? ActorId { get; init; }

    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; init; }

    [JsonPropertyName("infer")]
    public bool Infer { get; init; }

    [JsonPropertyName("observed_at")]
    public DateTimeOffset? ObservedAt { get; init; }

    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonPropertyName("immutable")]
    public bool Immutable { get; init; }

    [JsonPropertyName("custom_instructions")]
    public string? CustomInstructions { get; init; }

    [JsonPropertyName("include_topics")]
    public IReadOnlyList<string>? IncludeTopics { get; init; }

    [JsonPropertyName("exclude_topics")]
    public IReadOnlyList<string>? ExcludeTopics { get; init; }

    [JsonPropertyName("memory_type")]
    public required string MemoryType { get; init; }
}

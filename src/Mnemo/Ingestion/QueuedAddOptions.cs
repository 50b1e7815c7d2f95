using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>The <see cref="AddOptions"/> of a queued add, as stored (a wire type, so AddOptions can evolve).</summary>
internal sealed record QueuedAddOptions
{
    [JsonPropertyName("project_id")]
    public string? ProjectId { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; init; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; init; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    [JsonPropertyName("infer")]
    public bool Infer { get; init; } = true;

    [JsonPropertyName("actor_id")]
    public string? ActorId { get; init; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }

    [JsonPropertyName("categories")]
    public List<string>? Categories { get; init; }

    [JsonPropertyName("observed_at")]
    public DateTimeOffset? ObservedAt { get; init; }

    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonPropertyName("immutable")]
    public bool Immutable { get; init; }

    [JsonPropertyName("custom_instructions")]
    public string? CustomInstructions { get; init; }

    [JsonPropertyName("includes")]
    public List<string>? IncludeTopics { get; init; }

    [JsonPropertyName("excludes")]
    public List<string>? ExcludeTopics { get; init; }

    [JsonPropertyName("memory_type")]
    public string? MemoryType { get; init; }
}

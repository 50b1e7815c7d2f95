using System.Text.Json;
using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo;

/// <summary><c>POST /mnemo/v1/memories/add/</c>: every field of <see cref="AddOptions"/>, always synchronous.</summary>
internal sealed class NativeAddRequest : NativeScopeRequest
{
    [JsonPropertyName("messages")]
    public List<MessageDto>? Messages { get; set; }

    [JsonPropertyName("actor_id")]
    public string? ActorId { get; set; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    [JsonPropertyName("categories")]
    public List<string>? Categories { get; set; }

    [JsonPropertyName("infer")]
    public bool? Infer { get; set; }

    [JsonPropertyName("observed_at")]
    public DateTimeOffset? ObservedAt { get; set; }

    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    [JsonPropertyName("immutable")]
    public bool? Immutable { get; set; }

    [JsonPropertyName("custom_instructions")]
    public string? CustomInstructions { get; set; }

    [JsonPropertyName("include_topics")]
    public List<string>? IncludeTopics { get; set; }

    [JsonPropertyName("exclude_topics")]
    public List<string>? ExcludeTopics { get; set; }

    /// <summary><c>semantic</c> (default) or <c>procedural</c>.</summary>
    [JsonPropertyName("memory_type")]
    public string? MemoryType { get; set; }
}

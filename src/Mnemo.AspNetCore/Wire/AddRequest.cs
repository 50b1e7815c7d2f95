using System.Text.Json;
using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>
/// An add as Mem0's clients send it (platform v1/v3 and open-source server). Fields Mnemo does not use are accepted
/// and ignored (see docs/api.md); unknown fields are ignored too.
/// </summary>
internal sealed class AddRequest
{
    [JsonPropertyName("messages")]
    public List<MessageDto>? Messages { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    [JsonPropertyName("actor_id")]
    public string? ActorId { get; set; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    [JsonPropertyName("infer")]
    public bool? Infer { get; set; }

    [JsonPropertyName("async_mode")]
    public bool? AsyncMode { get; set; }

    /// <summary>Unix seconds: when the conversation happened.</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }

    [JsonPropertyName("expiration_date")]
    public string? ExpirationDate { get; set; }

    [JsonPropertyName("custom_instructions")]
    public string? CustomInstructions { get; set; }

    [JsonPropertyName("includes")]
    public string? Includes { get; set; }

    [JsonPropertyName("excludes")]
    public string? Excludes { get; set; }

    [JsonPropertyName("immutable")]
    public bool? Immutable { get; set; }
}

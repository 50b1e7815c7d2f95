using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>
/// A scope on the wire: the entity ids it names (never the project, which comes from the caller's key). The base of
/// every wire shape that carries them flat, as Mem0 does: <see cref="MemoryDto"/>, <see cref="HistoryEntryDto"/> and
/// the HTTP client's request bodies.
/// </summary>
public record ScopeDto
{
    /// <summary>The user, when the scope names one.</summary>
    [JsonPropertyName("user_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserId { get; init; }

    /// <summary>The agent, when the scope names one.</summary>
    [JsonPropertyName("agent_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AgentId { get; init; }

    /// <summary>The run, when the scope names one.</summary>
    [JsonPropertyName("run_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; init; }

    /// <summary>The app, when the scope names one.</summary>
    [JsonPropertyName("app_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AppId { get; init; }
}

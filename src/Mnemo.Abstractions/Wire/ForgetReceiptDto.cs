using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A forget receipt on the wire: counts and times only, never content.</summary>
public sealed record ForgetReceiptDto
{
    /// <summary>The forgotten user, when the scope named one.</summary>
    [JsonPropertyName("user_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserId { get; init; }

    /// <summary>The forgotten agent, when the scope named one.</summary>
    [JsonPropertyName("agent_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AgentId { get; init; }

    /// <summary>The forgotten run, when the scope named one.</summary>
    [JsonPropertyName("run_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; init; }

    /// <summary>The forgotten app, when the scope named one.</summary>
    [JsonPropertyName("app_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AppId { get; init; }

    /// <summary>Memories erased.</summary>
    [JsonPropertyName("memories")]
    public int Memories { get; init; }

    /// <summary>History entries erased.</summary>
    [JsonPropertyName("history_entries")]
    public int HistoryEntries { get; init; }

    /// <summary>Queued adds erased.</summary>
    [JsonPropertyName("queued_items")]
    public int QueuedItems { get; init; }

    /// <summary>When the erasure completed (ISO 8601).</summary>
    [JsonPropertyName("completed_at")]
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>How long it took, in milliseconds.</summary>
    [JsonPropertyName("duration_ms")]
    public double DurationMs { get; init; }
}

using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>A forget receipt on the wire: counts and times only, never content.</summary>
public sealed record ForgetReceiptDto
{
    /// <summary>The subject that was forgotten: the entity ids its scope named.</summary>
    [JsonPropertyName("scope")]
    public ScopeDto Scope { get; init; } = new();

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

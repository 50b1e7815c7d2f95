using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>
/// A memory on the wire, in Mem0's memory-object shape (<c>id</c>, <c>memory</c>, <c>user_id</c>, <c>created_at</c>, ...)
/// plus Mnemo's temporal fields. Separate from <see cref="MemoryItem"/> so the JSON can evolve without touching the
/// engine; convert with <see cref="MemoryDtoMapper"/>. Optional fields are left out of the JSON when absent. The scope
/// ids (<see cref="ScopeDto"/>) come right after <c>hash</c>, as Mem0 writes them: the fields after them carry
/// <c>JsonPropertyOrder(1)</c>, since System.Text.Json writes a base type's properties after the derived type's.
/// </summary>
public sealed record MemoryDto : ScopeDto
{
    /// <summary>Identifier (a UUID). Generated on import when absent.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The memory text.</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary>Lowercase hex SHA-256 of the text.</summary>
    [JsonPropertyName("hash")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hash { get; init; }

    /// <summary>Who said it.</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("actor_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActorId { get; init; }

    /// <summary>The role of the source message (<c>user</c> or <c>assistant</c>).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    /// <summary>Free-form metadata; always written (as <c>{}</c> when empty), as Mem0 does.</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>Categories (tags); always written (as <c>[]</c> when empty).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>When the memory was stored (ISO 8601).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the memory last changed (ISO 8601).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the source conversation happened (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("observed_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>Start of the time the fact holds (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("valid_from")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>End of the time the fact holds, exclusive (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("valid_to")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>The memory that replaced this one (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("superseded_by")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SupersededBy { get; init; }

    /// <summary>When the memory stops being returned by default (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("expires_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Whether the memory refuses updates (Mnemo). Written only when <see langword="true"/>.</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("immutable")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Immutable { get; init; }

    /// <summary>
    /// Whether the memory is no longer current (its validity window closed: superseded or invalidated), in listings
    /// that include such memories (Mnemo; <c>mnemo list --include-superseded</c>).
    /// </summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("superseded")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Superseded { get; init; }

    /// <summary>The fused relevance score, in search results only.</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("score")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Score { get; init; }

    /// <summary>Per-signal scores, in search results asked to explain themselves (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("explanation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreExplanationDto? Explanation { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>
/// One change to a memory, in Mem0's history shape, with the memory's scope ids (<see cref="ScopeDto"/>, Mnemo) after
/// <c>actor_id</c>: the fields after them carry <c>JsonPropertyOrder(1)</c>, since System.Text.Json writes a base type's
/// properties after the derived type's.
/// </summary>
public sealed record HistoryEntryDto : ScopeDto
{
    /// <summary>Identifier of the entry.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The memory that changed.</summary>
    [JsonPropertyName("memory_id")]
    public required string MemoryId { get; init; }

    /// <summary>The text before the change.</summary>
    [JsonPropertyName("old_memory")]
    public string? OldMemory { get; init; }

    /// <summary>The text after the change.</summary>
    [JsonPropertyName("new_memory")]
    public string? NewMemory { get; init; }

    /// <summary><c>ADD</c>, <c>UPDATE</c>, <c>DELETE</c> or <c>SUPERSEDE</c>.</summary>
    [JsonPropertyName("event")]
    public required string Event { get; init; }

    /// <summary>When the change happened (ISO 8601).</summary>
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether the change deleted the memory.</summary>
    [JsonPropertyName("is_deleted")]
    public bool IsDeleted { get; init; }

    /// <summary>Who made the change.</summary>
    [JsonPropertyName("actor_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActorId { get; init; }

    /// <summary>For an update that changed the metadata: the metadata before (Mnemo; absent when it did not change).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("old_metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? OldMetadata { get; init; }

    /// <summary>For an update that changed the metadata: the metadata after (Mnemo; absent when it did not change).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("new_metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? NewMetadata { get; init; }

    /// <summary>For an update that changed the categories: the categories before (Mnemo; absent when they did not change).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("old_categories")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? OldCategories { get; init; }

    /// <summary>For an update that changed the categories: the categories after (Mnemo; absent when they did not change).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("new_categories")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NewCategories { get; init; }

    /// <summary>For an update that changed the expiry: the expiry before (Mnemo; absent when there was none).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("old_expires_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? OldExpiresAt { get; init; }

    /// <summary>For an update that changed the expiry: the expiry after (Mnemo; absent when it did not change).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("new_expires_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? NewExpiresAt { get; init; }

    /// <summary>For a supersession: the memory that replaced this one (Mnemo).</summary>
    [JsonPropertyOrder(1)]
    [JsonPropertyName("related_memory_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RelatedMemoryId { get; init; }
}

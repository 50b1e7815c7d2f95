using System.Text.Json;

namespace Mnemo;

/// <summary>One change to one memory, as kept in the history table.</summary>
public sealed record MemoryHistoryEntry
{
    /// <summary>Identifier of the entry (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The memory that changed.</summary>
    public required Guid MemoryId { get; init; }

    /// <summary>The scope of the memory, so a subject's history can be erased after its memories are gone.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>What happened.</summary>
    public required MemoryEventType Event { get; init; }

    /// <summary>The text before the change (<see langword="null"/> for <see cref="MemoryEventType.Add"/>).</summary>
    public string? OldText { get; init; }

    /// <summary>The text after the change (<see langword="null"/> for <see cref="MemoryEventType.Delete"/>).</summary>
    public string? NewText { get; init; }

    /// <summary>Who made the change, when known.</summary>
    public string? ActorId { get; init; }

    /// <summary>For <see cref="MemoryEventType.Supersede"/>: the memory that replaced this one.</summary>
    public Guid? RelatedMemoryId { get; init; }

    /// <summary>
    /// For <see cref="MemoryEventType.Update"/>: the metadata before the change, when the update changed it (the empty
    /// dictionary when there was none); <see langword="null"/> when the metadata did not change.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? OldMetadata { get; init; }

    /// <summary>For <see cref="MemoryEventType.Update"/>: the metadata after the change; <see langword="null"/> when it did not change.</summary>
    public IReadOnlyDictionary<string, JsonElement>? NewMetadata { get; init; }

    /// <summary>
    /// For <see cref="MemoryEventType.Update"/>: the categories before the change, when the update changed them (empty when
    /// there were none); <see langword="null"/> when they did not change.
    /// </summary>
    public IReadOnlyList<string>? OldCategories { get; init; }

    /// <summary>For <see cref="MemoryEventType.Update"/>: the categories after the change; <see langword="null"/> when they did not change.</summary>
    public IReadOnlyList<string>? NewCategories { get; init; }

    /// <summary>
    /// For <see cref="MemoryEventType.Update"/>: the expiry before the change (<see langword="null"/> when there was none or
    /// the expiry did not change; <see cref="NewExpiresAt"/> tells which).
    /// </summary>
    public DateTimeOffset? OldExpiresAt { get; init; }

    /// <summary>
    /// For <see cref="MemoryEventType.Update"/>: the expiry after the change; <see langword="null"/> when the update did not
    /// change it (an update cannot remove an expiry).
    /// </summary>
    public DateTimeOffset? NewExpiresAt { get; init; }

    /// <summary>When the change happened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

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

    /// <summary>When the change happened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}

namespace Mnemo;

/// <summary>Writes that commit together or not at all.</summary>
public sealed record MemoryChangeSet
{
    /// <summary>Memories to insert, or to replace whole when their id exists.</summary>
    public IReadOnlyList<StoredMemory> Upserts { get; init; } = [];

    /// <summary>Memories to delete (with their keyword-index rows); unknown ids are ignored.</summary>
    public IReadOnlyList<Guid> Deletes { get; init; } = [];

    /// <summary>History entries to append.</summary>
    public IReadOnlyList<MemoryHistoryEntry> History { get; init; } = [];

    /// <summary>A queued add this change set completes (its status becomes Succeeded in the same transaction).</summary>
    public IngestionCompletion? Completion { get; init; }

    /// <summary>Whether there is nothing to write.</summary>
    public bool IsEmpty => Upserts.Count == 0 && Deletes.Count == 0 && History.Count == 0 && Completion is null;
}

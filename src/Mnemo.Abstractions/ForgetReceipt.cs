namespace Mnemo;

/// <summary>
/// Proof that a subject was forgotten: counts and times, and deliberately no content (no text, ids or hashes), so the
/// receipt itself can be kept and shown.
/// </summary>
public sealed record ForgetReceipt
{
    /// <summary>The scope that was forgotten, as given.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>Memories erased.</summary>
    public required int Memories { get; init; }

    /// <summary>History entries erased.</summary>
    public required int HistoryEntries { get; init; }

    /// <summary>Queued (not yet processed) adds erased.</summary>
    public required int QueuedItems { get; init; }

    /// <summary>When the erasure completed.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>How long it took, compaction included.</summary>
    public required TimeSpan Duration { get; init; }
}

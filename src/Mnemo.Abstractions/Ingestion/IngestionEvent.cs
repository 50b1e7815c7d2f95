namespace Mnemo;

/// <summary>A queued add: its request, its status, and its result once applied.</summary>
public sealed record IngestionEvent
{
    /// <summary>The event id returned by the enqueue (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The scope of the add.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>Where it stands.</summary>
    public required IngestionStatus Status { get; init; }

    /// <summary>The serialised request (messages and options; JSON owned by the engine).</summary>
    public required string Payload { get; init; }

    /// <summary>How many times a worker claimed it.</summary>
    public int Attempts { get; init; }

    /// <summary>Why it failed, for <see cref="IngestionStatus.Failed"/>.</summary>
    public string? Error { get; init; }

    /// <summary>The add's result (JSON, Mem0's event list), for <see cref="IngestionStatus.Succeeded"/>.</summary>
    public string? Result { get; init; }

    /// <summary>When it was enqueued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its status last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}

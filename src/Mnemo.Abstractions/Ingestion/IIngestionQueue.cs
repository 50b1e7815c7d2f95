namespace Mnemo;

/// <summary>
/// The durable queue behind background adds, kept in the store so a request is persisted before the caller gets its
/// event id and survives restarts. Implemented by stores that support it (SQLite, PostgreSQL).
/// </summary>
public interface IIngestionQueue
{
    /// <summary>Persists a pending add and returns its event.</summary>
    Task<IngestionEvent> EnqueueAsync(MemoryScope scope, string payload, CancellationToken cancellationToken = default);

    /// <summary>Atomically claims the oldest pending add (status Running, attempts + 1), or returns <see langword="null"/>.</summary>
    Task<IngestionEvent?> ClaimNextAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts back to Pending the Running adds whose worker is gone (call once at start-up). A store used by one process
    /// at a time requeues every Running add; a store shared by live processes (PostgreSQL) only those whose claiming
    /// process has ended, which it may learn a moment after the process ends. Returns how many.
    /// </summary>
    Task<int> RequeueRunningAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks an add Failed with its error (its payload is kept for a retry).</summary>
    Task FailAsync(Guid id, string error, CancellationToken cancellationToken = default);

    /// <summary>Puts a Failed add back to Pending. Returns false when it is not Failed or does not exist.</summary>
    Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>One event, or <see langword="null"/>.</summary>
    Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Events of a scope (or every scope), newest first.</summary>
    Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(MemoryScope? scope, IngestionStatus? status = null, int limit = 100, CancellationToken cancellationToken = default);
}

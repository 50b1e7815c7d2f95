namespace Mnemo;

/// <summary>Where a queued add stands.</summary>
public enum IngestionStatus
{
    /// <summary>Persisted, waiting for a worker.</summary>
    Pending,

    /// <summary>Claimed by a worker. A process killed here is requeued on the next start.</summary>
    Running,

    /// <summary>Applied; its writes and this status committed in one transaction.</summary>
    Succeeded,

    /// <summary>Gave up; <see cref="IngestionEvent.Error"/> says why, and the request is kept for a retry.</summary>
    Failed,
}

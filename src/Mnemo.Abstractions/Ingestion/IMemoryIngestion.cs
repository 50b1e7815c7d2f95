using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Background adds: enqueue in milliseconds, process durably, ask how it went.</summary>
public interface IMemoryIngestion
{
    /// <summary>Validates and persists an add for background processing; returns its event (status Pending).</summary>
    Task<IngestionEvent> EnqueueAddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default);

    /// <summary>One event, or <see langword="null"/>.</summary>
    Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Events of a scope (or every scope), newest first.</summary>
    Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(MemoryScope? scope, IngestionStatus? status = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Processes pending adds in order until none is left or <paramref name="maxItems"/> were processed; returns how many.</summary>
    Task<int> ProcessPendingAsync(int maxItems = int.MaxValue, CancellationToken cancellationToken = default);
}

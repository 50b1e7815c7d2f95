using Microsoft.Extensions.Logging;

namespace Mnemo.Ingestion;

/// <summary>Background ingestion's log messages: event ids, counts and error types, never memory text.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(101, LogLevel.Debug, "Queued add {EventId} for {Scope}")]
    public static partial void Enqueued(ILogger logger, Guid eventId, MemoryScope scope);

    [LoggerMessage(102, LogLevel.Debug, "Queued add {EventId} succeeded with {Count} events (attempt {Attempt})")]
    public static partial void Succeeded(ILogger logger, Guid eventId, int count, int attempt);

    [LoggerMessage(103, LogLevel.Warning, "Queued add {EventId} failed on attempt {Attempt} ({ErrorType}); it is kept for a retry")]
    public static partial void Failed(ILogger logger, Guid eventId, int attempt, string errorType);

    [LoggerMessage(104, LogLevel.Information, "Requeued {Count} adds left running by a stopped worker")]
    public static partial void Requeued(ILogger logger, int count);

    [LoggerMessage(105, LogLevel.Error, "The ingestion worker could not process the queue ({ErrorType}); it retries at the next poll")]
    public static partial void WorkerError(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(106, LogLevel.Information, "Working memory of {Scope} expired: queued {Messages} messages for consolidation and erased it")]
    public static partial void SessionConsolidated(ILogger logger, MemoryScope scope, int messages);
}

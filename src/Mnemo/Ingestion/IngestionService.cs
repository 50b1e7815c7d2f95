using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mnemo.Ingestion;

/// <summary>
/// Background adds over the store's durable queue. An add is validated exactly as <see cref="IMemory.AddAsync"/> would
/// validate it, then persisted; processing runs the ordinary add with the queued event's completion in its change set,
/// so the memories and the Succeeded status commit together (a crash replays the add at most once, never twice).
/// </summary>
internal sealed class IngestionService(Memory memory, IMemoryStore store, IIngestionQueue? queue, IngestionSignal signal, ILogger logger)
    : IMemoryIngestion
{
    /// <summary>The most events one listing returns.</summary>
    public const int MaxListLimit = 1000;

    private IIngestionQueue Queue => queue ?? throw new MnemoException(
        $"The memory store ({store.GetType().Name}) has no ingestion queue: background adds need a store that implements IIngestionQueue, such as WithSqliteStore.");

    public async Task<IngestionEvent> EnqueueAddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default)
    {
        // Everything is checked before anything is persisted: a bad request never reaches the queue.
        var list = memory.ValidateAdd(messages, options);
        var target = Queue;
        await memory.EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var queued = await target.EnqueueAsync(options.Scope, IngestionPayload.Serialize(list, options), cancellationToken).ConfigureAwait(false);
        IngestionLog.Enqueued(logger, queued.Id, queued.Scope);
        signal.Notify();
        return queued;
    }

    public async Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var target = Queue;
        await memory.EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await target.GetEventAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(
        MemoryScope? scope, IngestionStatus? status = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        InputValidator.Range(limit, 1, MaxListLimit, "limit");
        var target = Queue;
        await memory.EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await target.ListEventsAsync(scope, status, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ProcessPendingAsync(int maxItems = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxItems);
        var target = Queue;
        await memory.EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var processed = 0;
        while (processed < maxItems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claimed = await target.ClaimNextAsync(cancellationToken).ConfigureAwait(false);
            if (claimed is null)
            {
                break;
            }

            await RunAsync(target, claimed, cancellationToken).ConfigureAwait(false);
            processed++;
        }

        return processed;
    }

    /// <summary>Puts adds left Running by a dead worker back to Pending (once, at start-up).</summary>
    public async Task<int> RequeueRunningAsync(CancellationToken cancellationToken = default)
    {
        var target = Queue;
        await memory.EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var count = await target.RequeueRunningAsync(cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            IngestionLog.Requeued(logger, count);
        }

        return count;
    }

    private async Task RunAsync(IIngestionQueue target, IngestionEvent claimed, CancellationToken cancellationToken)
    {
        try
        {
            var (messages, options) = IngestionPayload.Deserialize(claimed.Payload);
            var completed = false;
            var result = await memory.AddAsync(
                messages,
                options,
                events =>
                {
                    completed = true;
                    return new IngestionCompletion(claimed.Id, IngestionPayload.Result(events));
                },
                cancellationToken).ConfigureAwait(false);

            // The add wrote nothing (nothing new, or all pre-filtered): commit the completion alone.
            if (!completed)
            {
                await store.ApplyAsync(
                    new MemoryChangeSet { Completion = new IngestionCompletion(claimed.Id, IngestionPayload.Result(result.Results)) },
                    cancellationToken).ConfigureAwait(false);
            }

            IngestionLog.Succeeded(logger, claimed.Id, result.Results.Count, claimed.Attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Left Running: nothing was committed, and the next start requeues it.
            throw;
        }
        catch (Exception ex)
        {
            IngestionLog.Failed(logger, claimed.Id, claimed.Attempts, ex.GetType().Name);
            await target.FailAsync(claimed.Id, ErrorText(ex), cancellationToken).ConfigureAwait(false);
        }
    }

    // Mnemo's own messages are written for people and never quote memory text; others get their type for context.
    private static string ErrorText(Exception exception) =>
        exception is MnemoException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
}

using Microsoft.Extensions.Logging;

namespace Mnemo.Ingestion;

/// <summary>
/// Ends expired sessions: each working memory whose time to live passed is queued for consolidation into long-term
/// memory (formation runs as any queued add) and then erased. Run by the ingestion worker at every poll.
/// </summary>
/// <remarks>
/// Queue first, erase second: a crash in between consolidates the session twice, which reconciliation absorbs; the other
/// order could lose it.
/// </remarks>
internal sealed class WorkingMemorySweeper(IMemoryStore store, IngestionService ingestion, TimeProvider time, ILogger logger)
{
    /// <summary>The most sessions one sweep ends.</summary>
    public const int BatchSize = 50;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (store.GetService<IWorkingMemoryStore>() is not { } working)
        {
            return 0;
        }

        var expired = await working.ListExpiredWorkingMemoriesAsync(time.GetUtcNow(), BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var state in expired)
        {
            var messages = WorkingMemoryConsolidation.Messages(state);
            if (messages.Count > 0)
            {
                await ingestion.EnqueueAddAsync(messages, WorkingMemoryConsolidation.AddOptions(state), cancellationToken).ConfigureAwait(false);
            }

            await working.DeleteWorkingMemoryAsync(state.Scope, cancellationToken).ConfigureAwait(false);
            IngestionLog.SessionConsolidated(logger, state.Scope, messages.Count);
        }

        return expired.Count;
    }
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>
/// The "retrieve before" half of the agent loop: searches with the new user messages and formats the block, and never
/// fails the turn (a failing or slow search means no memories and a logged warning).
/// </summary>
internal sealed class MemoryRecall(IMemory memory, MnemoAgentOptions options, ILogger logger)
{
    /// <summary>The query of a turn: the text of its new user messages, or <see langword="null"/> when they have none.</summary>
    public static string? Query(IEnumerable<ChatMessage> newMessages)
    {
        var text = string.Join('\n', newMessages.Where(m => m.Role == ChatRole.User && !string.IsNullOrWhiteSpace(m.Text)).Select(m => m.Text));
        return text.Length == 0 ? null : text;
    }

    public async Task<MemoryBlock> RecallAsync(string? query, MemoryScope scope, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            return MemoryBlock.Empty;
        }

        IReadOnlyList<ScoredMemory> found;
        using var timeout = new CancellationTokenSource(options.SearchTimeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync bounds the wait even when the memory does not honour cancellation (a hung remote server).
            var result = await memory.SearchAsync(query, Search(scope), linked.Token)
                .WaitAsync(options.SearchTimeout, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            found = result.Results;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (ex is TimeoutException || ex is OperationCanceledException))
        {
            AgentsLog.SearchTimedOut(logger, scope, options.SearchTimeout.TotalMilliseconds);
            return MemoryBlock.Empty;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AgentsLog.SearchFailed(logger, scope, ex.GetType().Name);
            return MemoryBlock.Empty;
        }

        // Strict top-k and threshold again: a remote memory (or a custom one) may not honour them.
        var kept = Search(scope).Cut(found);
        var block = MemoryBlock.Format(kept, options.ContextPrompt, options.MemoryTokenBudget);
        AgentsLog.Recalled(logger, block.Memories.Count, block.Tokens, block.Dropped, scope);
        return block;
    }

    private SearchOptions Search(MemoryScope scope) => new()
    {
        Scope = scope,
        Limit = options.TopK,
        Threshold = options.Threshold,
        RelativeThreshold = options.RelativeThreshold,
        SpreadThreshold = options.SpreadThreshold,
    };
}

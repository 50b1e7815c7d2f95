using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace Mnemo;

/// <summary>
/// The short-term layer: assembles what the model receives now (instructions, the relevant long-term memories and the
/// session's recent messages) within a hard token budget. Instructions and the newest message always go in; the memory
/// block gets at most <see cref="ContextBudget.MemoryTokens"/>; the recent messages fill what is left, newest first, so
/// the oldest turns are the ones dropped.
/// </summary>
/// <param name="tokenizer">Counts tokens; default o200k_base (<see cref="TokenCounter.Default"/>).</param>
public sealed class MnemoContext(Tokenizer? tokenizer = null)
{
    /// <summary>The fixed tokens that prime the model's reply, counted once per prompt.</summary>
    public const int ReplyPriming = 3;

    private readonly Tokenizer _tokenizer = tokenizer ?? TokenCounter.Default;

    /// <summary>The heading of the memory block. Default: the one of <see cref="MnemoAgentOptions.ContextPrompt"/>.</summary>
    public string MemoryHeading { get; init; } = new MnemoAgentOptions().ContextPrompt;

    /// <summary>Assembles a prompt within <paramref name="budget"/>.</summary>
    /// <param name="instructions">The system prompt, or <see langword="null"/>.</param>
    /// <param name="memories">Relevant memories, best first (as a search returns them).</param>
    /// <param name="messages">The session's messages, oldest first; the last one is the new turn and is always kept.</param>
    /// <param name="budget">The token budget.</param>
    /// <exception cref="ArgumentException">The instructions and the newest message alone exceed the budget.</exception>
    public AssembledContext Assemble(string? instructions, IReadOnlyList<ScoredMemory> memories, IReadOnlyList<ChatMessage> messages, ContextBudget budget)
    {
        ArgumentNullException.ThrowIfNull(memories);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(budget);
        budget.Validate();

        var system = string.IsNullOrEmpty(instructions) ? null : new ChatMessage(ChatRole.System, instructions);
        var instructionTokens = system is null ? 0 : TokenCounter.Count(system, _tokenizer);
        var newest = messages.Count > 0 ? messages[^1] : null;
        var newestTokens = newest is null ? 0 : TokenCounter.Count(newest, _tokenizer);
        var left = budget.TotalTokens - ReplyPriming - instructionTokens - newestTokens;
        if (left < 0)
        {
            throw new ArgumentException(
                $"The instructions ({instructionTokens} tokens) and the newest message ({newestTokens} tokens) alone exceed the budget of {budget.TotalTokens} tokens.",
                nameof(budget));
        }

        // The memory block is a system message of its own: its overhead is paid inside its share.
        var block = MemoryBlock.Empty;
        var memoryShare = Math.Min(budget.MemoryTokens, left) - TokenCounter.PerMessageOverhead;
        if (memoryShare > 0)
        {
            block = MemoryBlock.Format(memories, MemoryHeading, memoryShare, _tokenizer);
        }

        var memoryTokens = block.Text is null ? 0 : block.Tokens + TokenCounter.PerMessageOverhead;
        left -= memoryTokens;

        // Newest first, stopping at the first that does not fit: the window stays contiguous and the oldest go.
        var kept = new List<ChatMessage>();
        var historyTokens = newestTokens;
        var dropped = 0;
        for (var i = messages.Count - 2; i >= 0; i--)
        {
            var cost = TokenCounter.Count(messages[i], _tokenizer);
            if (cost > left)
            {
                dropped = i + 1;
                break;
            }

            kept.Add(messages[i]);
            left -= cost;
            historyTokens += cost;
        }

        kept.Reverse();
        var result = new List<ChatMessage>(kept.Count + 3);
        if (system is not null)
        {
            result.Add(system);
        }

        if (block.Text is not null)
        {
            result.Add(new ChatMessage(ChatRole.System, block.Text));
        }

        result.AddRange(kept);
        if (newest is not null)
        {
            result.Add(newest);
        }

        return new AssembledContext(
            result,
            new ContextTokens(instructionTokens, memoryTokens, historyTokens, ReplyPriming),
            block.Memories,
            memories.Count - block.Memories.Count,
            dropped);
    }
}

using System.Globalization;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Mnemo;

/// <summary>
/// The memory block the model receives: a heading, then one line per memory with the date it was learned, best first,
/// cut to a token budget (a memory that does not fit is left out whole, never cut mid-sentence).
/// </summary>
/// <param name="Text">The block, or <see langword="null"/> when no memory made it.</param>
/// <param name="Memories">The memories in the block, best first.</param>
/// <param name="Tokens">Tokens of <see cref="Text"/> (o200k_base unless another tokenizer was given).</param>
/// <param name="Dropped">Memories left out because the budget was spent.</param>
public sealed record MemoryBlock(string? Text, IReadOnlyList<ScoredMemory> Memories, int Tokens, int Dropped)
{
    /// <summary>An empty block.</summary>
    public static MemoryBlock Empty { get; } = new(null, [], 0, 0);

    /// <summary>Formats <paramref name="memories"/> (best first) under <paramref name="heading"/> within <paramref name="tokenBudget"/> tokens.</summary>
    public static MemoryBlock Format(IReadOnlyList<ScoredMemory> memories, string heading, int tokenBudget, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(memories);
        ArgumentNullException.ThrowIfNull(heading);
        if (memories.Count == 0)
        {
            return Empty;
        }

        var text = new StringBuilder(heading);
        var tokens = TokenCounter.Count(heading, tokenizer);
        var kept = new List<ScoredMemory>(memories.Count);
        foreach (var memory in memories)
        {
            var line = Line(memory.Memory);

            // Counted on its own: BPE merges never cross the newline, so line counts add up to the block's count.
            var cost = TokenCounter.Count(line, tokenizer);
            if (tokens + cost > tokenBudget)
            {
                continue;
            }

            text.Append(line);
            tokens += cost;
            kept.Add(memory);
        }

        if (kept.Count == 0)
        {
            return new MemoryBlock(null, [], 0, memories.Count);
        }

        var block = text.ToString();

        // The exact count of the joined text (the per-line sum is an estimate only where a tokenizer merges across lines).
        var exact = TokenCounter.Count(block, tokenizer);
        while (exact > tokenBudget && kept.Count > 0)
        {
            kept.RemoveAt(kept.Count - 1);
            block = heading + string.Concat(kept.Select(m => Line(m.Memory)));
            exact = kept.Count == 0 ? 0 : TokenCounter.Count(block, tokenizer);
        }

        return kept.Count == 0
            ? new MemoryBlock(null, [], 0, memories.Count)
            : new MemoryBlock(block, kept, exact, memories.Count - kept.Count);
    }

    private static string Line(MemoryItem memory) =>
        string.Create(CultureInfo.InvariantCulture, $"\n- [{memory.ObservedAt:yyyy-MM-dd}] {memory.Text}");
}

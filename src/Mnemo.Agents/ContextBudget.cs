namespace Mnemo;

/// <summary>The token budget of one prompt (o200k_base tokens, chat-format overhead included).</summary>
public sealed record ContextBudget
{
    /// <summary>The most tokens the whole prompt may take. Default 4000.</summary>
    public int TotalTokens { get; init; } = 4000;

    /// <summary>The most tokens the memory block may take, within <see cref="TotalTokens"/>. Default 600.</summary>
    public int MemoryTokens { get; init; } = 600;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        if (TotalTokens < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(TotalTokens), TotalTokens, "TotalTokens must be at least 16.");
        }

        if (MemoryTokens < 0 || MemoryTokens > TotalTokens)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryTokens), MemoryTokens, "MemoryTokens must be between 0 and TotalTokens.");
        }
    }
}

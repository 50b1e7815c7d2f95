namespace Mnemo;

/// <summary>What an operation cost: model calls, tokens and cache hits.</summary>
public sealed record MemoryUsage
{
    /// <summary>No cost at all.</summary>
    public static MemoryUsage None { get; } = new();

    /// <summary>Calls to the embedding generator (one call may embed a batch).</summary>
    public int EmbeddingCalls { get; init; }

    /// <summary>Texts embedded by those calls.</summary>
    public int EmbeddedTexts { get; init; }

    /// <summary>Texts whose embedding came from the cache.</summary>
    public int EmbeddingCacheHits { get; init; }

    /// <summary>Calls to the chat model.</summary>
    public int LlmCalls { get; init; }

    /// <summary>Input tokens reported by the chat model.</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens reported by the chat model.</summary>
    public long OutputTokens { get; init; }
}

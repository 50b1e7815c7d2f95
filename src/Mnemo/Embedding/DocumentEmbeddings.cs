namespace Mnemo.Embedding;

/// <summary>Embeddings of a batch of texts, the new cache entries to persist with them, and what they cost.</summary>
internal sealed record DocumentEmbeddings(
    IReadOnlyList<ReadOnlyMemory<float>> Vectors,
    IReadOnlyList<CachedEmbedding> NewCacheEntries,
    MemoryUsage Usage);

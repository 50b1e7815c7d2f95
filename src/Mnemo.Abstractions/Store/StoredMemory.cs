namespace Mnemo;

/// <summary>A memory as written to a store: the record and its embedding.</summary>
/// <param name="Item">The memory.</param>
/// <param name="Embedding">
/// Its embedding (unit length). In an update, an empty embedding keeps the stored one (the text did not change).
/// </param>
public sealed record StoredMemory(MemoryItem Item, ReadOnlyMemory<float> Embedding)
{
    /// <summary>
    /// A second embedding (unit length) of the memory, read after the memories stored just before it (contextual
    /// embedding, <c>MnemoOptions.Embedding.ContextMemories</c>); empty when it has none. Search scores the memory by the closer
    /// of its two embeddings. In an update, an empty one keeps the stored one unless the text changed, which drops it.
    /// </summary>
    public ReadOnlyMemory<float> ContextEmbedding { get; init; }
}

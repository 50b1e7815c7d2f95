namespace Mnemo.Embedding;

/// <summary>
/// Embeddings of a batch of texts and what they cost: each text's own, and its contextual one (empty when its input
/// was the text alone). <paramref name="StoredHashes"/> are the hashes of the texts that some memory of the scope
/// already holds, in any state (their vectors were read from the store): a text outside it is no exact duplicate.
/// </summary>
internal sealed record DocumentEmbeddings(
    IReadOnlyList<ReadOnlyMemory<float>> Vectors, IReadOnlyList<ReadOnlyMemory<float>> ContextVectors, MemoryUsage Usage, IReadOnlySet<string> StoredHashes);

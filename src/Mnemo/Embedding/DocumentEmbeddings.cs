namespace Mnemo.Embedding;

/// <summary>
/// Embeddings of a batch of texts and what they cost: each text's own, and its contextual one (empty when its input
/// was the text alone).
/// </summary>
internal sealed record DocumentEmbeddings(IReadOnlyList<ReadOnlyMemory<float>> Vectors, IReadOnlyList<ReadOnlyMemory<float>> ContextVectors, MemoryUsage Usage);

namespace Mnemo.Embedding;

/// <summary>Embeddings of a batch of texts and what they cost.</summary>
internal sealed record DocumentEmbeddings(IReadOnlyList<ReadOnlyMemory<float>> Vectors, MemoryUsage Usage);

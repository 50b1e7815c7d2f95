using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// Documents from one generator, queries from another: the hash embedder stores a dataset in seconds, and the real
/// model embeds each query, so a search pays what it pays in production for its query while the stored vectors cost
/// nothing to make. Retrieval scores are meaningless with it (the two vector spaces differ); latency is not, since the
/// index scans the same number of vectors of the same length whatever their values.
/// </summary>
internal sealed class SplitEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> documents, IEmbeddingGenerator<string, Embedding<float>> queries)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        options?.AdditionalProperties?.TryGetValue(EmbeddingInputType.PropertyName, out var type) == true
        && string.Equals(type?.ToString(), EmbeddingInputType.Query, StringComparison.OrdinalIgnoreCase)
            ? queries.GenerateAsync(values, options, cancellationToken)
            : documents.GenerateAsync(values, options, cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : documents.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        documents.Dispose();
        queries.Dispose();
    }
}

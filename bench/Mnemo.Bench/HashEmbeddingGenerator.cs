using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// A near-zero-cost embedder: a pseudo-random unit vector seeded by the text's hash (same text, same vector). It
/// stands in for a model where the point is the store's cost, not the model's.
/// </summary>
internal sealed class HashEmbeddingGenerator(int dimensions = 384) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Vector(v, dimensions)))));

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata)
            ? new EmbeddingGeneratorMetadata("bench", null, $"hash-{dimensions}", dimensions)
            : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    public static float[] Vector(string text, int dimensions)
    {
        var seed = 17;
        foreach (var c in text)
        {
            seed = unchecked((seed * 31) + c);
        }

        var random = new Random(seed);
        var vector = new float[dimensions];
        var norm = 0f;
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (random.NextSingle() * 2) - 1;
            norm += vector[i] * vector[i];
        }

        norm = MathF.Sqrt(norm);
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }
}

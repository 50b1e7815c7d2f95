using Microsoft.Extensions.AI;

namespace Mnemo.TestUtilities;

/// <summary>
/// A deterministic embedder for tests: a hashed bag of lower-cased words, unit length. Texts sharing words are similar,
/// texts sharing none are orthogonal, so search tests can reason about what should rank first. Counts its calls.
/// </summary>
public sealed class FakeEmbeddingGenerator(int dimensions = 64, string modelId = "fake-bow") : IEmbeddingGenerator<string, Embedding<float>>
{
    private int _calls;
    private int _texts;

    /// <summary>Called with each batch before it is embedded; throw from it to simulate a failing provider.</summary>
    public Action<IReadOnlyList<string>>? OnGenerate { get; set; }

    public int Calls => _calls;

    public int Texts => _texts;

    public EmbeddingModelInfo Model => new(modelId, dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        OnGenerate?.Invoke(list);
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _texts, list.Count);
        var result = new GeneratedEmbeddings<Embedding<float>>(list.Select(t => new Embedding<float>(Embed(t, dimensions))));
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata)
            ? new EmbeddingGeneratorMetadata("fake", null, modelId, dimensions)
            : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    /// <summary>The vector <see cref="GenerateAsync"/> returns for <paramref name="text"/>.</summary>
    public static float[] Embed(string text, int dimensions = 64)
    {
        var vector = new float[dimensions];
        foreach (var word in Words(text))
        {
            var h = unchecked((uint)Fnv(word));
            vector[h % (uint)dimensions] += (h & 0x80000000u) == 0 ? 1f : -1f;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            vector[0] = 1;
            return vector;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split(
            [' ', ',', '.', '!', '?', ';', ':', '\'', '"', '(', ')', '\n', '\t', '-'],
            StringSplitOptions.RemoveEmptyEntries);

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static int Fnv(string word)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}

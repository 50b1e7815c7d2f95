using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Mnemo.Diagnostics;

namespace Mnemo.Embedding;

/// <summary>
/// Embeds memory texts and queries. Documents: a text the scope already stores (same hash) reuses its stored vector —
/// the store is the cache, so there is no second copy to purge on forget, and a cache hit can only come from the
/// caller's own scope (no oracle on other tenants' texts). Queries: an in-memory LRU. Misses go in one batched call,
/// and everything the generator returns is checked for its dimension. A long document is embedded in passages
/// (<see cref="EmbeddingPassages"/>) whose unit vectors are averaged and made unit length again.
/// </summary>
internal sealed class EmbeddingService(
    IEmbeddingGenerator<string, Embedding<float>> generator, IMemoryStore store, int queryCacheCapacity, int passageLength, int maxPassages)
{
    private static readonly EmbeddingGenerationOptions _documentOptions = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Document },
    };

    private static readonly EmbeddingGenerationOptions _queryOptions = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    private readonly QueryEmbeddingCache _queries = new(queryCacheCapacity);

    /// <summary>The model, once resolved by <see cref="ResolveModelAsync"/>.</summary>
    public EmbeddingModelInfo? Model { get; private set; }

    /// <summary>Reads the model id and dimensions from the generator's metadata, embedding a probe when it has none.</summary>
    public async Task<EmbeddingModelInfo> ResolveModelAsync(CancellationToken cancellationToken)
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        var modelId = metadata?.DefaultModelId ?? metadata?.ProviderName ?? "unknown";
        var dimensions = metadata?.DefaultModelDimensions;
        if (dimensions is null or <= 0)
        {
            var probe = await generator.GenerateAsync(["dimension probe"], _documentOptions, cancellationToken).ConfigureAwait(false);
            dimensions = probe[0].Vector.Length;
        }

        Model = new EmbeddingModelInfo(modelId, dimensions.Value);
        return Model;
    }

    /// <summary>
    /// Embeds memory texts. With <paramref name="inputs"/> (contextual embedding), a text whose input differs from it
    /// also gets a contextual vector embedded from its input, never served from the store (a stored memory of the same
    /// text was read with other context). Own texts missing from the store and contextual inputs go in one call.
    /// </summary>
    public async Task<DocumentEmbeddings> EmbedDocumentsAsync(
        MemoryScope scope, IReadOnlyList<string> texts, CancellationToken cancellationToken, IReadOnlyList<string>? inputs = null)
    {
        var hashes = texts.Select(MemoryHash.Compute).ToList();
        var lookup = hashes.Distinct(StringComparer.Ordinal).ToList();
        var cached = lookup.Count == 0
            ? new Dictionary<string, ReadOnlyMemory<float>>()
            : await store.GetEmbeddingsByHashAsync(scope, lookup, cancellationToken).ConfigureAwait(false);
        var vectors = new ReadOnlyMemory<float>[texts.Count];
        var contextVectors = new ReadOnlyMemory<float>[texts.Count];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var hits = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (cached.TryGetValue(hashes[i], out var vector) && vector.Length == Model!.Dimensions)
            {
                vectors[i] = vector;
                hits++;
            }
            else if (missing.TryGetValue(hashes[i], out var positions))
            {
                positions.Add(i);
            }
            else
            {
                missing[hashes[i]] = [i];
            }
        }

        var contextual = inputs is null
            ? []
            : Enumerable.Range(0, texts.Count).Where(i => !string.Equals(inputs[i], texts[i], StringComparison.Ordinal)).ToList();
        var toEmbed = missing.Values.Select(p => texts[p[0]]).Concat(contextual.Select(i => inputs![i])).ToList();
        var embeddedTexts = 0;
        if (toEmbed.Count > 0)
        {
            var (generated, passages) = await GenerateDocumentsAsync(toEmbed, cancellationToken).ConfigureAwait(false);
            embeddedTexts = passages;
            var k = 0;
            foreach (var positions in missing.Values)
            {
                var vector = generated[k++];
                foreach (var position in positions)
                {
                    vectors[position] = vector;
                }
            }

            foreach (var position in contextual)
            {
                contextVectors[position] = generated[k++];
            }
        }

        MnemoDiagnostics.EmbeddingCacheHits.Add(hits);
        var usage = new MemoryUsage
        {
            EmbeddingCalls = toEmbed.Count > 0 ? 1 : 0,
            EmbeddedTexts = embeddedTexts,
            EmbeddingCacheHits = hits,
        };
        return new DocumentEmbeddings(vectors, contextVectors, usage, cached.Keys.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<(ReadOnlyMemory<float> Vector, MemoryUsage Usage)> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        if (_queries.TryGet(query, out var cachedVector))
        {
            MnemoDiagnostics.EmbeddingCacheHits.Add(1);
            return (cachedVector, new MemoryUsage { EmbeddingCacheHits = 1 });
        }

        var vector = (await GenerateAsync([query], _queryOptions, cancellationToken).ConfigureAwait(false))[0];
        _queries.Add(query, vector);
        return (vector, new MemoryUsage { EmbeddingCalls = 1, EmbeddedTexts = 1 });
    }

    public void ClearQueryCache() => _queries.Clear();

    // Every passage of every text in one call; a text of several passages gets their renormalised mean.
    private async Task<(ReadOnlyMemory<float>[] Vectors, int Passages)> GenerateDocumentsAsync(List<string> texts, CancellationToken cancellationToken)
    {
        var split = texts.Select(t => EmbeddingPassages.Split(t, passageLength, maxPassages)).ToList();
        var passages = split.SelectMany(p => p).ToList();
        var generated = await GenerateAsync(passages, _documentOptions, cancellationToken).ConfigureAwait(false);
        if (passages.Count == texts.Count)
        {
            return (generated, passages.Count);
        }

        var vectors = new ReadOnlyMemory<float>[texts.Count];
        var k = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var count = split[i].Count;
            vectors[i] = count == 1 ? generated[k] : Mean(generated.AsSpan(k, count));
            k += count;
        }

        return (vectors, passages.Count);
    }

    private static ReadOnlyMemory<float> Mean(ReadOnlySpan<ReadOnlyMemory<float>> vectors)
    {
        var sum = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            TensorPrimitives.Add(sum, vector.Span, sum);
        }

        return Normalize(sum);
    }

    private async Task<ReadOnlyMemory<float>[]> GenerateAsync(List<string> texts, EmbeddingGenerationOptions options, CancellationToken cancellationToken)
    {
        var generated = await generator.GenerateAsync(texts, options, cancellationToken).ConfigureAwait(false);
        MnemoDiagnostics.EmbeddingCalls.Add(1);
        MnemoDiagnostics.EmbeddedTexts.Add(texts.Count);
        if (generated.Count != texts.Count)
        {
            throw new MnemoException($"The embedding generator returned {generated.Count} embeddings for {texts.Count} texts.");
        }

        var result = new ReadOnlyMemory<float>[texts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var vector = generated[i].Vector;
            if (vector.Length != Model!.Dimensions)
            {
                throw new EmbeddingMismatchException(Model, new EmbeddingModelInfo(Model.ModelId, vector.Length));
            }

            result[i] = Normalize(vector);
        }

        return result;
    }

    // Stores compare by dot product, so every vector is made unit length once, here (providers differ on this).
    private static ReadOnlyMemory<float> Normalize(ReadOnlyMemory<float> vector)
    {
        var span = vector.Span;
        var norm = 0.0;
        foreach (var v in span)
        {
            norm += v * v;
        }

        norm = Math.Sqrt(norm);
        if (norm is 0 || Math.Abs(norm - 1) < 1e-4)
        {
            return vector;
        }

        var copy = new float[span.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (float)(span[i] / norm);
        }

        return copy;
    }
}

using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>Records how long the engine waits on its embedding generator (the model itself, not the store's cache lookups).</summary>
internal sealed class TimingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, FormationProbe probe)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyCollection<string> ?? values.ToList();
        var entered = probe.Enter();
        try
        {
            return await base.GenerateAsync(texts, options, cancellationToken);
        }
        finally
        {
            probe.Embedding(entered, texts.Count);
        }
    }
}

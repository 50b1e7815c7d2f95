using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeoSmart.Caching.Sqlite;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// A persistent embedding cache for the eval commands: Microsoft.Extensions.AI's
/// <see cref="DistributedCachingEmbeddingGenerator{TInput, TEmbedding}"/> over an SQLite file
/// (<c>&lt;directory&gt;/embeddings.db</c>, NeoSmart.Caching.Sqlite). Its key hashes the text, the generation options
/// (which carry the input type, document or query) and the model id and dimensions, so a rerun over the same texts
/// makes no model call, and another model or input type never reads these vectors (each model of a
/// <see cref="CombinedEmbeddingGenerator"/> is cached on its own). Only the throw-away eval databases
/// use it: a user's memories are never written to a file outside their store.
/// </summary>
internal sealed class EvalEmbeddingCache
{
    /// <summary>The environment variable naming the cache directory when <c>--embedding-cache</c> is not given.</summary>
    public const string DirectoryVariable = "MNEMO_EMBEDDING_CACHE";

    private EvalEmbeddingCache(IEmbeddingGenerator<string, Embedding<float>> uncached) => Uncached = uncached;

    /// <summary>The generator under the cache, to time query embedding as a search without the cache would pay it.</summary>
    public IEmbeddingGenerator<string, Embedding<float>> Uncached { get; }

    /// <summary>
    /// Wraps the registered embedding generator in the cache under <paramref name="directory"/> (created if missing)
    /// and registers this object, so a command can reach the uncached generator.
    /// </summary>
    public static void Apply(IServiceCollection services, string directory)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No embedding generator to cache.");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "embeddings.db");
        services.RemoveAll<IEmbeddingGenerator<string, Embedding<float>>>();
        services.AddSingleton(provider => new EvalEmbeddingCache(Resolve(registered, provider)));
        services.AddSingleton(_ => new SqliteCache(new SqliteCacheOptions { CachePath = path }));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider =>
        {
            // A combination caches each model's vectors under that model's own key, so runs of a model alone and of
            // the combination share them.
            var inner = provider.GetRequiredService<EvalEmbeddingCache>().Uncached;
            return inner is CombinedEmbeddingGenerator combined
                ? combined.WithParts(part => Cached(part, provider))
                : Cached(inner, provider);
        });
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Cached(IEmbeddingGenerator<string, Embedding<float>> inner, IServiceProvider provider)
    {
        var metadata = inner.GetService<EmbeddingGeneratorMetadata>();
        return new EmbeddingGeneratorBuilder<string, Embedding<float>>(inner)
            .UseDistributedCache(provider.GetRequiredService<SqliteCache>(), cache => cache.CacheKeyAdditionalValues =
                [metadata?.DefaultModelId ?? metadata?.ProviderName ?? "unknown", metadata?.DefaultModelDimensions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"])
            .Build(provider);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IEmbeddingGenerator<string, Embedding<float>>)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mnemo;
using Mnemo.Hosting;
using Mnemo.Ingestion;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Mnemo engine.</summary>
public static class MnemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMemory"/>, <see cref="IMemoryTransfer"/> and <see cref="IMemoryIngestion"/> (one engine instance). A store
    /// (<c>WithSqliteStore</c>) and an embedding generator (<c>WithOnnxEmbeddings</c>, or any
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of strings registered by you) are required; an
    /// <see cref="IChatClient"/> is optional.
    /// </summary>
    public static IMnemoBuilder AddMnemo(this IServiceCollection services, Action<MnemoOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MnemoOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Range checks when the options are first read and, in a host, at start-up: a bad value fails naming the setting.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MnemoOptions>, MnemoOptionsValidator>());
        options.ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Memory>(sp => new Memory(
            sp.GetRequiredService<IMemoryStore>(),
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IOptions<MnemoOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<Memory>() ?? NullLogger<Memory>.Instance,
            sp.GetService<IChatClient>()));
        services.TryAddSingleton<IMemory>(sp => sp.GetRequiredService<Memory>());
        services.TryAddSingleton<IMemoryTransfer>(sp => sp.GetRequiredService<Memory>());

        // Background adds: the queue is the store's own (resolved on first use); a store without one makes
        // EnqueueAddAsync throw a MnemoException that says so.
        services.TryAddSingleton<IngestionSignal>();
        services.TryAddSingleton<IngestionService>(sp => new IngestionService(
            sp.GetRequiredService<Memory>(),
            sp.GetRequiredService<IMemoryStore>(),
            sp.GetService<IIngestionQueue>() ?? sp.GetRequiredService<IMemoryStore>().GetService<IIngestionQueue>(),
            sp.GetRequiredService<IngestionSignal>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("Mnemo.Ingestion") ?? NullLogger.Instance));
        services.TryAddSingleton<IMemoryIngestion>(sp => sp.GetRequiredService<IngestionService>());
        return new MnemoBuilder(services);
    }

    /// <summary>Uses <paramref name="generator"/> for embeddings (OpenAI, Ollama, or any other provider).</summary>
    public static IMnemoBuilder WithEmbeddingGenerator(this IMnemoBuilder builder, IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(generator);
        builder.Services.Replace(ServiceDescriptor.Singleton(generator));
        return builder;
    }

    /// <summary>Uses <paramref name="store"/> as the memory store.</summary>
    public static IMnemoBuilder WithStore(this IMnemoBuilder builder, IMemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(store);
        builder.Services.Replace(ServiceDescriptor.Singleton(store));
        return builder;
    }
}

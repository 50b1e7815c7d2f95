using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Cli.Hosting;

/// <summary>The engine composed for one command: the chosen store (SQLite file or PostgreSQL), the chosen ONNX model, the configured LLM if any.</summary>
internal sealed class EngineSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EngineSession(ServiceProvider services)
    {
        _services = services;
        Memory = services.GetRequiredService<IMemory>();
        Transfer = services.GetRequiredService<IMemoryTransfer>();
    }

    public IMemory Memory { get; }

    /// <summary>The container, for settings a command wants to show (the demo shows the fusion weights).</summary>
    public IServiceProvider Services => _services;

    public IMemoryTransfer Transfer { get; }

    /// <summary>
    /// Composes the engine; with <paramref name="embeddingCache"/>, its embeddings go through <see cref="EvalEmbeddingCache"/>
    /// there; <paramref name="configure"/> changes engine settings after the CLI's own (the eval commands' <c>--set</c>).
    /// </summary>
    public static async Task<EngineSession> OpenAsync(
        CliSettings settings, CliContext context, string? embeddingCache = null, Action<MnemoOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        var builder = settings.UseStore(services.AddMnemo(o =>
            {
                o.Embedding.ContextMemories = settings.EmbeddingContext;
                configure?.Invoke(o);
            }))
            .WithOnnxEmbeddings(settings.ConfigureEmbeddings);
        if (LlmConfiguration.Resolve(context) is { } llm)
        {
            builder.WithOpenAIChat(llm);
        }

        context.ConfigureEngine?.Invoke(builder);
        if (embeddingCache is not null)
        {
            EvalEmbeddingCache.Apply(services, embeddingCache);
        }

        var provider = services.BuildServiceProvider();
        try
        {
            return new EngineSession(provider);
        }
        catch (Exception ex) when (ex is not MnemoException)
        {
            await provider.DisposeAsync();
            throw CliException.Configuration($"could not open the memory store at {settings.StoreName}: {ex.Message}");
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

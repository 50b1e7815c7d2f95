using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Mnemo;
using Mnemo.Ingestion;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the background ingestion worker.</summary>
public static class IngestionMnemoBuilderExtensions
{
    /// <summary>
    /// Runs queued adds (<see cref="IMemoryIngestion.EnqueueAddAsync"/>) in a hosted service: on start it requeues adds
    /// a stopped process left running, then processes pending adds as they arrive. At every poll it also ends sessions whose working memory
    /// (<see cref="IWorkingMemoryStore"/>) expired: consolidated into long-term memory through the queue, then erased. Needs a store with a queue
    /// (<c>WithSqliteStore</c>) and a host (<c>Host.CreateApplicationBuilder</c>, ASP.NET Core).
    /// </summary>
    public static IMnemoBuilder WithBackgroundIngestion(this IMnemoBuilder builder, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new IngestionOptions();
        configure?.Invoke(options);
        options.Validate();

        builder.Services.AddHostedService(sp => new IngestionWorker(
            sp.GetRequiredService<IngestionService>(),
            sp.GetRequiredService<IngestionSignal>(),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("Mnemo.Ingestion") ?? NullLogger.Instance,
            new WorkingMemorySweeper(
                sp.GetRequiredService<IMemoryStore>(),
                sp.GetRequiredService<IngestionService>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger("Mnemo.Ingestion") ?? NullLogger.Instance)));
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL store.</summary>
public static class PostgresMnemoBuilderExtensions
{
    /// <summary>
    /// Uses the PostgreSQL database of <paramref name="connectionString"/> as the <see cref="IMemoryStore"/>,
    /// <see cref="IIngestionQueue"/> and <see cref="IApiKeyStore"/> (one store instance). Several processes may use one
    /// database at once: writes are serialised per scope across them and each sees the others' changes.
    /// </summary>
    public static IMnemoBuilder WithPostgresStore(this IMnemoBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.WithPostgresStore(o => o.ConnectionString = connectionString);
    }

    /// <summary>Uses the PostgreSQL store configured by <paramref name="configure"/> (see <see cref="WithPostgresStore(IMnemoBuilder, string)"/>).</summary>
    public static IMnemoBuilder WithPostgresStore(this IMnemoBuilder builder, Action<PostgresStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PostgresStoreOptions();
        configure(options);
        options.Validate();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.RemoveAll<IMemoryStore>();
        builder.Services.RemoveAll<IIngestionQueue>();
        builder.Services.RemoveAll<IApiKeyStore>();

        // The container disposes the store (it is IAsyncDisposable) because the container created it.
        builder.Services.AddSingleton<IMemoryStore>(sp => PostgresMemoryStoreFactory.Create(
            options,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("Mnemo.Postgres")));

        // The same instance is the durable queue and the key store (found through any decorator of the store).
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IMemoryStore>().GetService<IIngestionQueue>()!);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IMemoryStore>().GetService<IApiKeyStore>()!);
        return builder;
    }
}

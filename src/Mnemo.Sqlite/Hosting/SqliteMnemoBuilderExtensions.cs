using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteMnemoBuilderExtensions
{
    /// <summary>Uses one SQLite file at <paramref name="path"/> as the <see cref="IMemoryStore"/> and <see cref="IIngestionQueue"/> (one singleton).</summary>
    public static IMnemoBuilder WithSqliteStore(this IMnemoBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.WithSqliteStore(o => o.Path = path);
    }

    /// <summary>Uses the SQLite store configured by <paramref name="configure"/> as the <see cref="IMemoryStore"/> and <see cref="IIngestionQueue"/> (one singleton).</summary>
    public static IMnemoBuilder WithSqliteStore(this IMnemoBuilder builder, Action<SqliteStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SqliteStoreOptions();
        configure(options);
        options.Validate();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.RemoveAll<IMemoryStore>();
        builder.Services.RemoveAll<IIngestionQueue>();

        // The container disposes the store (it is IAsyncDisposable) because the container created it.
        builder.Services.AddSingleton<IMemoryStore>(sp => SqliteMemoryStoreFactory.Create(
            options,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("Mnemo.Sqlite")));

        // The same instance is the durable queue of background adds (found through any decorator of the store).
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IMemoryStore>().GetService<IIngestionQueue>()!);
        return builder;
    }
}

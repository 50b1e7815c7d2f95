using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mnemo;

/// <summary>
/// Creates the PostgreSQL <see cref="IMemoryStore"/> without dependency injection (tools, tests, benchmarks). The store
/// itself is internal; it also implements <see cref="IAsyncDisposable"/>, and offers <see cref="IIngestionQueue"/>,
/// <see cref="IWorkingMemoryStore"/>, <see cref="IApiKeyStore"/>, <see cref="IScopeWriteLock"/> and
/// <see cref="IMemoryChangeNotifications"/> through <see cref="IMemoryStore.GetService"/>.
/// </summary>
public static class PostgresMemoryStoreFactory
{
    /// <summary>Creates a store over <see cref="PostgresStoreOptions.ConnectionString"/>; call <see cref="IMemoryStore.InitializeAsync"/> before use.</summary>
    /// <param name="options">The settings; <see cref="PostgresStoreOptions.ConnectionString"/> is required.</param>
    /// <param name="timeProvider">The clock for queue times, receipts and keys; defaults to <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Where diagnostics go; defaults to none.</param>
    public static IMemoryStore Create(PostgresStoreOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new PostgresMemoryStore(options, timeProvider ?? TimeProvider.System, logger ?? NullLogger.Instance);
    }

    /// <summary>An <see cref="IApiKeyStore"/> over the database of <paramref name="connectionString"/> (the schema is migrated on first use).</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="timeProvider">The clock for creation and revocation times; defaults to <see cref="TimeProvider.System"/>.</param>
    public static IApiKeyStore CreateApiKeyStore(string connectionString, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new PostgresStoreOptions { ConnectionString = connectionString };
        options.Validate();
        return new PostgresApiKeyStore(PostgresDatabase.Create(options, NullLogger.Instance), timeProvider ?? TimeProvider.System, ownsDatabase: true);
    }
}

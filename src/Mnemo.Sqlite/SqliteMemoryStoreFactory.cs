using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mnemo;

/// <summary>
/// Creates the embedded SQLite <see cref="IMemoryStore"/> without dependency injection (tools, tests, benchmarks).
/// The store itself is internal; it also implements <see cref="IDisposable"/> and <see cref="IAsyncDisposable"/>.
/// </summary>
public static class SqliteMemoryStoreFactory
{
    /// <summary>Creates a store over <see cref="SqliteStoreOptions.Path"/>; call <see cref="IMemoryStore.InitializeAsync"/> before use.</summary>
    /// <param name="options">The settings; <see cref="SqliteStoreOptions.Path"/> is required.</param>
    /// <param name="timeProvider">The clock for receipts; defaults to <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Where diagnostics go; defaults to none.</param>
    public static IMemoryStore Create(SqliteStoreOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new SqliteMemoryStore(options, timeProvider ?? TimeProvider.System, logger ?? NullLogger.Instance);
    }
}

using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mnemo;

/// <summary>
/// The connection pool of one store (an <see cref="NpgsqlDataSource"/>) and the schema check run once per instance.
/// Shared by the store's parts (rows, feed, queue, keys, working memory, locks).
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrateGate = new(1, 1);
    private volatile bool _migrated;

    private PostgresDatabase(NpgsqlDataSource dataSource, PostgresStoreOptions options, ILogger logger)
    {
        DataSource = dataSource;
        Options = options;
        Logger = logger;
    }

    public NpgsqlDataSource DataSource { get; }

    public PostgresStoreOptions Options { get; }

    public ILogger Logger { get; }

    /// <summary>The schema version after <see cref="EnsureSchemaAsync"/>.</summary>
    public int SchemaVersion { get; private set; }

    public static PostgresDatabase Create(PostgresStoreOptions options, ILogger logger)
    {
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.ConnectionStringBuilder.CommandTimeout = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds);
        return new PostgresDatabase(builder.Build(), options, logger);
    }

    /// <summary>Creates or migrates the schema, once per instance.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrateGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                SchemaVersion = await PostgresMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrateGate.Release();
        }
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        _migrateGate.Dispose();
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, vectors as BLOBs, and a change feed (Feed) from which the engine
/// builds its search index. Split by concern: writes (Apply), reads (Query), the feed and search's reads (Feed),
/// erasure (Erase).
/// </summary>
internal sealed partial class SqliteMemoryStore : IMemoryStore, IDisposable, IAsyncDisposable
{
    // synchronous=NORMAL: in WAL mode a commit survives an application crash and the file never corrupts; only a power
    // loss can roll back the last commits. Erasures checkpoint (which syncs) before they return, so a completed
    // ForgetAsync survives power loss too. FULL would fsync every write for little gain here.
    private const string ConnectionPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; ";

    private readonly SqliteStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly string _pragmas;

    // Serialises this instance's writes (SQLite serialises them across processes with its write lock).
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Serialises writers of one scope across processes sharing the file (the engine's ScopeLocks takes it).
    private readonly SqliteScopeWriteLock _scopeLock;
    private volatile EmbeddingModelInfo? _model;
    private bool _disposed;

    public SqliteMemoryStore(SqliteStoreOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _scopeLock = new SqliteScopeWriteLock(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.Path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(Math.Max(30, options.BusyTimeout.TotalSeconds)),
        }.ToString();
        _pragmas = ConnectionPragmas
            + string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -{options.CacheSizeKiB};");
    }

    public async Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (string.IsNullOrWhiteSpace(model.ModelId) || model.Dimensions <= 0)
        {
            throw new ArgumentException("The embedding model needs an id and a positive dimension.", nameof(model));
        }

        PrivateFiles.EnsureDatabaseFile(_options.Path);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var wal = connection.CreateCommand())
        {
            // Persistent in the file; set once per open so a file created elsewhere is converted too.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var schema = SqliteMigrations.Apply(connection);

        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var storedId = ReadMeta(connection, transaction, "embedding_model");
            var storedDims = ReadMeta(connection, transaction, "embedding_dimensions");
            if (storedId is null)
            {
                WriteMeta(connection, transaction, "embedding_model", model.ModelId);
                WriteMeta(connection, transaction, "embedding_dimensions", model.Dimensions);
            }
            else
            {
                var stored = new EmbeddingModelInfo(Convert.ToString(storedId, CultureInfo.InvariantCulture)!, Convert.ToInt32(storedDims, CultureInfo.InvariantCulture));
                if (stored.ModelId != model.ModelId || stored.Dimensions != model.Dimensions)
                {
                    throw new EmbeddingMismatchException(stored, model);
                }
            }

            transaction.Commit();
        }

        _model = model;
        SqliteLog.Opened(_logger, _options.Path, connection.ServerVersion, schema, model.ModelId, model.Dimensions);
    }

    /// <summary>
    /// The store's capabilities: <see cref="IScopeWriteLock"/> (file locks beside the database), and the interfaces this
    /// class implements (<see cref="IIngestionQueue"/>, <see cref="IWorkingMemoryStore"/>).
    /// </summary>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(IScopeWriteLock) ? _scopeLock
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public async Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetWithEmbeddingAsync(id, false, cancellationToken).ConfigureAwait(false))?.Item;

    public Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetWithEmbeddingAsync(id, true, cancellationToken);

    public async Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text, actor_id,
                   related_memory_id, created_at, old_metadata, new_metadata, old_categories, new_categories,
                   old_expires_at, new_expires_at
            FROM memory_history WHERE memory_id = @id ORDER BY created_at, seq
            """;
        command.Parameters.AddWithValue("@id", SqliteCodec.ToText(memoryId));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<MemoryHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(MemoryRows.Instance.History(reader));
        }

        return entries;
    }

    public async Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(hashes);
        EnsureInitialized();
        var result = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return result;
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        var parameters = new SqlParameters();
        // INDEXED BY: without statistics SQLite picks the scope's index (every memory of the user) over the hash index
        // (a few rows); at 100k memories that made this lookup three quarters of an add (docs/BENCHMARKS.md).
        command.CommandText = $"""
            SELECT m.hash, v.embedding FROM memories m INDEXED BY ix_memories_hash JOIN memory_vectors v ON v.seq = m.seq
            WHERE m.hash IN (SELECT value FROM json_each(@hashes)) AND {SqliteDialect.Scopes.Where(scope, parameters)}
            """;
        parameters.CopyTo(command);
        command.Parameters.AddWithValue("@hashes", JsonSerializer.Serialize(hashes.ToList(), RelationalJsonContext.Default.ListString));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = RelationalCodec.VectorFromBytes((byte[])reader[1]);
        }

        return result;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Closes this store's pooled connections so the files are released (and the last connection checkpoints).
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeGate.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, bool withEmbedding, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = withEmbedding
            ? $"SELECT {MemoryRows.Columns}, v.embedding FROM memories m LEFT JOIN memory_vectors v ON v.seq = m.seq WHERE m.id = @id"
            : $"SELECT {MemoryRows.Columns} FROM memories m WHERE m.id = @id";
        command.Parameters.AddWithValue("@id", SqliteCodec.ToText(id));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var item = MemoryRows.Instance.Memory(reader);
        return new StoredMemory(
            item, withEmbedding ? MemoryRows.Vector(reader, MemoryRows.Next) : ReadOnlyMemory<float>.Empty);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.CreateFunction<string?, string?>(SqliteDialect.CaseFoldFunction, s => s?.ToLowerInvariant(), isDeterministic: true);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private EmbeddingModelInfo EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _model ?? throw new InvalidOperationException("Call InitializeAsync before using the SQLite store.");
    }

    private static object? ReadMeta(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        return command.ExecuteScalar();
    }

    private static void WriteMeta(SqliteConnection connection, SqliteTransaction transaction, string key, object value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@value", value);
        command.ExecuteNonQuery();
    }
}

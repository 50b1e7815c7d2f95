using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// The scale-out store: memories, vectors, history, the ingestion queue, API keys and working memory in one PostgreSQL
/// database that several processes (replicas) share. Rows are read and written here; writes go through
/// <see cref="ChangeSetWriter"/>, erasure through <see cref="MemoryEraser"/>, the change feed through
/// <see cref="PostgresChangeFeed"/>; capabilities are separate parts found with <see cref="GetService"/>.
/// </summary>
internal sealed class PostgresMemoryStore : IMemoryStore, IMemoryChangeFeed, IMemoryFilterEvaluator, IIngestionQueue, IWorkingMemoryStore, IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ChangeSetWriter _writer;
    private readonly MemoryEraser _eraser;
    private readonly PostgresChangeFeed _feed;
    private readonly PostgresIngestionQueue _queue;
    private readonly PostgresWorkingMemory _working;
    private readonly PostgresApiKeyStore _keys;
    private readonly PostgresScopeWriteLock _locks;
    private readonly ChangeListener _listener;
    private volatile EmbeddingModelInfo? _model;
    private FilterSql<PgParameters> _filters = new(new PgDialect(icu: false));
    private int _disposed;

    public PostgresMemoryStore(PostgresStoreOptions options, TimeProvider time, ILogger logger)
    {
        _database = PostgresDatabase.Create(options, logger);
        _time = time;
        _logger = logger;
        _writer = new ChangeSetWriter(_database);
        _eraser = new MemoryEraser(_database, time, logger);
        _feed = new PostgresChangeFeed(_database);
        _queue = new PostgresIngestionQueue(_database, time, logger);
        _working = new PostgresWorkingMemory(_database);
        _keys = new PostgresApiKeyStore(_database, time, ownsDatabase: false);
        _locks = new PostgresScopeWriteLock(_database);
        _listener = new ChangeListener(_database);
    }

    public async Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (string.IsNullOrWhiteSpace(model.ModelId) || model.Dimensions <= 0)
        {
            throw new ArgumentException("The embedding model needs an id and a positive dimension.", nameof(model));
        }

        await _database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var batch = new NpgsqlBatch(connection);

        // First writer wins: the model is recorded once, then every start compares with it.
        ChangeSetWriter.Add(batch, """
            INSERT INTO mnemo_meta(key, value) VALUES ('embedding_model', @id), ('embedding_dimensions', @dims)
            ON CONFLICT (key) DO NOTHING
            """, ("id", model.ModelId, NpgsqlDbType.Text), ("dims", model.Dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text));
        ChangeSetWriter.Add(batch, "SELECT key, value FROM mnemo_meta WHERE key IN ('embedding_model', 'embedding_dimensions')");
        ChangeSetWriter.Add(batch, "SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu')");
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        var icu = false;
        using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                icu = reader.GetBoolean(0);
            }
        }

        var stored = new EmbeddingModelInfo(meta["embedding_model"], int.Parse(meta["embedding_dimensions"], System.Globalization.CultureInfo.InvariantCulture));
        if (stored.ModelId != model.ModelId || stored.Dimensions != model.Dimensions)
        {
            throw new EmbeddingMismatchException(stored, model);
        }

        _filters = new FilterSql<PgParameters>(new PgDialect(icu));
        _model = model;
        var settings = new NpgsqlConnectionStringBuilder(_database.Options.ConnectionString);
        PostgresLog.Opened(_logger, settings.Host, settings.Database, connection.ServerVersion, _database.SchemaVersion, model.ModelId, model.Dimensions);
    }

    public async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var model = EnsureInitialized();
        if (changes.IsEmpty)
        {
            var position = await _feed.GetPositionAsync(cancellationToken).ConfigureAwait(false);
            return new MemoryChangeReceipt(position, position, new Dictionary<Guid, long>());
        }

        var receipt = await _writer.ApplyAsync(changes, model.Dimensions, _time, cancellationToken).ConfigureAwait(false);
        if (receipt.Position != receipt.PositionBefore)
        {
            _listener.CommittedHere();
        }

        return receipt;
    }

    public async Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        [.. (await GetManyCoreAsync(ids, withEmbeddings: false, cancellationToken).ConfigureAwait(false)).Select(s => s.Item)];

    public async Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetManyCoreAsync([id], withEmbeddings: false, cancellationToken).ConfigureAwait(false)).FirstOrDefault()?.Item;

    public async Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetManyCoreAsync([id], withEmbeddings: true, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        var parameters = new PgParameters();
        var where = Where(query, parameters);
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One statement: the page and the total (a window count) see the same snapshot. An empty page (an offset past
        // the end, or limit 0) has no row to carry the total: then a count, which no write can have changed meaningfully.
        var items = new List<MemoryItem>();
        long total = -1;
        if (query.Limit > 0)
        {
            using var page = new NpgsqlCommand(
                $"SELECT {PgMemoryRows.Columns}, count(*) OVER () FROM memories m WHERE {where} ORDER BY {PgMemoryRows.OrderBy(query.Order)} " +
                $"LIMIT {parameters.Add(query.Limit, NpgsqlDbType.Integer)} OFFSET {parameters.Add(query.Offset, NpgsqlDbType.Integer)}",
                connection);
            parameters.CopyTo(page);
            using var reader = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(PgMemoryRows.Instance.Memory(reader));
                total = reader.GetInt64(PgMemoryRows.Next);
            }
        }

        if (total < 0)
        {
            var countParameters = new PgParameters();
            using var count = new NpgsqlCommand($"SELECT count(*) FROM memories m WHERE {Where(query, countParameters)}", connection);
            countParameters.CopyTo(count);
            total = (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var pageNumber = query.Limit > 0 ? (query.Offset / query.Limit) + 1 : 1;
        return new MemoryPage(items, (int)total, pageNumber, query.Limit);
    }

    public async IAsyncEnumerable<MemoryItem> StreamAsync(MemoryListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        var parameters = new PgParameters();
        var where = Where(query, parameters);
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"SELECT {PgMemoryRows.Columns} FROM memories m WHERE {where} ORDER BY {PgMemoryRows.OrderBy(query.Order)}", connection);
        parameters.CopyTo(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return PgMemoryRows.Instance.Memory(reader);
        }
    }

    public async Task<IReadOnlyList<MemoryEntity>> ListEntitiesAsync(MemoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        (MemoryEntityKind Kind, string Column)[] columns =
            [(MemoryEntityKind.User, "user_id"), (MemoryEntityKind.Agent, "agent_id"), (MemoryEntityKind.App, "app_id"), (MemoryEntityKind.Run, "run_id")];
        var parameters = new PgParameters();
        var where = Where(query, parameters);
        var sql = string.Join(
            "\nUNION ALL\n",
            columns.Select((c, i) =>
                $"SELECT {i}, m.{c.Column}, count(*), min(m.created_at), max(m.updated_at) FROM memories m WHERE {where} AND m.{c.Column} IS NOT NULL GROUP BY m.{c.Column}"));
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(sql, connection);
        parameters.CopyTo(command);
        var entities = new List<MemoryEntity>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entities.Add(new MemoryEntity
            {
                Kind = columns[reader.GetInt32(0)].Kind,
                Name = reader.GetString(1),
                MemoryCount = (int)reader.GetInt64(2),
                FirstCreatedAt = PgCodec.FromDb(reader.GetDateTime(3)),
                LastUpdatedAt = PgCodec.FromDb(reader.GetDateTime(4)),
            });
        }

        // Sorted here: the database's collation is not ordinal.
        return [.. entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(filter);
        EnsureInitialized();
        var parameters = new PgParameters();
        var where = _filters.Where(filter, parameters);
        var passed = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return passed;
        }

        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            $"SELECT m.id FROM memories m WHERE m.id = ANY({parameters.Add(ids.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid)}) AND {where}", connection);
        parameters.CopyTo(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            passed.Add(reader.GetGuid(0));
        }

        return passed;
    }

    public async Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("""
            SELECT id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text, actor_id,
                   related_memory_id, created_at, old_metadata::text, new_metadata::text, old_categories::text,
                   new_categories::text, old_expires_at, new_expires_at
            FROM memory_history WHERE memory_id = @id ORDER BY created_at, seq
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = memoryId });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<MemoryHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(PgMemoryRows.Instance.History(reader));
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

        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var batch = new NpgsqlBatch(connection);
        foreach (var chunk in hashes.Chunk(HashLookupChunk))
        {
            var parameters = new PgParameters();
            var command = new NpgsqlBatchCommand(HashLookupSql(scope, chunk, parameters));
            parameters.CopyTo(command);
            batch.BatchCommands.Add(command);
        }

        using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = PgMemoryRows.Vector(reader, 1);
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

        return result;
    }

    /// <summary>
    /// Most hashes one statement of <see cref="GetEmbeddingsByHashAsync"/> looks up; more go in further statements of
    /// the same batch (one round trip). Without statistics PostgreSQL costs each probe at ~900, and past
    /// <c>jit_above_cost</c> (100,000) it JIT-compiles the statement: ~50 ms for an import's 2,000 hashes in one
    /// statement, which took a 100k import from 14,490 to 8,438 memories/s.
    /// </summary>
    internal const int HashLookupChunk = 64;

    /// <summary>
    /// The stored vectors of <paramref name="scope"/>'s memories whose text hash is one of <paramref name="hashes"/>:
    /// one probe of the hash index per hash, then the scope, whatever the statistics. Before ANALYZE has run on freshly
    /// loaded rows (an import, a migration: autovacuum gets to them within a minute or so), the planner guesses that
    /// <c>hash = ANY(32 hashes)</c> matches ~10 % of the table and reads all of it (measured with auto_explain at 100k
    /// memories: a sequential scan of 102,656 rows, 15-25 ms per add, against 0.2 ms through the index once analysed),
    /// or it takes the scope's index and reads every memory of the user. The lateral subquery with OFFSET 0 cannot be
    /// flattened into a join, so each hash is an equality lookup, for which the index always wins.
    /// </summary>
    internal static string HashLookupSql(MemoryScope scope, IReadOnlyCollection<string> hashes, PgParameters parameters) => $"""
        SELECT m.hash, v.embedding
        FROM unnest({parameters.Add(hashes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}::text[]) AS h(hash)
        CROSS JOIN LATERAL (SELECT * FROM memories WHERE memories.hash = h.hash OFFSET 0) m
        JOIN memory_vectors v ON v.memory_id = m.id
        WHERE {PgDialect.Scopes.Where(scope, parameters)}
        """;

    public async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        EnsureInitialized();
        var receipt = await _eraser.ForgetAsync(scope, cancellationToken).ConfigureAwait(false);
        _listener.CommittedHere();
        return receipt;
    }

    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        await _eraser.ResetAsync(cancellationToken).ConfigureAwait(false);
        _listener.CommittedHere();
    }

    public Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _feed.GetPositionAsync(cancellationToken);
    }

    public Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _feed.ReadChangesAsync(after, limit, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(IApiKeyStore) ? _keys
            : serviceType == typeof(IScopeWriteLock) ? _locks
            : serviceType == typeof(IMemoryChangeNotifications) ? _listener
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    // The queue and working memory: the store is both (callers may cast), each implemented by its part.
    public Task<IngestionEvent> EnqueueAsync(MemoryScope scope, string payload, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.EnqueueAsync(scope, payload, cancellationToken);
    }

    public Task<IngestionEvent?> ClaimNextAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.ClaimNextAsync(cancellationToken);
    }

    public Task<int> RequeueRunningAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.RequeueRunningAsync(cancellationToken);
    }

    public Task FailAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.FailAsync(id, error, cancellationToken);
    }

    public Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.RetryAsync(id, cancellationToken);
    }

    public Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.GetEventAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(MemoryScope? scope, IngestionStatus? status = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _queue.ListEventsAsync(scope, status, limit, cancellationToken);
    }

    public Task<WorkingMemoryState?> GetWorkingMemoryAsync(MemoryScope scope, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _working.GetAsync(scope, asOf, cancellationToken);
    }

    public Task SaveWorkingMemoryAsync(WorkingMemoryState state, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _working.SaveAsync(state, cancellationToken);
    }

    public Task<bool> DeleteWorkingMemoryAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _working.DeleteAsync(scope, cancellationToken);
    }

    public Task<int> DeleteWorkingMemoriesAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _working.DeleteAllAsync(scope, cancellationToken);
    }

    public Task<IReadOnlyList<WorkingMemoryState>> ListExpiredWorkingMemoriesAsync(DateTimeOffset asOf, int limit, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _working.ListExpiredAsync(asOf, limit, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _listener.DisposeAsync().ConfigureAwait(false);
        await _queue.DisposeAsync().ConfigureAwait(false);
        await _database.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Memories by id with or without their vectors, in one round trip; unknown ids are left out.</summary>
    internal async Task<IReadOnlyList<StoredMemory>> GetManyCoreAsync(IReadOnlyCollection<Guid> ids, bool withEmbeddings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        EnsureInitialized();
        var found = new List<StoredMemory>(ids.Count);
        if (ids.Count == 0)
        {
            return found;
        }

        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            withEmbeddings
                ? $"""
                  SELECT {PgMemoryRows.Columns}, v.embedding, c.embedding FROM memories m
                  LEFT JOIN memory_vectors v ON v.memory_id = m.id LEFT JOIN memory_context_vectors c ON c.memory_id = m.id
                  WHERE m.id = ANY(@ids)
                  """
                : $"SELECT {PgMemoryRows.Columns} FROM memories m WHERE m.id = ANY(@ids)",
            connection);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var item = PgMemoryRows.Instance.Memory(reader);
            found.Add(withEmbeddings
                ? new StoredMemory(item, PgMemoryRows.Vector(reader, PgMemoryRows.Next)) { ContextEmbedding = PgMemoryRows.Vector(reader, PgMemoryRows.Next + 1) }
                : new StoredMemory(item, ReadOnlyMemory<float>.Empty));
        }

        return found;
    }

    private string Where(MemoryListQuery query, PgParameters parameters) =>
        $"{PgDialect.Scopes.Where(query.Scope, parameters)} AND {PgDialect.Scopes.Active(query.AsOf, query.IncludeSuperseded, query.IncludeExpired, parameters)} AND {_filters.Where(query.Filter, parameters)}";

    private EmbeddingModelInfo EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return _model ?? throw new InvalidOperationException("Call InitializeAsync before using the PostgreSQL store.");
    }
}

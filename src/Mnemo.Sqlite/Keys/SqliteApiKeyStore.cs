using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// API keys in the memory store's SQLite file (table <c>api_keys</c>, schema step 3). It opens its own connections,
/// so a running server sees keys created or revoked by another process (<c>mnemo keys</c>) at the next request.
/// </summary>
internal sealed class SqliteApiKeyStore(string path, TimeProvider time) : IApiKeyStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private int _migrated;

    public async Task<CreatedApiKey> CreateAsync(string projectId, string? name = null, CancellationToken cancellationToken = default)
    {
        var created = ApiKeyRecords.Create(projectId, name, time.GetUtcNow());
        var info = created.Info;
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO api_keys(id, project_id, name, prefix, key_hash, created_at)
            VALUES (@id, @project, @name, @prefix, @hash, @created)
            """;
        command.Parameters.AddWithValue("@id", info.Id);
        command.Parameters.AddWithValue("@project", info.ProjectId);
        command.Parameters.AddWithValue("@name", SqliteCodec.ToDb(info.Name));
        command.Parameters.AddWithValue("@prefix", info.Prefix);
        command.Parameters.AddWithValue("@hash", ApiKeyHash.Compute(created.Key));
        command.Parameters.AddWithValue("@created", SqliteCodec.ToMs(info.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    public async Task<ApiKeyInfo?> FindByHashAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyHash);
        var found = await QueryAsync("WHERE key_hash = @p AND revoked_at IS NULL", keyHash, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string? projectId = null, CancellationToken cancellationToken = default) =>
        projectId is null
            ? QueryAsync(string.Empty, null, cancellationToken)
            : QueryAsync("WHERE project_id = @p", projectId, cancellationToken);

    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("@id", keyId);
        command.Parameters.AddWithValue("@now", SqliteCodec.ToMs(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<IReadOnlyList<ApiKeyInfo>> QueryAsync(string where, string? parameter, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, project_id, name, prefix, created_at, revoked_at FROM api_keys {where} ORDER BY created_at, id";
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("@p", parameter);
        }

        var keys = new List<ApiKeyInfo>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(MemoryRows.Instance.ApiKey(reader));
        }

        return keys;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // The keys table may be newer than the file (schema step 3): migrate once per store, like the memory store does.
            if (Interlocked.Exchange(ref _migrated, 1) == 0)
            {
                using (var wal = connection.CreateCommand())
                {
                    wal.CommandText = "PRAGMA journal_mode = WAL;";
                    await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                SqliteMigrations.Apply(connection);
            }

            return connection;
        }
        catch
        {
            Interlocked.Exchange(ref _migrated, 0);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

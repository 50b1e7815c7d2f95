using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// API keys in the store's database (table <c>api_keys</c>): every replica sees a key created or revoked by any other
/// process (<c>mnemo keys</c>) at its next request. Only the SHA-256 of a key is stored.
/// </summary>
internal sealed class PostgresApiKeyStore(PostgresDatabase database, TimeProvider time, bool ownsDatabase) : IApiKeyStore, IAsyncDisposable
{
    public async Task<CreatedApiKey> CreateAsync(string projectId, string? name = null, CancellationToken cancellationToken = default)
    {
        var created = ApiKeyRecords.Create(projectId, name, PgCodec.FromDb(PgCodec.ToDb(time.GetUtcNow())));
        var info = created.Info;
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("""
            INSERT INTO api_keys(id, project_id, name, prefix, key_hash, created_at) VALUES (@id, @project, @name, @prefix, @hash, @created)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = info.Id });
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Text) { Value = info.ProjectId });
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = (object?)info.Name ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("prefix", NpgsqlDbType.Text) { Value = info.Prefix });
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Text) { Value = ApiKeyHash.Compute(created.Key) });
        command.Parameters.Add(new NpgsqlParameter("created", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(info.CreatedAt) });
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
        projectId is null ? QueryAsync(string.Empty, null, cancellationToken) : QueryAsync("WHERE project_id = @p", projectId, cancellationToken);

    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(time.GetUtcNow()) });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsDatabase)
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<ApiKeyInfo>> QueryAsync(string where, string? parameter, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"SELECT id, project_id, name, prefix, created_at, revoked_at FROM api_keys {where} ORDER BY created_at, id COLLATE \"C\"", connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Text) { Value = parameter });
        }

        var keys = new List<ApiKeyInfo>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(PgMemoryRows.Instance.ApiKey(reader));
        }

        return keys;
    }

    // The keys table may be newer than the database (a key command before any memory command): migrate once.
    private async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await database.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await database.OpenAsync(cancellationToken).ConfigureAwait(false);
    }
}

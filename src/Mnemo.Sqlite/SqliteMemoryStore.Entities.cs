using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Entity listing: one GROUP BY per scope column, so no memory row leaves the database.</summary>
internal sealed partial class SqliteMemoryStore
{
    private static readonly (MemoryEntityKind Kind, string Column)[] _entityColumns =
    [
        (MemoryEntityKind.User, "user_id"),
        (MemoryEntityKind.Agent, "agent_id"),
        (MemoryEntityKind.App, "app_id"),
        (MemoryEntityKind.Run, "run_id"),
    ];

    public async Task<IReadOnlyList<MemoryEntity>> ListEntitiesAsync(MemoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        var parameters = new SqlParameters();
        var where = Where(query, parameters);
        var sql = string.Join(
            "\nUNION ALL\n",
            _entityColumns.Select((c, i) =>
                $"SELECT {i}, m.{c.Column}, count(*), min(m.created_at), max(m.updated_at) FROM memories m WHERE {where} AND m.{c.Column} IS NOT NULL GROUP BY m.{c.Column}"));
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, sql);
        parameters.CopyTo(command);
        var entities = new List<MemoryEntity>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entities.Add(Entity(reader));
        }

        // Sorted here: SQLite's text order is by bytes, which is ordinal for UTF-8 but not for UTF-16 surrogates.
        return [.. entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    private static MemoryEntity Entity(SqliteDataReader reader) => new()
    {
        Kind = _entityColumns[reader.GetInt32(0)].Kind,
        Name = reader.GetString(1),
        MemoryCount = reader.GetInt32(2),
        FirstCreatedAt = SqliteCodec.FromMs(reader.GetInt64(3)),
        LastUpdatedAt = SqliteCodec.FromMs(reader.GetInt64(4)),
    };
}

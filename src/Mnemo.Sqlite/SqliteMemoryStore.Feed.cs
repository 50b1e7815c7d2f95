using System.Text.Json;

namespace Mnemo;

/// <summary>
/// The change feed (<see cref="IMemoryChangeFeed"/>) and the reads search makes of the store: rows by id and a filter
/// over a candidate set.
/// </summary>
internal sealed partial class SqliteMemoryStore
{
    public async Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return FeedCounter.ReadMeta(connection, null, "feed_position");
    }

    public async Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot: the position, the rows and the tombstones agree.
        using var transaction = connection.BeginTransaction(deferred: true);
        var position = FeedCounter.ReadMeta(connection, transaction, "feed_position");
        var floor = FeedCounter.ReadMeta(connection, transaction, "feed_floor");
        if (after > position || (after > 0 && after < floor))
        {
            return new MemoryFeedPage { Position = position, Reload = true };
        }

        var upserts = new List<MemoryFeedEntry>();
        var last = after;
        var hasMore = false;
        using (var command = Command(connection, transaction, $"""
            SELECT {MemoryRows.Columns}, v.embedding, c.embedding, m.seq, m.change_seq
            FROM memories m LEFT JOIN memory_vectors v ON v.seq = m.seq LEFT JOIN memory_context_vectors c ON c.seq = m.seq
            WHERE m.change_seq > @after ORDER BY m.change_seq LIMIT @limit
            """))
        {
            command.Parameters.AddWithValue("@after", after);
            command.Parameters.AddWithValue("@limit", limit + 1);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (upserts.Count == limit)
                {
                    hasMore = true;
                    break;
                }

                var item = MemoryRows.Instance.Memory(reader);
                var embedding = MemoryRows.Vector(reader, MemoryRows.Next);
                var context = MemoryRows.Vector(reader, MemoryRows.Next + 1);
                upserts.Add(new MemoryFeedEntry(reader.GetInt64(MemoryRows.Next + 2), new StoredMemory(item, embedding) { ContextEmbedding = context }));
                last = reader.GetInt64(MemoryRows.Next + 3);
            }
        }

        var reached = hasMore ? last : position;
        var deletes = new List<Guid>();
        if (after > 0)
        {
            using var command = Command(connection, transaction, "SELECT id FROM memory_tombstones WHERE change_seq > @after AND change_seq <= @reached ORDER BY change_seq");
            command.Parameters.AddWithValue("@after", after);
            command.Parameters.AddWithValue("@reached", reached);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deletes.Add(Guid.Parse(reader.GetString(0)));
            }
        }

        transaction.Commit();
        return new MemoryFeedPage { Position = reached, Upserts = upserts, Deletes = deletes, HasMore = hasMore };
    }

    public async Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(filter);
        EnsureInitialized();
        var passing = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return passing;
        }

        var parameters = new SqlParameters();
        var where = SqliteDialect.Filters.Where(filter, parameters);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // CROSS JOIN fixes the order: one primary-key lookup per candidate, never a scan.
        using var command = Command(connection, null, $"SELECT m.id FROM json_each(@ids) AS c CROSS JOIN memories m ON m.id = c.value WHERE {where}");
        parameters.CopyTo(command);
        command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(ids.Select(SqliteCodec.ToText).ToList(), RelationalJsonContext.Default.ListString));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            passing.Add(Guid.Parse(reader.GetString(0)));
        }

        return passing;
    }

    public async Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        EnsureInitialized();
        if (ids.Count == 0)
        {
            return [];
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {MemoryRows.Columns} FROM json_each(@ids) AS c CROSS JOIN memories m ON m.id = c.value");
        command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(ids.Select(SqliteCodec.ToText).Distinct().ToList(), RelationalJsonContext.Default.ListString));
        var items = new List<MemoryItem>(ids.Count);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(MemoryRows.Instance.Memory(reader));
        }

        return items;
    }
}

using System.Data;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// The change feed over <c>memories.change_seq</c> and <c>memory_tombstones</c>: every upserted row and every deleted id
/// carries the position of the write that made it, assigned under the feed row's lock (so in commit order). A page is
/// read in one REPEATABLE READ snapshot, so its rows, tombstones and position agree.
/// </summary>
internal sealed class PostgresChangeFeed(PostgresDatabase database)
{
    public async Task<long> GetPositionAsync(CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("SELECT position FROM mnemo_feed WHERE id = 1", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        using var batch = new NpgsqlBatch(connection, transaction);
        ChangeSetWriter.Add(batch, "SELECT position, floor FROM mnemo_feed WHERE id = 1");

        // The page's rows first, then their vectors: the joins see at most `limit` rows whatever the statistics say. As
        // one join under the LIMIT, statistics taken while a bulk load was still filling the tables made the planner pick,
        // in about one cold load in ten, a plan that spilled to temporary files on every page (docs/BENCHMARKS.md).
        ChangeSetWriter.Add(batch, $"""
            WITH page AS MATERIALIZED (
                SELECT {PgMemoryRows.Columns}, m.seq, m.change_seq FROM memories m WHERE m.change_seq > @after ORDER BY m.change_seq LIMIT @limit)
            SELECT p.*, v.embedding, c.embedding FROM page p
            LEFT JOIN memory_vectors v ON v.memory_id = p.id LEFT JOIN memory_context_vectors c ON c.memory_id = p.id
            ORDER BY p.change_seq
            """, ("after", after, NpgsqlDbType.Bigint), ("limit", limit, NpgsqlDbType.Integer));

        // Tombstones up to where this page's upserts end: the last upsert's position when the page is full, else all.
        ChangeSetWriter.Add(batch, """
            WITH page AS (SELECT change_seq FROM memories WHERE change_seq > @after ORDER BY change_seq LIMIT @limit),
                 bound AS (SELECT CASE WHEN (SELECT count(*) FROM page) = @limit THEN (SELECT max(change_seq) FROM page)
                                       ELSE (SELECT position FROM mnemo_feed WHERE id = 1) END AS upto)
            SELECT t.id FROM memory_tombstones t, bound WHERE t.change_seq > @after AND t.change_seq <= bound.upto
            """, ("after", after, NpgsqlDbType.Bigint), ("limit", limit, NpgsqlDbType.Integer));

        long position, floor;
        var upserts = new List<MemoryFeedEntry>();
        var deletes = new List<Guid>();
        long last = 0;
        using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            position = reader.GetInt64(0);
            floor = reader.GetInt64(1);

            // A position before the floor (a reset since) or past the store's (a restored backup) cannot be continued.
            if ((after > 0 && after < floor) || after > position)
            {
                return new MemoryFeedPage { Position = position, Reload = true };
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var item = PgMemoryRows.Instance.Memory(reader);
                last = reader.GetInt64(PgMemoryRows.Next + 1);
                upserts.Add(new MemoryFeedEntry(
                    reader.GetInt64(PgMemoryRows.Next),
                    new StoredMemory(item, PgMemoryRows.Vector(reader, PgMemoryRows.Next + 2)) { ContextEmbedding = PgMemoryRows.Vector(reader, PgMemoryRows.Next + 3) }));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deletes.Add(reader.GetGuid(0));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var full = upserts.Count == limit;
        var reached = full ? last : position;
        return new MemoryFeedPage { Position = reached, Upserts = upserts, Deletes = deletes, HasMore = full && reached < position };
    }
}

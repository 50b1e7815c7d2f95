using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// Erasure: forget a subject (every memory, vector, history entry and queued add of the scope, in one transaction, with
/// a tombstone per memory so other replicas drop it from their index), or reset everything (the feed's floor moves, so
/// every reader reloads). What PostgreSQL keeps of the bytes afterwards is in docs/architecture.md ("PostgreSQL and bytes").
/// </summary>
internal sealed class MemoryEraser(PostgresDatabase database, TimeProvider time, ILogger logger)
{
    public async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        // An empty scope would erase a whole project: refuse, as every other scoped operation does.
        scope.Validate();
        var started = time.GetTimestamp();
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Round trip 1: the feed row (serialises with every writer, as ApplyAsync does) and the subject's memories.
        var ids = new List<Guid>();
        var select = new PgParameters();
        using (var command = new NpgsqlCommand(
            $"SELECT position FROM mnemo_feed WHERE id = 1 FOR UPDATE; SELECT m.id FROM memories m WHERE {PgDialect.Scopes.Where(scope, select)} ORDER BY m.seq",
            connection, transaction))
        {
            select.CopyTo(command);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        // Round trip 2: everything else, set-based. Vectors go with their memories (ON DELETE CASCADE).
        using var batch = new NpgsqlBatch(connection, transaction);
        var idArray = ids.ToArray();
        NpgsqlBatchCommand? memories = null;
        if (idArray.Length > 0)
        {
            ChangeSetWriter.Add(batch, "UPDATE mnemo_feed SET position = position + @n WHERE id = 1", ("n", (long)idArray.Length, NpgsqlDbType.Bigint));
            memories = ChangeSetWriter.Add(batch, "DELETE FROM memories WHERE id = ANY(@ids)", ("ids", idArray, NpgsqlDbType.Array | NpgsqlDbType.Uuid));
            ChangeSetWriter.Add(batch, $"""
                INSERT INTO memory_tombstones(id, change_seq)
                SELECT x.id, {ChangeSetWriter.Position} - @n + x.ord FROM unnest(@ids) WITH ORDINALITY AS x(id, ord)
                ON CONFLICT (id) DO UPDATE SET change_seq = EXCLUDED.change_seq
                """, ("ids", idArray, NpgsqlDbType.Array | NpgsqlDbType.Uuid), ("n", (long)idArray.Length, NpgsqlDbType.Bigint));
        }

        var historyParameters = new PgParameters();
        var history = new NpgsqlBatchCommand(
            $"DELETE FROM memory_history h WHERE ({PgDialect.Scopes.Where(scope, historyParameters, "h")}) OR h.memory_id = ANY({historyParameters.Add(idArray, NpgsqlDbType.Array | NpgsqlDbType.Uuid)})");
        historyParameters.CopyTo(history);
        batch.BatchCommands.Add(history);
        var queueParameters = new PgParameters();
        var queue = new NpgsqlBatchCommand($"DELETE FROM ingest_queue q WHERE {PgDialect.Scopes.Where(scope, queueParameters, "q")}");
        queueParameters.CopyTo(queue);
        batch.BatchCommands.Add(queue);
        if (idArray.Length > 0)
        {
            ChangeSetWriter.Add(batch, "SELECT pg_notify('mnemo_changes', position::text) FROM mnemo_feed WHERE id = 1");
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var counts = (Memories: memories?.RecordsAffected ?? 0, History: history.RecordsAffected, Queued: queue.RecordsAffected);
        var elapsed = time.GetElapsedTime(started);
        PostgresLog.Forgot(logger, counts.Memories, counts.History, counts.Queued, elapsed.TotalMilliseconds);
        return new ForgetReceipt
        {
            Scope = scope,
            Memories = counts.Memories,
            HistoryEntries = counts.History,
            QueuedItems = counts.Queued,
            CompletedAt = time.GetUtcNow(),
            Duration = elapsed,
        };
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // TRUNCATE writes new, empty files and unlinks the old ones (rather than leaving dead rows in pages). The floor
        // tells every reader that the positions before it are gone: they reload.
        using (var command = new NpgsqlCommand("""
            SELECT position FROM mnemo_feed WHERE id = 1 FOR UPDATE;
            TRUNCATE memory_vectors, memory_context_vectors, memory_tombstones, memory_history, ingest_queue, working_memory, memories;
            UPDATE mnemo_feed SET position = position + 1, floor = position + 1 WHERE id = 1;
            SELECT pg_notify('mnemo_changes', position::text) FROM mnemo_feed WHERE id = 1;
            """, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}

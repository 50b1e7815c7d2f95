using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// Erasure: forget a subject, or reset everything. Deleted rows are zeroed in place (secure_delete) and the WAL is
/// checkpointed and truncated, so the text no longer appears in any of the store's files. The change feed keeps the
/// erased ids (tombstones, never text) so every engine's index drops them.
/// </summary>
internal sealed partial class SqliteMemoryStore
{
    public async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        EnsureInitialized();

        // An empty scope would erase a whole project: refuse, as every other scoped operation does.
        scope.Validate();
        var started = _time.GetTimestamp();
        int memories, history, queued;
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            List<long> seqs;
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                var p = new SqlParameters();
                var memoryWhere = SqliteDialect.Scopes.Where(scope, p, "m");
                var historyWhere = SqliteDialect.Scopes.Where(scope, p, "h");
                var queueWhere = SqliteDialect.Scopes.Where(scope, p, "q");

                seqs = [];
                var ids = new List<string>();
                using (var select = Bound(connection, transaction, $"SELECT m.seq, m.id FROM memories m WHERE {memoryWhere}", p))
                using (var reader = select.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        seqs.Add(reader.GetInt64(0));
                        ids.Add(reader.GetString(1));
                    }
                }

                var idsJson = JsonSerializer.Serialize(ids, RelationalJsonContext.Default.ListString);
                var historyOf = $"({historyWhere} OR h.memory_id IN (SELECT value FROM json_each(@ids)))";
                var seqsJson = JsonSerializer.Serialize(seqs, RelationalJsonContext.Default.ListInt64);
                Execute(connection, transaction, "DELETE FROM memory_vectors WHERE seq IN (SELECT value FROM json_each(@seqs))", null, ("@seqs", seqsJson));
                Execute(connection, transaction, "DELETE FROM memory_context_vectors WHERE seq IN (SELECT value FROM json_each(@seqs))", null, ("@seqs", seqsJson));
                memories = Execute(connection, transaction, "DELETE FROM memories WHERE seq IN (SELECT value FROM json_each(@seqs))", null, ("@seqs", seqsJson));
                history = Execute(connection, transaction, $"DELETE FROM memory_history AS h WHERE {historyOf}", p, ("@ids", idsJson));
                queued = Execute(connection, transaction, $"DELETE FROM ingest_queue AS q WHERE {queueWhere}", p);
                var feed = FeedCounter.Read(connection, transaction);
                foreach (var id in ids)
                {
                    feed.Tombstone(connection, transaction, id);
                }

                feed.Write(connection, transaction);
                transaction.Commit();
            }

            Checkpoint(connection);
        }
        finally
        {
            _writeGate.Release();
        }

        var elapsed = _time.GetElapsedTime(started);
        SqliteLog.Forgot(_logger, memories, history, queued, elapsed.TotalMilliseconds);
        return new ForgetReceipt
        {
            Scope = scope,
            Memories = memories,
            HistoryEntries = history,
            QueuedItems = queued,
            CompletedAt = _time.GetUtcNow(),
            Duration = elapsed,
        };
    }

    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                Execute(connection, transaction, """
                    DELETE FROM memory_vectors;
                    DELETE FROM memory_context_vectors;
                    DELETE FROM memories;
                    DELETE FROM memory_history;
                    DELETE FROM ingest_queue;
                    DELETE FROM working_memory;
                    DELETE FROM memory_tombstones;
                    UPDATE meta SET value = (SELECT value + 1 FROM meta WHERE key = 'feed_position') WHERE key = 'feed_floor';
                    UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'feed_floor') WHERE key = 'feed_position';
                    """, null);
                transaction.Commit();
            }

            Checkpoint(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private void Checkpoint(SqliteConnection connection)
    {
        using var command = Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
        using var reader = command.ExecuteReader();
        if (reader.Read() && reader.GetInt64(0) != 0)
        {
            SqliteLog.CheckpointBusy(_logger);
        }
    }

    private static SqliteCommand Bound(
        SqliteConnection connection, SqliteTransaction transaction, string sql, SqlParameters? parameters, params (string Name, object Value)[] extra)
    {
        var command = Command(connection, transaction, sql);
        parameters?.CopyTo(command);
        foreach (var (name, value) in extra)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static int Execute(
        SqliteConnection connection, SqliteTransaction transaction, string sql, SqlParameters? parameters, params (string Name, object Value)[] extra)
    {
        using var command = Bound(connection, transaction, sql, parameters, extra);
        return command.ExecuteNonQuery();
    }
}

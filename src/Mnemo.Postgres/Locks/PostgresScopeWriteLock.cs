using System.Buffers.Binary;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// <see cref="IScopeWriteLock"/> over PostgreSQL session-level advisory locks (<c>pg_advisory_lock</c> /
/// <c>pg_advisory_lock_shared</c>) on a 64-bit hash of each key, held on one pooled session for the whole write: not a
/// transaction, because an add waits for the LLM between its reads and its write.
/// </summary>
/// <remarks>
/// Keys are taken in the order of their hashes (the same in every process), so no two writers wait on each other in a
/// cycle; two keys with one hash merge (exclusive wins), which can only serialise more. PostgreSQL queues a shared
/// request behind a waiting exclusive one, so a delete-all is not starved by a stream of adds. Release unlocks
/// explicitly before the session returns to the pool; if the process dies, PostgreSQL ends the session and frees them.
/// Advisory locks are per database: two Mnemo schemas in one database share the key space (harmless: more serial).
/// </remarks>
internal sealed class PostgresScopeWriteLock(PostgresDatabase database) : IScopeWriteLock
{
    public async Task<IDisposable> AcquireAsync(IReadOnlyList<ScopeLockKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var locks = keys
            .GroupBy(k => Hash(k.Key))
            .Select(g => (Hash: g.Key, Exclusive: g.Any(k => k.Exclusive)))
            .OrderBy(l => l.Hash)
            .ToList();

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One round trip: the statements run in order, each waiting for its lock.
            using var batch = new NpgsqlBatch(connection);
            foreach (var (hash, exclusive) in locks)
            {
                var command = new NpgsqlBatchCommand(exclusive ? "SELECT pg_advisory_lock(@k)" : "SELECT pg_advisory_lock_shared(@k)");
                command.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Bigint) { Value = hash });
                batch.BatchCommands.Add(command);
            }

            // No statement timeout: the wait is bounded by the caller's token (cancellation reaches the server).
            batch.Timeout = 0;
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new Holder(connection);
        }
        catch
        {
            Release(connection);
            throw;
        }
    }

    /// <summary>A stable 64-bit hash of the key (the first 8 bytes of its SHA-256): the same in every process and version.</summary>
    internal static long Hash(string key) => BinaryPrimitives.ReadInt64BigEndian(ScopeLockHash.Of(key));

    private static void Release(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                unlock.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The session is broken: PostgreSQL ends it, which releases its locks; the pool discards a broken connection.
        }
        finally
        {
            connection.Dispose();
        }
    }

    private sealed class Holder(NpgsqlConnection connection) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Release(connection);
            }
        }
    }
}

using Npgsql;

namespace Mnemo;

/// <summary>
/// Creates and drops a throw-away PostgreSQL database (<c>mnemo eval --postgres</c>, the benchmarks' stores).
/// <c>WITH (FORCE)</c> ends the caller's lingering connections, but PostgreSQL refuses it (42501) to a role that may not
/// signal every session in the database, and an autovacuum worker, busy with the freshly filled tables, is such a session
/// for a role without superuser or <c>pg_signal_backend</c>. A plain <c>DROP DATABASE</c> stops autovacuum workers
/// itself, so it is the fallback; it waits up to 5 s for other sessions and fails (55006) while one remains, so it is
/// tried three times.
/// </summary>
internal static class ThrowAwayDatabase
{
    /// <summary>
    /// Creates a database named <paramref name="prefix"/> and 12 random hex digits through <paramref name="server"/>;
    /// returns its name and a connection string to it. The server's search path names a schema of its own database,
    /// which the new one does not have, so the new one's default applies.
    /// </summary>
    /// <exception cref="PostgresException">The role may not create databases (42501), or the server refused otherwise.</exception>
    public static async Task<(string Name, string ConnectionString)> CreateAsync(string server, string prefix, CancellationToken cancellationToken = default)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name, SearchPath = null }.ConnectionString);
    }

    /// <summary>Drops <paramref name="database"/> (a name from <see cref="CreateAsync"/>) through <paramref name="server"/>.</summary>
    public static async Task DropAsync(string server, string database, CancellationToken cancellationToken = default)
    {
        using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var force = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
                await force.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // A session this role may not end: fall through to the plain drop, which ends autovacuum workers.
            }

            try
            {
                using var plain = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database}", connection);
                await plain.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

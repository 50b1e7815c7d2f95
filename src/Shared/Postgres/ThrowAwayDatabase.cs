using Npgsql;

namespace Mnemo;

/// <summary>
/// Drops a throw-away PostgreSQL database (<c>mnemo eval --postgres</c>, the benchmarks' stores). <c>WITH (FORCE)</c> ends
/// the caller's lingering connections, but PostgreSQL refuses it (42501) to a role that may not signal every session in
/// the database, and an autovacuum worker, busy with the freshly filled tables, is such a session for a role without
/// superuser or <c>pg_signal_backend</c>. A plain <c>DROP DATABASE</c> stops autovacuum workers itself, so it is the
/// fallback; it waits up to 5 s for other sessions and fails (55006) while one remains, so it is tried three times.
/// </summary>
internal static class ThrowAwayDatabase
{
    /// <summary>Drops <paramref name="database"/> (an identifier made by the caller) through <paramref name="server"/>.</summary>
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

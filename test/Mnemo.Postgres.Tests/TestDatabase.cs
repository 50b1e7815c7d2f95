using Npgsql;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>
/// Fresh, empty schemas in the throw-away PostgreSQL that eng/test-setup/postgres.sh starts (<c>MNEMO_TEST_POSTGRES</c>).
/// Each store of a test gets its own schema (its connection string sets <c>Search Path</c>); dropped when disposed.
/// Without the variable a test skips, unless <c>CI=true</c>: there a missing database fails the run.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<string> _schemas = [];

    /// <summary>The server's connection string (a role that may create schemas and databases).</summary>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("MNEMO_TEST_POSTGRES");
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("MNEMO_TEST_POSTGRES is not set under CI=true: eng/test-setup/postgres.sh did not start PostgreSQL (see its output above).");
            }

            Assert.Skip("MNEMO_TEST_POSTGRES is not set: run ./test.sh (eng/test-setup/postgres.sh starts a throw-away PostgreSQL) or point it at a server.");
            return string.Empty;
        }
    }

    /// <summary>A connection string whose search path is a new, empty schema.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var server = ServerConnectionString;
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_schemas.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            foreach (var schema in _schemas)
            {
                await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException)
        {
            // A leftover schema in a throw-away cluster is harmless; never fail a test on cleanup.
        }
    }
}

using Npgsql;

namespace Mnemo.Cli.Tests;

/// <summary>
/// A fresh schema for one test in the throw-away PostgreSQL of eng/test-setup/postgres.sh (<c>MNEMO_TEST_POSTGRES</c>),
/// dropped on dispose. Without the variable a test is skipped, and failed under <c>CI=true</c>, where the script must
/// have started the server.
/// </summary>
internal sealed class TestSchema : IAsyncDisposable
{
    private TestSchema(string server, string name)
    {
        Server = server;
        Name = name;
    }

    /// <summary>The server's connection string (no search path).</summary>
    public string Server { get; }

    /// <summary>The schema's name.</summary>
    public string Name { get; }

    /// <summary>A connection string whose search path is the schema: what <c>--postgres</c> gets.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = Name }.ConnectionString;

    /// <summary>The server's connection string, or skips (fails under CI) when there is none.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable("MNEMO_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("MNEMO_TEST_POSTGRES is not set under CI=true: eng/test-setup/postgres.sh did not start PostgreSQL.");
        }

        Assert.Skip("MNEMO_TEST_POSTGRES is not set: run ./test.sh (eng/test-setup/postgres.sh starts a throw-away PostgreSQL).");
        return string.Empty;
    }

    /// <summary>Creates a schema named <paramref name="prefix"/> and 16 random hex digits.</summary>
    public static async Task<TestSchema> CreateAsync(string prefix)
    {
        var schema = new TestSchema(ServerConnectionString(), prefix + Guid.NewGuid().ToString("N")[..16]);
        await using var connection = new NpgsqlConnection(schema.Server);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema.Name}", connection);
        await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return schema;
    }

    /// <summary>Drops the schema and everything in it (pooled connections to it are cleared first).</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

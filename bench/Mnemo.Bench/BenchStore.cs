using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mnemo.Bench;

/// <summary>
/// A fresh, empty store for one benchmark run: a temporary SQLite file, or a PostgreSQL database created for the run
/// (<c>mnemo_bench_&lt;random&gt;</c>, through the <c>--postgres</c> connection) and dropped when disposed. A database of its
/// own, not a schema: <c>NOTIFY</c> is per database, so no other run's writes wake this run's engines.
/// </summary>
internal abstract class BenchStore : IAsyncDisposable
{
    /// <summary>The store's name in the tables: "SQLite" or "PostgreSQL".</summary>
    public abstract string Name { get; }

    /// <summary>An engine over this store (each call a new instance, as a new process would be).</summary>
    public abstract MnemoStack Open(Embedder embedder, Action<MnemoOptions>? configure = null);

    /// <summary>The bytes the store holds: the file (with -wal) for SQLite, the tables with their indexes and TOAST for PostgreSQL.</summary>
    public abstract Task<long> BytesAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>The stores a benchmark compares: SQLite always (the baseline), then PostgreSQL when <c>--postgres</c> is given.</summary>
    public static IReadOnlyList<Func<Task<BenchStore>>> Kinds(string name, BenchSettings settings) => settings.Postgres is { } server
        ? [() => Task.FromResult<BenchStore>(new Sqlite(name)), async () => await Postgres.CreateAsync(server)]
        : [() => Task.FromResult<BenchStore>(new Sqlite(name))];

    private sealed class Sqlite(string name) : BenchStore
    {
        private readonly string _path = MnemoStack.TempDatabase(name);

        public override string Name => "SQLite";

        public override MnemoStack Open(Embedder embedder, Action<MnemoOptions>? configure = null) =>
            MnemoStack.Open(b => b.WithSqliteStore(_path), embedder, configure);

        public override Task<long> BytesAsync() => Task.FromResult(MnemoStack.FileBytes(_path));

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            MnemoStack.Delete(_path);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Postgres(string server, string database, string connectionString) : BenchStore
    {
        private readonly string _connectionString = connectionString;

        public override string Name => "PostgreSQL";

        public static async Task<Postgres> CreateAsync(string server)
        {
            var (database, connectionString) = await ThrowAwayDatabase.CreateAsync(server, "mnemo_bench_");
            Log.Info($"PostgreSQL: created the throw-away database {database}");
            return new Postgres(server, database, connectionString);
        }

        public override MnemoStack Open(Embedder embedder, Action<MnemoOptions>? configure = null) =>
            MnemoStack.Open(b => b.WithPostgresStore(_connectionString), embedder, configure);

        public override async Task<long> BytesAsync()
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
                connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ThrowAwayDatabase.DropAsync(server, database);
        }
    }
}

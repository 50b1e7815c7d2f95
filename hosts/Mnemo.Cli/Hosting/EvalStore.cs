using Npgsql;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// Where an eval command ingests its dataset, so the user's memories are never touched: a new SQLite file in a temporary
/// folder, or with <c>--postgres</c> (or <c>MNEMO_POSTGRES</c>) a new database <c>mnemo_eval_&lt;random&gt;</c> created through
/// that connection on the same server and dropped at the end. A database of its own rather than a schema in the named
/// one: nothing is written there, and the eval's change notifications (<c>NOTIFY</c> is per database) never wake the
/// replicas serving it. Disposing deletes the file or drops the database (<see cref="ThrowAwayDatabase"/>).
/// </summary>
internal sealed class EvalStore : IAsyncDisposable
{
    /// <summary>The prefix of the throw-away databases' names (a process killed mid-eval leaves one behind).</summary>
    public const string DatabasePrefix = "mnemo_eval_";

    private readonly DirectoryInfo? _directory;
    private readonly string? _server;
    private readonly string? _database;

    private EvalStore(CliSettings settings, DirectoryInfo? directory, string? server, string? database)
    {
        Settings = settings;
        _directory = directory;
        _server = server;
        _database = database;
    }

    /// <summary>The settings an eval session opens: the throw-away store in place of the user's.</summary>
    public CliSettings Settings { get; }

    /// <summary>The throw-away PostgreSQL database's name, or null on SQLite.</summary>
    public string? DatabaseName => _database;

    /// <summary>Creates the throw-away store for <paramref name="settings"/>'s kind of store.</summary>
    public static async Task<EvalStore> CreateAsync(CliSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Postgres is not { } server)
        {
            var directory = Directory.CreateTempSubdirectory("mnemo-eval-");
            return new EvalStore(settings with { DatabasePath = Path.Combine(directory.FullName, "eval.db") }, directory, null, null);
        }

        string database, connectionString;
        try
        {
            (database, connectionString) = await ThrowAwayDatabase.CreateAsync(server, DatabasePrefix, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw NoCreateDb(server, ex);
        }

        return new EvalStore(settings with { Postgres = connectionString }, null, server, database);
    }

    /// <summary>The error for a role that may not create databases: what eval needs and why, naming the option.</summary>
    internal static CliException NoCreateDb(string server, PostgresException exception)
    {
        var role = new NpgsqlConnectionStringBuilder(server).Username ?? "the role";
        return CliException.Configuration(
            $"eval on PostgreSQL (--postgres or {CliSettings.PostgresVariable}) ingests into a throw-away database it creates and drops, never into " +
            $"the database you named, so its role needs CREATEDB: {exception.MessageText}. Grant it (ALTER ROLE {role} CREATEDB) or give a connection " +
            "string of a role that has it; without --postgres, eval runs on a temporary SQLite file.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Delete(recursive: true);
            return;
        }

        // The session's pools and listener are closed by now; the drop ends any connection still lingering.
        NpgsqlConnection.ClearAllPools();
        await ThrowAwayDatabase.DropAsync(_server!, _database!, CancellationToken.None);
    }
}

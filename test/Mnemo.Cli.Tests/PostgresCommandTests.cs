using System.Text.Json;
using Mnemo.Cli;
using Npgsql;

namespace Mnemo.Cli.Tests;

/// <summary>
/// <c>--postgres</c> and <c>mnemo migrate</c> against the throw-away PostgreSQL of eng/test-setup/postgres.sh, each test in
/// a fresh schema. Skipped without <c>MNEMO_TEST_POSTGRES</c> outside CI; failed under <c>CI=true</c>.
/// </summary>
public sealed class PostgresCommandTests : IAsyncDisposable
{
    private readonly CliHarness _cli = new();
    private TestSchema? _schema;

    [Fact]
    public async Task Postgres_MalformedConnectionString_IsAUsageErrorNamingTheOption()
    {
        var result = await _cli.RunAsync("list", "--user", "alice", "--postgres", "Host=;;=x");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--postgres is not a PostgreSQL connection string", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_SqliteStore_CopiesMemoriesHistoryAndKeys_ThenRefusesASecondRun()
    {
        var postgres = await NewSchemaAsync();
        await Ok("add", "I love green tea", "--user", "alice", "--infer", "false", "--metadata", "{\"topic\":\"drinks\"}");
        await Ok("add", "My sister lives in Lyon", "--user", "alice", "--agent", "helper", "--infer", "false");
        var gone = Json(await Ok("add", "I work at the harbor", "--user", "alice", "--infer", "false", "--json")).GetProperty("results")[0].GetProperty("id").GetString()!;
        await Ok("delete", gone);
        await Ok("keys", "create", "--project", "acme");

        var migrated = await _cli.RunAsync("migrate", "--from", _cli.DatabasePath, "--postgres", postgres, "--json");

        Assert.Equal(ExitCodes.Ok, migrated.ExitCode);
        var counts = Json(migrated.Out);
        Assert.Equal(2, counts.GetProperty("memories").GetInt32());
        Assert.Equal(2, counts.GetProperty("vectors").GetInt32());
        Assert.Equal(4, counts.GetProperty("history_entries").GetInt32());
        Assert.Equal(1, counts.GetProperty("api_keys").GetInt32());
        Assert.Equal(
            Ids(await Ok("list", "--user", "alice", "--json")),
            Ids(await Ok("list", "--user", "alice", "--json", "--postgres", postgres)));
        var history = Json(await Ok("history", gone, "--json", "--postgres", postgres));
        Assert.Equal(["ADD", "DELETE"], history.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Contains("acme", await Ok("keys", "list", "--postgres", postgres), StringComparison.Ordinal);

        var again = await _cli.RunAsync("migrate", "--from", _cli.DatabasePath, "--postgres", postgres);
        Assert.Equal(ExitCodes.Configuration, again.ExitCode);
        Assert.Contains("only into an empty database", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, Ids(await Ok("list", "--user", "alice", "--json", "--postgres", postgres)).Length);
    }

    [Fact]
    public async Task Migrate_WithoutPostgres_IsAUsageError()
    {
        await Ok("add", "I love green tea", "--user", "alice", "--infer", "false");

        var result = await _cli.RunAsync("migrate", "--from", _cli.DatabasePath);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--postgres", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalLocomo_Postgres_ScoresAsSqlite_InAThrowAwayDatabaseItDrops()
    {
        var postgres = await NewSchemaAsync();
        var data = Path.Combine(_cli.Home, "tiny-locomo.json");
        await File.WriteAllTextAsync(data, TinyLocomo, TestContext.Current.CancellationToken);

        var sqlite = await _cli.RunAsync("eval", "locomo", "--data", data, "--json");
        var onPostgres = await _cli.RunAsync("eval", "locomo", "--data", data, "--json", "--postgres", postgres);

        Assert.True(sqlite.ExitCode == ExitCodes.Ok, sqlite.Error);
        Assert.True(onPostgres.ExitCode == ExitCodes.Ok, onPostgres.Error);
        foreach (var metric in new[] { "recall", "session_recall", "mrr", "by_category" })
        {
            Assert.Equal(Json(sqlite.Out).GetProperty(metric).GetRawText(), Json(onPostgres.Out).GetProperty(metric).GetRawText());
        }

        // It named its database on stderr, dropped it at the end, and wrote nothing into the database it was given.
        var database = System.Text.RegularExpressions.Regex.Match(onPostgres.Error, "mnemo_eval_[0-9a-f]{12}").Value;
        Assert.NotEmpty(database);
        Assert.Equal(0L, await ScalarAsync(_schema!.Server, $"SELECT count(*) FROM pg_database WHERE datname = '{database}'"));
        Assert.Equal(0L, await ScalarAsync(_schema!.Server, $"SELECT count(*) FROM pg_tables WHERE schemaname = '{_schema.Name}'"));
    }

    [Fact]
    public void EvalStore_RoleWithoutCreateDb_ExplainsWhatEvalNeedsNamingTheOption()
    {
        var denied = new PostgresException("permission denied to create database", "ERROR", "ERROR", PostgresErrorCodes.InsufficientPrivilege);

        var error = Mnemo.Cli.Hosting.EvalStore.NoCreateDb("Host=db;Username=reader;Database=mnemo", denied);

        Assert.Equal(ExitCodes.Configuration, error.ExitCode);
        Assert.Contains("--postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE reader CREATEDB", error.Message, StringComparison.Ordinal);
        Assert.Contains("permission denied to create database", error.Message, StringComparison.Ordinal);
    }

    // No question may find two turns at exactly the same score: the engine breaks such ties by memory id, a version-7
    // GUID with random bits, so two runs (on any store) could order them differently. ("What does Rex like?" did: the
    // two Rex turns share one word with it and have equal lengths.)
    private const string TinyLocomo = """
        [
          {
            "sample_id": "c1",
            "conversation": {
              "speaker_a": "Ann",
              "speaker_b": "Bob",
              "session_1_date_time": "1:56 pm on 8 May, 2023",
              "session_1": [
                { "speaker": "Ann", "dia_id": "D1:1", "text": "I adopted a dog named Rex." },
                { "speaker": "Bob", "dia_id": "D1:2", "text": "I started running marathons." },
                { "speaker": "Ann", "dia_id": "D1:3", "text": "My sister moved to Lyon last spring." },
                { "speaker": "Bob", "dia_id": "D1:4", "text": "I play the guitar in a small band." }
              ],
              "session_2_date_time": "9:05 am on 10 June, 2023",
              "session_2": [
                { "speaker": "Ann", "dia_id": "D2:1", "text": "Rex loves tomatoes from the garden." },
                { "speaker": "Bob", "dia_id": "D2:2", "text": "Our band played its first concert." },
                { "speaker": "Ann", "dia_id": "D2:3", "text": "I visited my sister in Lyon." }
              ]
            },
            "qa": [
              { "question": "What is Ann's dog called?", "answer": "Rex", "evidence": ["D1:1"], "category": 4 },
              { "question": "What does Rex love from the garden?", "answer": "tomatoes", "evidence": ["D2:1"], "category": 1 },
              { "question": "Where does Ann's sister live?", "answer": "Lyon", "evidence": ["D1:3", "D2:3"], "category": 4 },
              { "question": "What instrument does Bob play?", "answer": "guitar", "evidence": ["D1:4"], "category": 4 }
            ]
          }
        ]
        """;

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _cli.Dispose();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    private async Task<string> NewSchemaAsync()
    {
        _schema = await TestSchema.CreateAsync("cli_");
        return _schema.ConnectionString;
    }

    private async Task<string> Ok(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"mnemo {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        return result.Out;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static string[] Ids(string listJson) =>
        [.. Json(listJson).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mnemo.Cli.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo migrate --from FILE --postgres CONN</c>: copies a SQLite store into an empty PostgreSQL database: every
/// memory (id, arrival order, vector, contextual vector, all activity states), the whole history (deleted memories'
/// included) and the API keys (their hashes), then checks the counts on both sides.
/// </summary>
/// <remarks>
/// Memories go through the stores' own interfaces (the SQLite change feed's snapshot, sorted by arrival, then
/// <see cref="IMemoryStore.ApplyAsync"/> in batches), so PostgreSQL hands out arrival numbers in the same order. History
/// of deleted memories and key hashes have no store API that lists them, so they are read from the file and, for the
/// keys, written with SQL: this command knows both schemas. Queued adds and working memory are not copied (drain the
/// queue first: <c>mnemo events process</c>). A database that holds anything is refused, so running it twice changes
/// nothing.
/// </remarks>
internal static class MigrateCommand
{
    private const int Batch = 500;

    public static Command Create(CliRuntime runtime)
    {
        var from = new Option<string>("--from") { Description = "The SQLite file to copy (mnemo.db)", Required = true };
        var command = new Command("migrate", "Copy a SQLite store (memories, vectors, history, API keys) into an empty PostgreSQL database given by --postgres") { from };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var target = run.Settings.Postgres ?? throw CliException.Usage("migrate needs the target database: --postgres <connection string> (or MNEMO_POSTGRES).");
            var path = Path.GetFullPath(run.Get(from));
            if (!File.Exists(path))
            {
                throw CliException.Usage($"--from: no SQLite file at {path}.");
            }

            var model = await ReadModelAsync(path, cancellationToken);
            var source = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path }, run.Context.Time);
            var destination = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = target }, run.Context.Time);
            try
            {
                await source.InitializeAsync(model, cancellationToken);
                await destination.InitializeAsync(model, cancellationToken);
                var name = CliSettings.PostgresName(target);
                if (await CountAsync(target, "SELECT (SELECT count(*) FROM memories) + (SELECT count(*) FROM memory_history) + (SELECT count(*) FROM api_keys)", cancellationToken) > 0)
                {
                    throw new CliException(
                        ExitCodes.Configuration,
                        $"{name} already holds memories, history or keys: migrate copies only into an empty database (nothing was changed).");
                }

                run.Output.Note($"mnemo migrate: copying {path} ({model.ModelId}, {model.Dimensions} dimensions) to {name}");
                var memories = await CopyMemoriesAsync(source, destination, cancellationToken);
                var history = await CopyHistoryAsync(path, destination, cancellationToken);
                var keys = await CopyKeysAsync(path, target, cancellationToken);
                await VerifyAsync(path, target, memories, history, keys, cancellationToken);

                if (run.Output.Json)
                {
                    run.Output.WriteJson(new JsonObject
                    {
                        ["message"] = "Migrated successfully!",
                        ["memories"] = memories.Memories,
                        ["vectors"] = memories.Vectors,
                        ["context_vectors"] = memories.ContextVectors,
                        ["history_entries"] = history,
                        ["api_keys"] = keys,
                    });
                }
                else
                {
                    run.Output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Migrated {memories.Memories} memories ({memories.Vectors} vectors, {memories.ContextVectors} contextual vectors), {history} history entries and {keys} API keys; counts verified."));
                }

                return ExitCodes.Ok;
            }
            finally
            {
                await ((IAsyncDisposable)destination).DisposeAsync();
                await ((IAsyncDisposable)source).DisposeAsync();
            }
        });
        return command;
    }

    private static async Task<EmbeddingModelInfo> ReadModelAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta WHERE key IN ('embedding_model', 'embedding_dimensions')";
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                meta[reader.GetString(0)] = Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!;
            }
        }
        catch (SqliteException)
        {
            throw CliException.Usage($"--from: {path} is not a Mnemo database.");
        }

        return meta.TryGetValue("embedding_model", out var id) && meta.TryGetValue("embedding_dimensions", out var dims)
            ? new EmbeddingModelInfo(id, int.Parse(dims, CultureInfo.InvariantCulture))
            : throw CliException.Usage($"--from: {path} holds no memories yet (no embedding model recorded): nothing to migrate.");
    }

    private static async Task<(int Memories, int Vectors, int ContextVectors)> CopyMemoriesAsync(IMemoryStore source, IMemoryStore destination, CancellationToken cancellationToken)
    {
        // The snapshot (every memory of every project, whatever its activity), then in arrival order, so PostgreSQL's
        // arrival numbers keep the conversation order neighbour context reads.
        var all = new List<MemoryFeedEntry>();
        long position = 0;
        MemoryFeedPage page;
        do
        {
            page = await source.ReadChangesAsync(position, 1000, cancellationToken);
            all.AddRange(page.Upserts);
            position = page.Position;
        }
        while (page.HasMore);

        foreach (var chunk in all.OrderBy(e => e.Sequence).Chunk(Batch))
        {
            await destination.ApplyAsync(new MemoryChangeSet { Upserts = [.. chunk.Select(e => e.Memory)] }, cancellationToken);
        }

        return (all.Count, all.Count(e => !e.Memory.Embedding.IsEmpty), all.Count(e => !e.Memory.ContextEmbedding.IsEmpty));
    }

    private static async Task<int> CopyHistoryAsync(string path, IMemoryStore destination, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text, actor_id, related_memory_id, created_at
            FROM memory_history ORDER BY seq
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batch = new List<MemoryHistoryEntry>(Batch);
        var copied = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            batch.Add(new MemoryHistoryEntry
            {
                Id = Guid.Parse(reader.GetString(0)),
                MemoryId = Guid.Parse(reader.GetString(1)),
                Scope = new MemoryScope { ProjectId = reader.GetString(2) is { Length: > 0 } p ? p : null, UserId = Text(3), AgentId = Text(4), RunId = Text(5), AppId = Text(6) },
                Event = Enum.Parse<MemoryEventType>(reader.GetString(7), ignoreCase: true),
                OldText = Text(8),
                NewText = Text(9),
                ActorId = Text(10),
                RelatedMemoryId = reader.IsDBNull(11) ? null : Guid.Parse(reader.GetString(11)),
                CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(12)),
            });
            if (batch.Count == Batch)
            {
                copied += await FlushAsync();
            }
        }

        return copied + await FlushAsync();

        async Task<int> FlushAsync()
        {
            if (batch.Count == 0)
            {
                return 0;
            }

            await destination.ApplyAsync(new MemoryChangeSet { History = [.. batch] }, cancellationToken);
            var count = batch.Count;
            batch.Clear();
            return count;
        }
    }

    private static async Task<int> CopyKeysAsync(string path, string target, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await using var read = source.CreateCommand();
        read.CommandText = "SELECT id, project_id, name, prefix, key_hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id";
        await using var destination = new NpgsqlConnection(target);
        await destination.OpenAsync(cancellationToken);
        var copied = 0;
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO api_keys(id, project_id, name, prefix, key_hash, created_at, revoked_at) VALUES (@id, @project, @name, @prefix, @hash, @created, @revoked)",
                destination);
            insert.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = reader.GetString(0) });
            insert.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Text) { Value = reader.GetString(1) });
            insert.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = reader.IsDBNull(2) ? DBNull.Value : reader.GetString(2) });
            insert.Parameters.Add(new NpgsqlParameter("prefix", NpgsqlDbType.Text) { Value = reader.GetString(3) });
            insert.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Text) { Value = reader.GetString(4) });
            insert.Parameters.Add(new NpgsqlParameter("created", NpgsqlDbType.TimestampTz) { Value = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)).UtcDateTime });
            insert.Parameters.Add(new NpgsqlParameter("revoked", NpgsqlDbType.TimestampTz) { Value = reader.IsDBNull(6) ? DBNull.Value : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)).UtcDateTime });
            copied += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return copied;
    }

    private static async Task VerifyAsync(
        string path, string target, (int Memories, int Vectors, int ContextVectors) memories, int history, int keys, CancellationToken cancellationToken)
    {
        var expected = (
            Memories: await SqliteCountAsync(path, "SELECT count(*) FROM memories", cancellationToken),
            Vectors: await SqliteCountAsync(path, "SELECT count(*) FROM memory_vectors", cancellationToken),
            ContextVectors: await SqliteCountAsync(path, "SELECT count(*) FROM memory_context_vectors", cancellationToken),
            History: await SqliteCountAsync(path, "SELECT count(*) FROM memory_history", cancellationToken),
            Keys: await SqliteCountAsync(path, "SELECT count(*) FROM api_keys", cancellationToken));
        var actual = (
            Memories: await CountAsync(target, "SELECT count(*) FROM memories", cancellationToken),
            Vectors: await CountAsync(target, "SELECT count(*) FROM memory_vectors", cancellationToken),
            ContextVectors: await CountAsync(target, "SELECT count(*) FROM memory_context_vectors", cancellationToken),
            History: await CountAsync(target, "SELECT count(*) FROM memory_history", cancellationToken),
            Keys: await CountAsync(target, "SELECT count(*) FROM api_keys", cancellationToken));
        var copied = ((long)memories.Memories, (long)memories.Vectors, (long)memories.ContextVectors, (long)history, (long)keys);
        if (expected != actual || expected != copied)
        {
            throw new CliException(
                ExitCodes.Unexpected,
                $"the copy does not match its source (memories, vectors, contextual vectors, history, keys): SQLite {expected}, PostgreSQL {actual}. Reset the target and run migrate again.");
        }
    }

    private static async Task<long> SqliteCountAsync(string path, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(string target, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

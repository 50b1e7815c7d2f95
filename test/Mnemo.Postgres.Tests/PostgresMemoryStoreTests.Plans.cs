using Npgsql;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>
/// Query plans that must not depend on statistics: right after a bulk load, before autovacuum has analysed the table,
/// PostgreSQL plans on guesses, and a plan that reads the whole table then costs every add at 100k memories 15-25 ms.
/// </summary>
public sealed partial class PostgresMemoryStoreTests
{
    [Fact]
    public async Task HashLookup_TableLoadedAndNeverAnalysed_ProbesTheHashIndexInsteadOfReadingTheTable()
    {
        var connectionString = await _database.NewSchemaAsync();
        var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connectionString });
        try
        {
            await store.InitializeAsync(Model, Ct);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(Ct);

            // 20k memories of one user written in one statement, as an import writes them, and never analysed.
            await using (var load = new NpgsqlCommand("""
                INSERT INTO memories(id, change_seq, text, hash, project_id, user_id, created_at, updated_at, observed_at, valid_from)
                SELECT gen_random_uuid(), g, 'memory ' || g, md5(g::text), '', 'alice', now(), now(), now(), now()
                FROM generate_series(1, 20000) g;
                INSERT INTO memory_vectors(memory_id, embedding) SELECT id, '\x0000803f'::bytea FROM memories;
                """, connection))
            {
                await load.ExecuteNonQueryAsync(Ct);
            }

            var parameters = new PgParameters();
            var sql = PostgresMemoryStore.HashLookupSql(MemoryScope.User("alice"), [.. Enumerable.Range(0, 32).Select(i => $"new-{i}")], parameters);
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            parameters.CopyTo(explain);
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(Ct))
            {
                while (await reader.ReadAsync(Ct))
                {
                    plan.Add(reader.GetString(0));
                }
            }

            var text = string.Join('\n', plan);
            Assert.DoesNotContain("Seq Scan on memories", text, StringComparison.Ordinal);
            Assert.Contains("ix_memories_hash", text, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }
}

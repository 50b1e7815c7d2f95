using Mnemo.StoreConformance;
using Npgsql;
using NpgsqlTypes;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>
/// The persisted formats do not move: a row written as the store has always written it (uuid, timestamptz, jsonb,
/// float32 little-endian bytea) reads back through the codec and row mapping it shares with the SQLite store.
/// </summary>
public sealed partial class PostgresMemoryStoreTests
{
    [Fact]
    public async Task Row_WrittenInThePersistedFormat_ReadsBack()
    {
        var connectionString = await _database.NewSchemaAsync();
        var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connectionString });
        try
        {
            await store.InitializeAsync(Model, Ct);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync(Ct);
                await using var command = new NpgsqlCommand("""
                    INSERT INTO memories(id, change_seq, text, hash, project_id, user_id, metadata, categories, created_at, updated_at,
                                         observed_at, valid_from, valid_to, superseded_by, immutable)
                    VALUES (@id, 41, 'Lives in Zurich', 'h', '', 'alice', @metadata::jsonb, '["home","travel"]', @created, @created,
                            @created, @created, @validTo, @supersededBy, true);
                    INSERT INTO memory_vectors(memory_id, embedding) VALUES (@id, @vector);
                    INSERT INTO memory_history(id, memory_id, project_id, user_id, event, old_text, new_text, created_at, old_metadata, new_categories)
                    VALUES (@historyId, @id, '', 'alice', 'SUPERSEDE', 'Lives in Bern', 'Lives in Zurich', @validTo, '{"city":"Bern"}', '["home"]');
                    """, connection);
                command.Parameters.AddWithValue("id", PersistedFormatRow.Id);
                command.Parameters.AddWithValue("historyId", PersistedFormatRow.HistoryId);
                command.Parameters.AddWithValue("supersededBy", PersistedFormatRow.SupersededBy);
                command.Parameters.AddWithValue("metadata", NpgsqlDbType.Text, PersistedFormatRow.Metadata);
                command.Parameters.AddWithValue("created", DateTimeOffset.FromUnixTimeMilliseconds(PersistedFormatRow.CreatedAtMs));
                command.Parameters.AddWithValue("validTo", DateTimeOffset.FromUnixTimeMilliseconds(PersistedFormatRow.ValidToMs));
                command.Parameters.AddWithValue("vector", PersistedFormatRow.Vector);
                await command.ExecuteNonQueryAsync(Ct);
            }

            await PersistedFormatRow.AssertReadsBackAsync(store, Ct);
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }
}

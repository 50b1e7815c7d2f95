using Microsoft.Data.Sqlite;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// The persisted formats do not move: a row written as the store has always written it (TEXT ids, Unix milliseconds,
/// JSON text, float32 little-endian BLOB) reads back, and what the store writes today is that format.
/// </summary>
public sealed partial class SqliteMemoryStoreTests
{
    [Fact]
    public async Task Row_WrittenInThePersistedFormat_ReadsBack()
    {
        var path = NewPath();
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO memories(seq, id, text, hash, project_id, user_id, metadata, categories, created_at, updated_at,
                                     observed_at, valid_from, valid_to, superseded_by, immutable, change_seq)
                VALUES (41, @id, 'Lives in Zurich', 'h', '', 'alice', @metadata, '["home","travel"]', @created, @created,
                        @created, @created, @validTo, @supersededBy, 1, 41);
                INSERT INTO memory_vectors(seq, embedding) VALUES (41, @vector);
                INSERT INTO memory_history(id, memory_id, project_id, user_id, event, old_text, new_text, created_at, old_metadata, new_categories)
                VALUES (@historyId, @id, '', 'alice', 'SUPERSEDE', 'Lives in Bern', 'Lives in Zurich', @validTo, '{"city":"Bern"}', '["home"]');
                """;
            command.Parameters.AddWithValue("@id", "0190a7c2-5b1e-7c3d-9f00-1234567890ab");
            command.Parameters.AddWithValue("@historyId", "0190a7c2-5b1e-7c3d-9f00-0000000000aa");
            command.Parameters.AddWithValue("@supersededBy", "0190a7c2-5b1e-7c3d-9f00-0000000000ff");
            command.Parameters.AddWithValue("@metadata", PersistedFormatRow.Metadata);
            command.Parameters.AddWithValue("@created", PersistedFormatRow.CreatedAtMs);
            command.Parameters.AddWithValue("@validTo", PersistedFormatRow.ValidToMs);
            command.Parameters.AddWithValue("@vector", PersistedFormatRow.Vector);
            command.ExecuteNonQuery();
        }

        await PersistedFormatRow.AssertReadsBackAsync(store, Ct);
    }

    [Fact]
    public void Codec_Writes_ThePersistedFormat()
    {
        using var document = System.Text.Json.JsonDocument.Parse(PersistedFormatRow.Metadata);
        var metadata = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

        Assert.Equal(PersistedFormatRow.Metadata, RelationalCodec.MetadataToJson(metadata));
        Assert.Equal("""["home","travel"]""", RelationalCodec.CategoriesToJson(["home", "travel"]));
        Assert.Equal(PersistedFormatRow.Vector, RelationalCodec.VectorToBytes([1f, -2.5f, 0.25f]));
        Assert.Equal("0190a7c2-5b1e-7c3d-9f00-1234567890ab", SqliteCodec.ToText(PersistedFormatRow.Id));
        Assert.Equal(
            ["NONE", "ADD", "UPDATE", "DELETE", "SUPERSEDE"],
            [.. Enum.GetValues<MemoryEventType>().Select(StoredNames.HistoryEvents.ToText)]);
        Assert.Equal(
            ["pending", "running", "succeeded", "failed"],
            [.. Enum.GetValues<IngestionStatus>().Select(StoredNames.IngestionStatuses.ToText)]);
    }
}

using Microsoft.Data.Sqlite;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>The API key conformance suite over a SQLite file, and the file shared with the memory store.</summary>
public sealed class SqliteApiKeyStoreTests : ApiKeyStoreConformanceTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mnemo-keys-" + Guid.NewGuid().ToString("N") + ".db");

    protected override Task<IApiKeyStore> CreateStoreAsync() => Task.FromResult(SqliteApiKeyStoreFactory.Create(_path, Time));

    protected override Task<IApiKeyStore> OpenAgainAsync(IApiKeyStore store) => Task.FromResult(SqliteApiKeyStoreFactory.Create(_path, Time));

    protected override async Task<IReadOnlyList<string>> ReadStoredValuesAsync(IApiKeyStore store)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM api_keys";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            values.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
        }

        return values;
    }

    [Fact]
    public async Task CreateAsync_FileAlsoHoldsMemories_BothWorkInEitherOrder()
    {
        var keys = await CreateStoreAsync();
        var created = await keys.CreateAsync("acme", cancellationToken: Ct);
        var memories = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = _path });
        try
        {
            await memories.InitializeAsync(new EmbeddingModelInfo("m", 4), Ct);
            var item = new MemoryItem
            {
                Id = Guid.NewGuid(), Text = "tea", Hash = MemoryHash.Compute("tea"), Scope = MemoryScope.User("kim"),
                CreatedAt = Start, UpdatedAt = Start, ObservedAt = Start, ValidFrom = Start,
            };
            await memories.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(item, new float[] { 1, 0, 0, 0 })] }, Ct);
            await keys.CreateAsync("globex", cancellationToken: Ct);

            Assert.NotNull(await memories.GetAsync(item.Id, Ct));
            Assert.NotNull(await keys.FindByHashAsync(ApiKeyHash.Compute(created.Key), Ct));
            Assert.Equal(2, (await keys.ListAsync(cancellationToken: Ct)).Count);
        }
        finally
        {
            await ((IAsyncDisposable)memories).DisposeAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

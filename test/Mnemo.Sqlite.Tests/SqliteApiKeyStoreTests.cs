using Microsoft.Data.Sqlite;
using Xunit;

namespace Mnemo.Sqlite.Tests;

public sealed class SqliteApiKeyStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), "mnemo-keys-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly StepTimeProvider _time = new(Start);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_NewKey_FindByHashOfPlaintextReturnsItsProject()
    {
        var store = SqliteApiKeyStoreFactory.Create(_path, _time);

        var created = await store.CreateAsync(" acme ", " ci bot ", Ct);
        var found = await store.FindByHashAsync(ApiKeyHash.Compute(created.Key), Ct);

        Assert.StartsWith("mnemo_", created.Key, StringComparison.Ordinal);
        Assert.Equal(created.Key[..10], created.Info.Prefix);
        Assert.NotNull(found);
        Assert.Equal(created.Info.Id, found.Id);
        Assert.Equal("acme", found.ProjectId);
        Assert.Equal("ci bot", found.Name);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Null(found.RevokedAt);
        Assert.Null(await store.FindByHashAsync(ApiKeyHash.Compute(created.Key + "x"), Ct));
    }

    [Fact]
    public async Task CreateAsync_NewKey_StoresOnlyTheHashNeverThePlaintext()
    {
        var store = SqliteApiKeyStoreFactory.Create(_path, _time);
        var created = await store.CreateAsync("acme", cancellationToken: Ct);

        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM api_keys";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToList();
        Assert.DoesNotContain(values, v => v.Contains(created.Key, StringComparison.Ordinal));
        Assert.Contains(ApiKeyHash.Compute(created.Key), values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateAsync_BlankProject_ThrowsValidation(string project)
    {
        var store = SqliteApiKeyStoreFactory.Create(_path, _time);

        await Assert.ThrowsAsync<MemoryValidationException>(() => store.CreateAsync(project, cancellationToken: Ct));
        Assert.Empty(await store.ListAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task RevokeAsync_ActiveKey_StopsFindingItAndListShowsWhen()
    {
        var store = SqliteApiKeyStoreFactory.Create(_path, _time);
        var created = await store.CreateAsync("acme", cancellationToken: Ct);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.True(await store.RevokeAsync(created.Info.Id, Ct));
        Assert.False(await store.RevokeAsync(created.Info.Id, Ct));
        Assert.False(await store.RevokeAsync("key_unknown", Ct));
        Assert.Null(await store.FindByHashAsync(ApiKeyHash.Compute(created.Key), Ct));
        var listed = Assert.Single(await store.ListAsync(cancellationToken: Ct));
        Assert.Equal(Start.AddHours(1), listed.RevokedAt);
    }

    [Fact]
    public async Task ListAsync_Project_OnlyThatProjectsKeysOldestFirst()
    {
        var store = SqliteApiKeyStoreFactory.Create(_path, _time);
        var first = await store.CreateAsync("acme", "first", Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        await store.CreateAsync("globex", cancellationToken: Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.CreateAsync("acme", "second", Ct);

        Assert.Equal([first.Info.Id, second.Info.Id], (await store.ListAsync("acme", Ct)).Select(k => k.Id));
        Assert.Equal(3, (await store.ListAsync(cancellationToken: Ct)).Count);
        Assert.Empty(await store.ListAsync("initech", Ct));
    }

    [Fact]
    public async Task FindByHashAsync_KeyCreatedAndRevokedByAnotherInstance_SeenAtOnce()
    {
        // A running server and `mnemo keys` in another process each have their own store over the same file.
        var server = SqliteApiKeyStoreFactory.Create(_path, _time);
        var cli = SqliteApiKeyStoreFactory.Create(_path, _time);
        var created = await cli.CreateAsync("acme", cancellationToken: Ct);
        var hash = ApiKeyHash.Compute(created.Key);

        Assert.NotNull(await server.FindByHashAsync(hash, Ct));
        await cli.RevokeAsync(created.Info.Id, Ct);
        Assert.Null(await server.FindByHashAsync(hash, Ct));
    }

    [Fact]
    public async Task CreateAsync_FileAlsoHoldsMemories_BothWorkInEitherOrder()
    {
        var keys = SqliteApiKeyStoreFactory.Create(_path, _time);
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class StepTimeProvider(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

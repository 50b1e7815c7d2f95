using Mnemo.TestUtilities;
using Npgsql;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>
/// What only a shared database has to get right: positions in commit order across concurrent writers of several
/// instances, NOTIFY reaching other instances, a listener that recovers from a lost connection, migrations that
/// replicas starting together apply once.
/// </summary>
public sealed class PostgresFeedAndNotificationTests : IAsyncDisposable
{
    private static readonly EmbeddingModelInfo Model = new("fake-bow", 64);
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = new();
    private readonly List<IMemoryStore> _stores = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_ReaderPollingWhileFourInstancesWrite_NeverMissesACommittedChange()
    {
        var connection = await _database.NewSchemaAsync();
        var writers = new List<IMemoryStore>();
        for (var i = 0; i < 4; i++)
        {
            writers.Add(await OpenAsync(connection));
        }

        var reader = await OpenAsync(connection);
        var written = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        using var done = new CancellationTokenSource();
        var writing = Task.WhenAll(writers.Select((store, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                var batch = Enumerable.Range(0, 1 + (i % 3)).Select(j => Item($"writer {w} batch {i} item {j}")).ToList();
                await store.ApplyAsync(new MemoryChangeSet { Upserts = [.. batch.Select(Stored)] }, Ct);
                foreach (var item in batch)
                {
                    written.Add(item.Id);
                }
            }
        }, Ct)));

        // The reader follows the feed while the writers commit; a change committed "late" with a smaller position
        // than one already read would be missed for good.
        var seen = new HashSet<Guid>();
        long position = 0;
        while (true)
        {
            var finished = writing.IsCompleted;
            MemoryFeedPage page;
            do
            {
                page = await reader.ReadChangesAsync(position, 7, Ct);
                Assert.False(page.Reload);
                seen.UnionWith(page.Upserts.Select(u => u.Memory.Item.Id));
                position = page.Position;
            }
            while (page.HasMore);

            if (finished)
            {
                break;
            }

            await Task.Delay(5, Ct);
        }

        await writing;
        Assert.Equal(written.Count, seen.Count);
        Assert.Superset(written.ToHashSet(), seen);
    }

    [Fact]
    public async Task Notifications_WriteByAnotherInstance_ArriveWithinASecond()
    {
        var connection = await _database.NewSchemaAsync();
        var writer = await OpenAsync(connection);
        var listener = await OpenAsync(connection);
        var notifications = Assert.IsAssignableFrom<IMemoryChangeNotifications>(listener.GetService(typeof(IMemoryChangeNotifications)));
        var signals = new SignalCounter();
        using var subscription = notifications.Subscribe(signals.Signal);
        await WaitUntilAsync(() => notifications.IsConnected, TimeSpan.FromSeconds(10));
        var before = signals.Count;

        var started = System.Diagnostics.Stopwatch.StartNew();
        await writer.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(Item("alice likes kiwis"))] }, Ct);
        await WaitUntilAsync(() => signals.Count > before, TimeSpan.FromSeconds(1));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"the notification took {started.Elapsed}");
    }

    [Fact]
    public async Task Notifications_ListenerConnectionKilled_ReconnectsAndKeepsSignalling()
    {
        var connection = await _database.NewSchemaAsync();
        var writer = await OpenAsync(connection);
        var listener = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection, ReconnectDelay = TimeSpan.FromMilliseconds(100) });
        _stores.Add(listener);
        await listener.InitializeAsync(Model, Ct);
        var notifications = (IMemoryChangeNotifications)listener.GetService(typeof(IMemoryChangeNotifications))!;
        var signals = new SignalCounter();
        using var subscription = notifications.Subscribe(signals.Signal);
        await WaitUntilAsync(() => notifications.IsConnected, TimeSpan.FromSeconds(10));

        // The database drops the listening session (a restart, a failover, an idle-connection reaper).
        await using (var admin = new NpgsqlConnection(connection))
        {
            await admin.OpenAsync(Ct);
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN mnemo_changes' AND pid <> pg_backend_pid()", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync(Ct))! >= 1);
        }

        await WaitUntilAsync(() => !notifications.IsConnected, TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => notifications.IsConnected, TimeSpan.FromSeconds(10));
        var before = signals.Count;
        await writer.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(Item("alice likes figs"))] }, Ct);
        await WaitUntilAsync(() => signals.Count > before, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Initialize_EightInstancesAtOnceOnAnEmptySchema_MigrateOnceAndAllWork()
    {
        var connection = await _database.NewSchemaAsync();
        var stores = Enumerable.Range(0, 8).Select(_ => PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection })).ToList();
        _stores.AddRange(stores);

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(Model, Ct), Ct)));
        await stores[3].ApplyAsync(new MemoryChangeSet { Upserts = [Stored(Item("alice likes kiwis"))] }, Ct);

        Assert.Single((await stores[6].ReadChangesAsync(0, 10, Ct)).Upserts);
        await using var check = new NpgsqlConnection(connection);
        await check.OpenAsync(Ct);
        await using var versions = new NpgsqlCommand("SELECT count(*), count(DISTINCT version) FROM schema_migrations", check);
        await using var reader = await versions.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
        Assert.True(reader.GetInt64(0) >= 1);
    }

    [Fact]
    public async Task Forget_Subject_RemovesItsRowsFromEveryTableAndLeavesTombstonesOfIdsOnly()
    {
        var connection = await _database.NewSchemaAsync();
        var store = await OpenAsync(connection);
        var secret = Item("zebra-quokka-7731 lives in Ouagadougou");
        await store.ApplyAsync(new MemoryChangeSet
        {
            Upserts = [Stored(secret) with { ContextEmbedding = FakeEmbeddingGenerator.Embed("context", Model.Dimensions) }],
            History = [new MemoryHistoryEntry { Id = Guid.CreateVersion7(), MemoryId = secret.Id, Scope = secret.Scope, Event = MemoryEventType.Add, NewText = secret.Text, CreatedAt = Now }],
        }, Ct);
        await ((IIngestionQueue)store).EnqueueAsync(secret.Scope, "{\"text\": \"zebra-quokka-7731\"}", Ct);

        var receipt = await store.ForgetAsync(secret.Scope, Ct);

        Assert.Equal((1, 1, 1), (receipt.Memories, receipt.HistoryEntries, receipt.QueuedItems));
        await using var check = new NpgsqlConnection(connection);
        await check.OpenAsync(Ct);
        foreach (var table in new[] { "memories", "memory_vectors", "memory_context_vectors", "memory_history", "ingest_queue" })
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", check);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(Ct))!);
        }

        await using var tombstones = new NpgsqlCommand("SELECT id FROM memory_tombstones", check);
        Assert.Equal(secret.Id, (Guid)(await tombstones.ExecuteScalarAsync(Ct))!);
        Assert.Equal([secret.Id], (await store.ReadChangesAsync(1, 10, Ct)).Deletes);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private async Task<IMemoryStore> OpenAsync(string connection)
    {
        var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection });
        _stores.Add(store);
        await store.InitializeAsync(Model, Ct);
        return store;
    }

    private static MemoryItem Item(string text) => TestMemories.Item(text, MemoryScope.User("alice"), Now);

    private static StoredMemory Stored(MemoryItem item) => new(item, FakeEmbeddingGenerator.Embed(item.Text, Model.Dimensions));

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < timeout, $"not reached within {timeout}");
            await Task.Delay(10, Ct);
        }
    }

    private sealed class SignalCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Signal() => Interlocked.Increment(ref _count);
    }
}

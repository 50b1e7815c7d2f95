using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The behaviour every store that implements <see cref="IIngestionQueue"/> must have: durable enqueue, atomic claims,
/// completion committed with the add's writes (never twice), failure, retry, requeue and erasure.
/// </summary>
public abstract class IngestionQueueConformanceTests : IAsyncLifetime
{
    /// <summary>The model every test store is initialised with (the fake embedder's).</summary>
    protected static readonly EmbeddingModelInfo Model = new("fake-bow", 64);

    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly List<IMemoryStore> _stores = [];

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MemoryScope Alice { get; } = MemoryScope.User("alice");

    private static MemoryScope Bob { get; } = MemoryScope.User("bob");

    /// <summary>Creates a new, empty, not yet initialised store that also implements <see cref="IIngestionQueue"/>.</summary>
    protected abstract Task<IMemoryStore> CreateStoreAsync();

    /// <summary>Opens a second, independent instance over the same data as <paramref name="store"/> (another process, in effect).</summary>
    protected abstract Task<IMemoryStore> OpenAgainAsync(IMemoryStore store);

    /// <inheritdoc />
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Enqueue_NewAdd_IsPendingAndVisibleToAnotherInstance()
    {
        var (store, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "{\"v\":1}", Ct);

        Assert.Equal(IngestionStatus.Pending, queued.Status);
        var other = (IIngestionQueue)await InitializedAsync(await OpenAgainAsync(store));
        var seen = await other.GetEventAsync(queued.Id, Ct);
        Assert.NotNull(seen);
        Assert.Equal(IngestionStatus.Pending, seen.Status);
        Assert.Equal("{\"v\":1}", seen.Payload);
        Assert.Equal(Alice, seen.Scope);
        Assert.Equal(0, seen.Attempts);
    }

    [Fact]
    public async Task ClaimNext_PendingAdds_OldestFirstThenNull()
    {
        var (_, queue) = await QueueAsync();
        var first = await queue.EnqueueAsync(Alice, "1", Ct);
        var second = await queue.EnqueueAsync(Bob, "2", Ct);

        var a = await queue.ClaimNextAsync(Ct);
        var b = await queue.ClaimNextAsync(Ct);
        var none = await queue.ClaimNextAsync(Ct);

        Assert.Equal(first.Id, a?.Id);
        Assert.Equal(IngestionStatus.Running, a?.Status);
        Assert.Equal(1, a?.Attempts);
        Assert.Equal(second.Id, b?.Id);
        Assert.Null(none);
        Assert.Equal(IngestionStatus.Running, (await queue.GetEventAsync(first.Id, Ct))?.Status);
    }

    [Fact]
    public async Task ClaimNext_TwoInstancesClaimingConcurrently_EachAddClaimedExactlyOnce()
    {
        var (store, queue) = await QueueAsync();
        var other = (IIngestionQueue)await InitializedAsync(await OpenAgainAsync(store));
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add((await queue.EnqueueAsync(Alice, i.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct)).Id);
        }

        async Task<List<Guid>> DrainAsync(IIngestionQueue q)
        {
            var claimed = new List<Guid>();
            while (await q.ClaimNextAsync(Ct) is { } e)
            {
                claimed.Add(e.Id);
            }

            return claimed;
        }

        var results = await Task.WhenAll(Task.Run(() => DrainAsync(queue), Ct), Task.Run(() => DrainAsync(other), Ct), Task.Run(() => DrainAsync(queue), Ct));
        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(ids.Count, all.Count);
        Assert.Equal(ids.Order(), all.Order());
    }

    [Fact]
    public async Task Apply_CompletionOfRunningAdd_CommitsWritesAndSucceeded()
    {
        var (store, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "p", Ct);
        await queue.ClaimNextAsync(Ct);
        var item = Memory("Alice likes tea");

        await store.ApplyAsync(
            new MemoryChangeSet { Upserts = [Stored(item)], Completion = new IngestionCompletion(queued.Id, "{\"results\":[]}") }, Ct);

        var done = await queue.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Succeeded, done?.Status);
        Assert.Equal("{\"results\":[]}", done?.Result);
        Assert.NotNull(await store.GetAsync(item.Id, Ct));
    }

    [Fact]
    public async Task Apply_CompletionAlone_MarksSucceeded()
    {
        var (store, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "p", Ct);
        await queue.ClaimNextAsync(Ct);

        await store.ApplyAsync(new MemoryChangeSet { Completion = new IngestionCompletion(queued.Id, "{}") }, Ct);

        Assert.Equal(IngestionStatus.Succeeded, (await queue.GetEventAsync(queued.Id, Ct))?.Status);
    }

    [Fact]
    public async Task Apply_CompletionOfSucceededAdd_ThrowsAndWritesNothing()
    {
        var (store, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "p", Ct);
        await queue.ClaimNextAsync(Ct);
        await store.ApplyAsync(new MemoryChangeSet { Completion = new IngestionCompletion(queued.Id, "first") }, Ct);
        var item = Memory("Alice likes coffee");

        await Assert.ThrowsAnyAsync<MnemoException>(() => store.ApplyAsync(
            new MemoryChangeSet { Upserts = [Stored(item)], Completion = new IngestionCompletion(queued.Id, "second") }, Ct));

        Assert.Null(await store.GetAsync(item.Id, Ct));
        Assert.Equal("first", (await queue.GetEventAsync(queued.Id, Ct))?.Result);
    }

    [Fact]
    public async Task Apply_CompletionOfPendingOrUnknownAdd_ThrowsAndWritesNothing()
    {
        var (store, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "p", Ct);
        var item = Memory("Alice likes juice");

        await Assert.ThrowsAnyAsync<MnemoException>(() => store.ApplyAsync(
            new MemoryChangeSet { Upserts = [Stored(item)], Completion = new IngestionCompletion(queued.Id, "r") }, Ct));
        await Assert.ThrowsAnyAsync<MnemoException>(() => store.ApplyAsync(
            new MemoryChangeSet { Upserts = [Stored(item)], Completion = new IngestionCompletion(Guid.NewGuid(), "r") }, Ct));

        Assert.Null(await store.GetAsync(item.Id, Ct));
        Assert.Equal(IngestionStatus.Pending, (await queue.GetEventAsync(queued.Id, Ct))?.Status);
    }

    [Fact]
    public async Task Fail_RunningAdd_KeepsPayloadAndError_RetryMakesItPending()
    {
        var (_, queue) = await QueueAsync();
        var queued = await queue.EnqueueAsync(Alice, "payload", Ct);
        await queue.ClaimNextAsync(Ct);

        await queue.FailAsync(queued.Id, "the LLM answered invalid JSON twice", Ct);
        var failed = await queue.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Failed, failed?.Status);
        Assert.Equal("the LLM answered invalid JSON twice", failed?.Error);
        Assert.Equal("payload", failed?.Payload);
        Assert.Null(await queue.ClaimNextAsync(Ct));

        Assert.True(await queue.RetryAsync(queued.Id, Ct));
        Assert.Equal(IngestionStatus.Pending, (await queue.GetEventAsync(queued.Id, Ct))?.Status);
        Assert.False(await queue.RetryAsync(queued.Id, Ct));
        Assert.False(await queue.RetryAsync(Guid.NewGuid(), Ct));
        var again = await queue.ClaimNextAsync(Ct);
        Assert.Equal(2, again?.Attempts);
    }

    [Fact]
    public async Task RequeueRunning_AbandonedClaims_BackToPending()
    {
        var (store, queue) = await QueueAsync();
        var a = await queue.EnqueueAsync(Alice, "a", Ct);
        await queue.EnqueueAsync(Alice, "b", Ct);
        await queue.ClaimNextAsync(Ct);

        // A new process on the same data finds the claim of the one that died. A shared store may learn of the death a
        // moment later (PostgreSQL ends a closed session asynchronously): ask again, as a worker's next start would.
        var restarted = (IIngestionQueue)await InitializedAsync(await OpenAgainAsync(store));
        if (store is IAsyncDisposable died)
        {
            await died.DisposeAsync();
        }

        var requeued = 0;
        for (var i = 0; i < 50 && requeued == 0; i++)
        {
            requeued = await restarted.RequeueRunningAsync(Ct);
            if (requeued == 0)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Equal(1, requeued);
        Assert.Equal(IngestionStatus.Pending, (await restarted.GetEventAsync(a.Id, Ct))?.Status);
        Assert.Equal(a.Id, (await restarted.ClaimNextAsync(Ct))?.Id);
    }

    [Fact]
    public async Task ListEvents_ScopeAndStatus_NewestFirst()
    {
        var (_, queue) = await QueueAsync();
        var a1 = await queue.EnqueueAsync(Alice, "a1", Ct);
        var b1 = await queue.EnqueueAsync(Bob, "b1", Ct);
        var a2 = await queue.EnqueueAsync(Alice, "a2", Ct);
        await queue.ClaimNextAsync(Ct);

        Assert.Equal([a2.Id, a1.Id], (await queue.ListEventsAsync(Alice, null, 100, Ct)).Select(e => e.Id));
        Assert.Equal([a2.Id, b1.Id, a1.Id], (await queue.ListEventsAsync(null, null, 100, Ct)).Select(e => e.Id));
        Assert.Equal([a1.Id], (await queue.ListEventsAsync(null, IngestionStatus.Running, 100, Ct)).Select(e => e.Id));
        Assert.Equal([a2.Id], (await queue.ListEventsAsync(Alice, IngestionStatus.Pending, 100, Ct)).Select(e => e.Id));
        Assert.Single(await queue.ListEventsAsync(null, null, 1, Ct));
    }

    [Fact]
    public async Task Forget_Scope_RemovesItsQueuedAddsOnly()
    {
        var (store, queue) = await QueueAsync();
        var a = await queue.EnqueueAsync(Alice, "secret of alice", Ct);
        var b = await queue.EnqueueAsync(Bob, "b", Ct);

        var receipt = await store.ForgetAsync(Alice, Ct);

        Assert.Equal(1, receipt.QueuedItems);
        Assert.Null(await queue.GetEventAsync(a.Id, Ct));
        Assert.NotNull(await queue.GetEventAsync(b.Id, Ct));
    }

    [Fact]
    public async Task Reset_RemovesEveryQueuedAdd()
    {
        var (store, queue) = await QueueAsync();
        await queue.EnqueueAsync(Alice, "a", Ct);

        await store.ResetAsync(Ct);

        Assert.Empty(await queue.ListEventsAsync(null, null, 100, Ct));
    }

    private async Task<(IMemoryStore Store, IIngestionQueue Queue)> QueueAsync()
    {
        var store = await InitializedAsync(await CreateStoreAsync());
        return (store, Assert.IsAssignableFrom<IIngestionQueue>(store));
    }

    private async Task<IMemoryStore> InitializedAsync(IMemoryStore store)
    {
        _stores.Add(store);
        await store.InitializeAsync(Model, Ct);
        return store;
    }

    private static MemoryItem Memory(string text) => TestMemories.Item(text, Alice, Now);

    private static StoredMemory Stored(MemoryItem item) => new(item, FakeEmbeddingGenerator.Embed(item.Text, Model.Dimensions));
}

using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The behaviour every store that offers <see cref="IScopeWriteLock"/> must have, between two independent instances over
/// the same data (two processes, in effect): exclusive excludes everything, shared excludes only exclusive, a waiting
/// exclusive request holds back new shared ones, release and cancellation leave nothing held.
/// </summary>
public abstract class ScopeWriteLockConformanceTests : IAsyncLifetime
{
    /// <summary>The model every test store is initialised with.</summary>
    protected static readonly EmbeddingModelInfo Model = new("fake-bow", 64);

    private readonly List<IMemoryStore> _stores = [];

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, not yet initialised store that offers <see cref="IScopeWriteLock"/>.</summary>
    protected abstract Task<IMemoryStore> CreateStoreAsync();

    /// <summary>Opens a second, independent instance over the same data as <paramref name="store"/>.</summary>
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
    public async Task Exclusive_HeldByOneInstance_AnotherWaitsUntilReleased()
    {
        var (a, b) = await PairAsync();
        var first = await a.AcquireAsync([new("user:alice", true)], Ct);

        var second = b.AcquireAsync([new("user:alice", true)], Ct);
        await AssertWaitsAsync(second);
        first.Dispose();

        (await second.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Shared_HeldByOneInstance_AnotherSharesItButExclusiveWaits()
    {
        var (a, b) = await PairAsync();
        var first = await a.AcquireAsync([new("project:", false), new("user:alice", false)], Ct);

        var shared = await b.AcquireAsync([new("user:alice", false)], Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        var exclusive = b.AcquireAsync([new("user:alice", true)], Ct);
        await AssertWaitsAsync(exclusive);
        first.Dispose();
        await AssertWaitsAsync(exclusive);
        shared.Dispose();

        (await exclusive.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task ExclusiveWaiting_NewSharedRequestsQueueBehindIt()
    {
        var (a, b) = await PairAsync();
        var c = await LockOfAsync(await OpenAgainAsync(_stores[0]));
        var reader = await a.AcquireAsync([new("user:alice", false)], Ct);
        var writer = b.AcquireAsync([new("user:alice", true)], Ct);
        await AssertWaitsAsync(writer);

        var lateReader = c.AcquireAsync([new("user:alice", false)], Ct);
        await AssertWaitsAsync(lateReader);
        reader.Dispose();
        (await writer.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
        (await lateReader.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Acquire_ManyKeysInDifferentOrders_NeverDeadlocks()
    {
        var (a, b) = await PairAsync();
        string[] keys = ["k1", "k2", "k3", "k4", "k5"];

        async Task LoopAsync(IScopeWriteLock locks, bool reversed)
        {
            for (var i = 0; i < 20; i++)
            {
                var order = reversed ? keys.Reverse() : keys;
                using var held = await locks.AcquireAsync([.. order.Select(k => new ScopeLockKey(k, true))], Ct);
            }
        }

        await Task.WhenAll(LoopAsync(a, false), LoopAsync(b, true)).WaitAsync(TimeSpan.FromSeconds(60), Ct);
    }

    [Fact]
    public async Task Cancelled_WhileWaiting_HoldsNothing()
    {
        var (a, b) = await PairAsync();
        var first = await a.AcquireAsync([new("user:alice", true)], Ct);
        using var cancel = new CancellationTokenSource();

        // The cancelled request asked for a free key first, then the held one: it must give the free one back.
        var waiting = b.AcquireAsync([new("agent:a1", true), new("user:alice", true)], cancel.Token);
        await AssertWaitsAsync(waiting);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => waiting);
        first.Dispose();

        (await a.AcquireAsync([new("agent:a1", true), new("user:alice", true)], Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
        (await b.AcquireAsync([new("agent:a1", true)], Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    private async Task<(IScopeWriteLock A, IScopeWriteLock B)> PairAsync()
    {
        var first = await CreateStoreAsync();
        var a = await LockOfAsync(first);
        var b = await LockOfAsync(await OpenAgainAsync(first));
        return (a, b);
    }

    private async Task<IScopeWriteLock> LockOfAsync(IMemoryStore store)
    {
        _stores.Add(store);
        await store.InitializeAsync(Model, Ct);
        return Assert.IsAssignableFrom<IScopeWriteLock>(store.GetService(typeof(IScopeWriteLock)));
    }

    private static async Task AssertWaitsAsync(Task pending)
    {
        await Task.WhenAny(pending, Task.Delay(300, Ct));
        Assert.False(pending.IsCompleted, "the lock was granted while a conflicting holder had it");
    }
}

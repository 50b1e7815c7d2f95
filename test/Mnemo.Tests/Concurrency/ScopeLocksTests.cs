using Mnemo.Concurrency;
using Xunit;

namespace Mnemo.Tests.Concurrency;

public sealed class ScopeLocksTests
{
    private static readonly MemoryScope Alice = MemoryScope.User("alice");
    private static readonly MemoryScope AliceWithAgent = new() { UserId = "alice", AgentId = "a1" };
    private static readonly MemoryScope BobWithAgent = new() { UserId = "bob", AgentId = "a1" };
    private static readonly MemoryScope AgentOnly = new() { AgentId = "a1" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcquireBulkAsync_UserWhileAnAddToUserAndAgentHoldsIt_WaitsForTheAdd()
    {
        var locks = new ScopeLocks();
        var add = await locks.AcquireAsync(AliceWithAgent, Ct);

        var deleteAll = locks.AcquireBulkAsync(Alice, Ct);

        await AssertWaitsAsync(deleteAll);
        add.Dispose();
        (await deleteAll.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_AddToUserAndAgentWhileDeleteAllOfTheAgentHoldsIt_WaitsForTheDeleteAll()
    {
        var locks = new ScopeLocks();
        var deleteAll = await locks.AcquireBulkAsync(AgentOnly, Ct);

        var add = locks.AcquireAsync(AliceWithAgent, Ct);

        await AssertWaitsAsync(add);
        deleteAll.Dispose();
        (await add.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_SameExactScope_WaitsForTheFirst()
    {
        var locks = new ScopeLocks();
        var first = await locks.AcquireAsync(AliceWithAgent, Ct);

        var second = locks.AcquireAsync(AliceWithAgent, Ct);

        await AssertWaitsAsync(second);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_TwoUsersSharingAnAgent_HoldTogether()
    {
        var locks = new ScopeLocks();
        using var alice = await locks.AcquireAsync(AliceWithAgent, Ct);

        using var bob = await locks.AcquireAsync(BobWithAgent, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        using var aliceAlone = await locks.AcquireAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task AcquireAsync_OtherProject_HoldsTogetherWithABulkWrite()
    {
        var locks = new ScopeLocks();
        using var deleteAll = await locks.AcquireBulkAsync(Alice, Ct);

        using var other = await locks.AcquireAsync(AliceWithAgent with { ProjectId = "other" }, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task AcquireAsync_WhileABulkWriteWaits_QueuesBehindIt()
    {
        var locks = new ScopeLocks();
        var alice = await locks.AcquireAsync(AliceWithAgent, Ct);
        var deleteAll = locks.AcquireBulkAsync(AgentOnly, Ct);
        await AssertWaitsAsync(deleteAll);

        // Bob's add shares the agent with Alice's, but a waiting delete-all of the agent goes first.
        var bob = locks.AcquireAsync(BobWithAgent, Ct);

        await AssertWaitsAsync(bob);
        alice.Dispose();
        var held = await deleteAll.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await AssertWaitsAsync(bob);
        held.Dispose();
        (await bob.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task AcquireBulkAsync_CancelledWhileWaiting_LeavesEveryKeyFree()
    {
        var locks = new ScopeLocks();
        var add = await locks.AcquireAsync(AliceWithAgent, Ct);
        using var cancel = new CancellationTokenSource();

        var deleteAll = locks.AcquireBulkAsync(AliceWithAgent, cancel.Token);
        await AssertWaitsAsync(deleteAll);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => deleteAll);
        add.Dispose();
        (await locks.AcquireBulkAsync(AliceWithAgent, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
        (await locks.AcquireAsync(BobWithAgent, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_StoreOffersCrossProcessLocks_TakesTheSameKeysThereAndReleasesThemFirst()
    {
        var store = new RecordingStoreLock();
        var locks = new ScopeLocks(store);

        var add = await locks.AcquireAsync(AliceWithAgent, Ct);
        var taken = Assert.Single(store.Taken);
        Assert.Equal(taken.Select(k => k.Key).Order(StringComparer.Ordinal), taken.Select(k => k.Key));
        Assert.Single(taken, k => k.Exclusive);
        Assert.Equal(4, taken.Count);
        add.Dispose();
        Assert.Equal(1, store.Released);

        var bulk = await locks.AcquireBulkAsync(Alice, Ct);
        Assert.All(store.Taken[1], k => Assert.Equal(k.Key.StartsWith("i", StringComparison.Ordinal), k.Exclusive));
        bulk.Dispose();

        // A failure in the store's lock releases the in-process ones: the next writer is not blocked.
        store.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => locks.AcquireAsync(AliceWithAgent, Ct));
        store.Fail = false;
        (await locks.AcquireAsync(AliceWithAgent, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    private sealed class RecordingStoreLock : IScopeWriteLock
    {
        public List<IReadOnlyList<ScopeLockKey>> Taken { get; } = [];

        public int Released { get; private set; }

        public bool Fail { get; set; }

        public Task<IDisposable> AcquireAsync(IReadOnlyList<ScopeLockKey> keys, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new InvalidOperationException("the database is down");
            }

            Taken.Add(keys);
            return Task.FromResult<IDisposable>(new Release(this));
        }

        private sealed class Release(RecordingStoreLock owner) : IDisposable
        {
            public void Dispose() => owner.Released++;
        }
    }

    private static async Task AssertWaitsAsync(Task pending)
    {
        await Task.WhenAny(pending, Task.Delay(100, Ct));
        Assert.False(pending.IsCompleted, "the lock was granted while a conflicting holder had it");
    }
}

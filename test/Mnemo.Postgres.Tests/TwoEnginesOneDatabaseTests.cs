using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>
/// Two engines (two processes, in effect) on one database: the engine's scope locks reach PostgreSQL through
/// <see cref="IScopeWriteLock"/>, so a delete-all of a user in one excludes an add to that user in the other.
/// </summary>
public sealed class TwoEnginesOneDatabaseTests : IAsyncDisposable
{
    private readonly TestDatabase _database = new();
    private readonly List<ServiceProvider> _providers = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAllOfUser_InOneEngine_ExcludesAnAddToThatUserAndAgentInTheOther()
    {
        var connection = await _database.NewSchemaAsync();
        var gated = new GatedStore(PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection }));
        var a = Engine(gated);
        var b = Engine(PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection }));
        await AddAsync(a, "alice used to like tea", MemoryScope.User("alice"));

        gated.Arm();
        var deleteAll = a.DeleteAllAsync(MemoryScope.User("alice"), Ct);
        await gated.Entered.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var excluded = AddAsync(b, "alice now likes coffee", new MemoryScope { UserId = "alice", AgentId = "a1" });
        await Task.WhenAny(excluded, Task.Delay(1000, Ct));
        Assert.False(excluded.IsCompleted, "the add ran while the other engine's delete-all of its user held the scope");

        // Another user sharing the agent is not excluded.
        await AddAsync(b, "bob likes juice", new MemoryScope { UserId = "bob", AgentId = "a1" }).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        gated.Release();
        Assert.Equal(1, await deleteAll.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        await excluded.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var left = await b.ListAsync(new ListOptions { Scope = MemoryScope.User("alice") }, Ct);
        Assert.Equal(["alice now likes coffee"], left.Items.Select(i => i.Text));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private IMemory Engine(IMemoryStore store)
    {
        var services = new ServiceCollection();
        services.AddMnemo().WithStore(store).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IMemory>();
    }

    private static Task<AddResult> AddAsync(IMemory memory, string text, MemoryScope scope) =>
        memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = scope, Infer = false }, Ct);

    /// <summary>Holds the first delete it is asked to apply after <see cref="Arm"/> until <see cref="Release"/>.</summary>
    private sealed class GatedStore(IMemoryStore inner) : DelegatingMemoryStore(inner)
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Entered => _entered.Task;

        public void Arm() => _armed = 1;

        public void Release() => _release.TrySetResult();

        public override async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
        {
            if (changes.Deletes.Count > 0 && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _entered.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
            }

            return await base.ApplyAsync(changes, cancellationToken);
        }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Formation;

/// <summary>
/// An add with infer on makes a constant number of store round trips, whatever the number of candidates it reconciles
/// against or statements it holds: candidates come from the engine's index with their vectors, and the store's feed
/// position is read once per add (docs/architecture.md, "Round trips of an add with infer on").
/// </summary>
public sealed class AddRoundTripTests : IDisposable
{
    private static readonly MemoryScope Alice = MemoryScope.User("alice");
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-roundtrips-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task LlmAdd_ManyCandidates_SameRoundTripsAndNoReadPerCandidate(int similar)
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "Likes green tea with jasmine"}]}""");
        var (memory, store, provider) = Build(chat, similar);
        await using var _ = provider;
        await SeedAsync(memory, similar);

        store.Calls.Clear();
        await memory.AddAsync([new ChatMessage(ChatRole.User, "I like green tea, with jasmine")], new AddOptions { Scope = Alice }, Ct);

        Assert.Equal(0, store.Count(nameof(IMemoryStore.GetWithEmbeddingAsync)));
        Assert.Equal(1, store.Count(nameof(IMemoryStore.ApplyAsync)));
        Assert.True(store.Total <= 5, $"{store.Total} store calls: {store.Describe()}");
    }

    [Fact]
    public async Task OfflineAdd_SeveralStatements_ReadsTheFeedPositionOnce()
    {
        var (memory, store, provider) = Build(chat: null, 0);
        await using var _ = provider;
        await SeedAsync(memory, 5);

        store.Calls.Clear();
        var result = await memory.AddAsync(
            [new ChatMessage(ChatRole.User, "I like green tea."), new ChatMessage(ChatRole.User, "My sister lives in Oslo."), new ChatMessage(ChatRole.User, "I work as a nurse in Bergen.")],
            new AddOptions { Scope = Alice },
            Ct);

        Assert.Equal(3, result.Results.Count);
        Assert.True(store.Count(nameof(IMemoryStore.GetFeedPositionAsync)) <= 1, store.Describe());
        Assert.Equal(0, store.Count(nameof(IMemoryStore.GetWithEmbeddingAsync)));
        Assert.True(store.Total <= 5, $"{store.Total} store calls: {store.Describe()}");
    }

    private (IMemory Memory, CountingStore Store, ServiceProvider Provider) Build(FakeChatClient? chat, int similar)
    {
        var services = new ServiceCollection();
        if (chat is not null)
        {
            services.AddSingleton<IChatClient>(chat);
        }

        return WrappedStoreEngine.Build(Path.Combine(_folder, $"mnemo-{similar}-{chat is null}.db"), store => new CountingStore(store), services: services);
    }

    // Memories close to the add's message, so they are candidates of the reconciliation.
    private static async Task SeedAsync(IMemory memory, int count)
    {
        var messages = Enumerable.Range(0, count).Select(i => new ChatMessage(ChatRole.User, $"I like green tea number {i}")).ToList();
        if (messages.Count > 0)
        {
            await memory.AddAsync(messages, new AddOptions { Scope = Alice, Infer = false }, Ct);
        }

        // A search brings the index up to date, as a running engine's would be.
        _ = await memory.SearchAsync("green tea", new SearchOptions { Scope = Alice }, Ct);
    }

    private sealed class CountingStore(IMemoryStore inner) : DelegatingMemoryStore(inner)
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public int Total => Calls.Count;

        public int Count(string name) => Calls.Count(c => c == name);

        public string Describe() => string.Join(", ", Calls.GroupBy(c => c).Select(g => $"{g.Key} x{g.Count()}"));

        public override Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default) =>
            Track(base.ApplyAsync(changes, cancellationToken));

        public override Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) => Track(base.GetAsync(id, cancellationToken));

        public override Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
            Track(base.GetWithEmbeddingAsync(id, cancellationToken));

        public override Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
            Track(base.ListAsync(query, cancellationToken));

        public override Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
            Track(base.GetManyAsync(ids, cancellationToken));

        public override Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default) => Track(base.GetFeedPositionAsync(cancellationToken));

        public override Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default) =>
            Track(base.ReadChangesAsync(after, limit, cancellationToken));

        public override Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default) =>
            Track(base.FilterAsync(ids, filter, cancellationToken));

        public override Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
            MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
            Track(base.GetEmbeddingsByHashAsync(scope, hashes, cancellationToken));

        private T Track<T>(T result, [CallerMemberName] string name = "")
        {
            Calls.Enqueue(name);
            return result;
        }
    }
}

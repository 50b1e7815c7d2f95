using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Tests.Engine;

/// <summary><see cref="MnemoOptions.Index"/>: the row cache's byte bound and the change feed's page size reach the index.</summary>
public sealed class IndexOptionsTests : IDisposable
{
    private static readonly MemoryScope Alice = MemoryScope.User("alice");
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-index-options-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(256L << 20, false)]
    [InlineData(0L, true)]
    public async Task Search_RowCacheBytes_BoundsTheRowsKeptBetweenSearches(long rowCacheBytes, bool readsRowsAgain)
    {
        var (memory, store, provider) = Build(o => o.Index.RowCacheBytes = rowCacheBytes);
        await using var _ = provider;
        await memory.AddAsync([new ChatMessage(ChatRole.User, "I like green tea"), new ChatMessage(ChatRole.User, "My sister lives in Oslo")], new AddOptions { Scope = Alice, Infer = false }, Ct);
        var first = await memory.SearchAsync("green tea", new SearchOptions { Scope = Alice }, Ct);

        store.Reads.Clear();
        var second = await memory.SearchAsync("green tea", new SearchOptions { Scope = Alice }, Ct);

        Assert.Equal("I like green tea", second.Results[0].Memory.Text);
        Assert.Equal(first.Results.Select(r => r.Memory.Id), second.Results.Select(r => r.Memory.Id));
        Assert.Equal(readsRowsAgain, store.Reads.Contains(nameof(IMemoryStore.GetManyAsync)));
    }

    [Fact]
    public async Task Load_FeedPageSize_ReadsTheFeedInPagesOfThatSize()
    {
        var texts = Enumerable.Range(1, 5).Select(i => $"Green tea tin number {i}").ToList();
        var (writer, _, writerProvider) = Build(o => o.Index.FeedPageSize = 2);
        await using (writerProvider)
        {
            await writer.AddAsync([.. texts.Select(t => new ChatMessage(ChatRole.User, t))], new AddOptions { Scope = Alice, Infer = false }, Ct);
        }

        // A second engine over the same file loads its index from the feed.
        var (reader, store, readerProvider) = Build(o => o.Index.FeedPageSize = 2);
        await using var _ = readerProvider;
        var found = await reader.SearchAsync("green tea tin", new SearchOptions { Scope = Alice }, Ct);

        Assert.Equal(texts.Order(), found.Results.Select(r => r.Memory.Text).Order());
        Assert.NotEmpty(store.FeedLimits);
        Assert.All(store.FeedLimits, limit => Assert.Equal(2, limit));
        Assert.True(store.FeedLimits.Count >= 3, $"{store.FeedLimits.Count} feed pages for 5 memories");
    }

    private (IMemory Memory, RecordingStore Store, ServiceProvider Provider) Build(Action<MnemoOptions> configure) =>
        WrappedStoreEngine.Build(Path.Combine(_folder, "mnemo.db"), store => new RecordingStore(store), configure);

    private sealed class RecordingStore(IMemoryStore inner) : DelegatingMemoryStore(inner)
    {
        public ConcurrentQueue<string> Reads { get; } = new();

        public ConcurrentQueue<int> FeedLimits { get; } = new();

        public override Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
        {
            Reads.Enqueue(nameof(GetManyAsync));
            return base.GetManyAsync(ids, cancellationToken);
        }

        public override Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default)
        {
            FeedLimits.Enqueue(limit);
            return base.ReadChangesAsync(after, limit, cancellationToken);
        }
    }
}

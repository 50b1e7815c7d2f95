using System.Text.Json;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The behaviour every <see cref="IMemoryStore"/> must have. A store's test project derives from this class and
/// supplies <see cref="CreateStoreAsync"/>; each test gets fresh, empty stores.
/// </summary>
public abstract partial class MemoryStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The fixed "now" of the suite, at millisecond precision.</summary>
    protected static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, 123, TimeSpan.Zero);

    /// <summary>The model every test store is initialised with (the fake embedder's).</summary>
    protected static readonly EmbeddingModelInfo Model = new("fake-bow", ModelDimensions);

    /// <summary>The dimension of <see cref="Model"/>.</summary>
    internal const int ModelDimensions = 64;

    private readonly List<IMemoryStore> _stores = [];

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, not yet initialised store.</summary>
    protected abstract Task<IMemoryStore> CreateStoreAsync();

    /// <inheritdoc />
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            switch (store)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh store, initialised with <see cref="Model"/>.</summary>
    protected async Task<IMemoryStore> StoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        await store.InitializeAsync(Model, Ct);
        return store;
    }

    /// <summary>A fresh store, not initialised.</summary>
    protected async Task<IMemoryStore> RawStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    protected static MemoryScope Alice { get; } = MemoryScope.User("alice");

    protected static MemoryScope Bob { get; } = MemoryScope.User("bob");

    protected static MemoryItem Memory(string text, MemoryScope? scope = null, DateTimeOffset? created = null) =>
        TestMemories.Item(text, scope ?? Alice, created ?? Now);

    protected static float[] Embed(string text) => FakeEmbeddingGenerator.Embed(text, Model.Dimensions);

    protected static StoredMemory Stored(MemoryItem item) => new(item, Embed(item.Text));

    protected static Task PutAsync(IMemoryStore store, params MemoryItem[] items) =>
        store.ApplyAsync(new MemoryChangeSet { Upserts = [.. items.Select(Stored)] }, Ct);

    protected static MemoryListQuery List(MemoryScope? scope, string? filter = null) => new()
    {
        Scope = scope,
        Filter = filter is null ? null : MemoryFilter.Parse(filter),
        AsOf = Now,
        Limit = 1000,
    };

    protected static async Task<string[]> TextsAsync(IMemoryStore store, MemoryListQuery query) =>
        [.. (await store.ListAsync(query, Ct)).Items.Select(i => i.Text).Order(StringComparer.Ordinal)];

    private protected static IndexQuery Search(MemoryScope scope, string? text, string? vectorText = null, string? filter = null) => new()
    {
        Scope = scope,
        Keywords = KeywordTerms.Of(text),
        Vector = vectorText is null ? ReadOnlyMemory<float>.Empty : Embed(vectorText),
        Filter = filter is null ? null : MemoryFilter.Parse(filter),
        AsOf = Now,
        Candidates = 50,
    };

    protected static string[] Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];

    protected static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}

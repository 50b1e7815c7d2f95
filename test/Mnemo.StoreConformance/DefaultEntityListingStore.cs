namespace Mnemo.StoreConformance;

/// <summary>
/// Forwards every member to a real store except <see cref="IMemoryStore.ListEntitiesAsync"/>, which stays the
/// interface's default (streaming every memory), so the suite checks the default against the same expectations.
/// </summary>
internal sealed class DefaultEntityListingStore(IMemoryStore inner) : IMemoryStore
{
    public Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default) => inner.InitializeAsync(model, cancellationToken);

    public Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default) => inner.ApplyAsync(changes, cancellationToken);

    public Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) => inner.GetWithEmbeddingAsync(id, cancellationToken);

    public Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

    public IAsyncEnumerable<MemoryItem> StreamAsync(MemoryListQuery query, CancellationToken cancellationToken = default) => inner.StreamAsync(query, cancellationToken);

    public Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) => inner.GetManyAsync(ids, cancellationToken);

    public Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default) => inner.GetFeedPositionAsync(cancellationToken);

    public Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default) => inner.ReadChangesAsync(after, limit, cancellationToken);

    public Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default) => inner.FilterAsync(ids, filter, cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default) => inner.GetHistoryAsync(memoryId, cancellationToken);

    public Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        inner.GetEmbeddingsByHashAsync(scope, hashes, cancellationToken);

    public Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default) => inner.ForgetAsync(scope, cancellationToken);

    public Task ResetAsync(CancellationToken cancellationToken = default) => inner.ResetAsync(cancellationToken);
}

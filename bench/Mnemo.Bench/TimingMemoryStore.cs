namespace Mnemo.Bench;

/// <summary>
/// Delegates every member to the real store, timing writes (<see cref="ApplyAsync"/>) apart from the reads an add makes
/// (embedding-cache lookups by hash, candidate search, candidates' vectors, known-hash listing).
/// </summary>
internal sealed class TimingMemoryStore(IMemoryStore inner, FormationProbe probe) : DelegatingMemoryStore(inner)
{
    public override async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
    {
        var entered = probe.Enter();
        try
        {
            return await base.ApplyAsync(changes, cancellationToken);
        }
        finally
        {
            probe.StoreWrite(entered);
        }
    }

    public override Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.GetAsync(id, cancellationToken));

    public override Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.GetWithEmbeddingAsync(id, cancellationToken));

    public override Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.ListAsync(query, cancellationToken));

    public override Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.GetManyAsync(ids, cancellationToken));

    public override Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.FilterAsync(ids, filter, cancellationToken));

    public override Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.GetHistoryAsync(memoryId, cancellationToken));

    public override Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        ReadAsync(() => InnerStore.GetEmbeddingsByHashAsync(scope, hashes, cancellationToken));

    private async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        var entered = probe.Enter();
        try
        {
            return await read();
        }
        finally
        {
            probe.StoreRead(entered);
        }
    }
}

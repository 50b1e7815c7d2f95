namespace Mnemo.Bench;

/// <summary>
/// Delegates every member to the real store, timing writes (<see cref="ApplyAsync"/>) apart from the reads an add makes
/// (embedding-cache lookups by hash, candidate search, candidates' vectors, known-hash listing).
/// </summary>
internal sealed class TimingMemoryStore(IMemoryStore inner, FormationProbe probe) : IMemoryStore, IAsyncDisposable
{
    public Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default) =>
        inner.InitializeAsync(model, cancellationToken);

    public async Task ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
    {
        var entered = probe.Enter();
        try
        {
            await inner.ApplyAsync(changes, cancellationToken);
        }
        finally
        {
            probe.StoreWrite(entered);
        }
    }

    public Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.GetAsync(id, cancellationToken));

    public Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.GetWithEmbeddingAsync(id, cancellationToken));

    public Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.ListAsync(query, cancellationToken));

    public IAsyncEnumerable<MemoryItem> StreamAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        inner.StreamAsync(query, cancellationToken);

    public Task<IReadOnlyList<StoreSearchHit>> SearchAsync(StoreSearchQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.GetHistoryAsync(memoryId, cancellationToken));

    public Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        ReadAsync(() => inner.GetEmbeddingsByHashAsync(scope, hashes, cancellationToken));

    public Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default) =>
        inner.ForgetAsync(scope, cancellationToken);

    public Task ResetAsync(CancellationToken cancellationToken = default) => inner.ResetAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

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

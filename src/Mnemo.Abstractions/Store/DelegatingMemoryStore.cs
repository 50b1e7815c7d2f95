namespace Mnemo;

/// <summary>
/// A store that forwards every member to an inner store: derive from it to decorate a store (timing, caching, fault
/// injection) and override only what the decorator changes. Because every member is forwarded here, a decorator never
/// silently loses one (an entity listing falling back to the interface's default) as the interface grows.
/// </summary>
/// <remarks>
/// The pattern of Microsoft.Extensions.AI's <c>DelegatingChatClient</c>. <see cref="GetService"/> answers for the
/// decorator first, then asks the inner store, so capabilities (<see cref="IIngestionQueue"/>, ...) stay discoverable
/// through any number of decorators. Disposing the decorator disposes the inner store.
/// </remarks>
public abstract class DelegatingMemoryStore : IMemoryStore, IAsyncDisposable
{
    /// <summary>Wraps <paramref name="innerStore"/>.</summary>
    /// <param name="innerStore">The store every call is forwarded to.</param>
    protected DelegatingMemoryStore(IMemoryStore innerStore)
    {
        ArgumentNullException.ThrowIfNull(innerStore);
        InnerStore = innerStore;
    }

    /// <summary>The store every call is forwarded to.</summary>
    protected IMemoryStore InnerStore { get; }

    /// <inheritdoc />
    public virtual Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default) =>
        InnerStore.InitializeAsync(model, cancellationToken);

    /// <inheritdoc />
    public virtual Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default) =>
        InnerStore.ApplyAsync(changes, cancellationToken);

    /// <inheritdoc />
    public virtual Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        InnerStore.GetAsync(id, cancellationToken);

    /// <inheritdoc />
    public virtual Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default) =>
        InnerStore.GetWithEmbeddingAsync(id, cancellationToken);

    /// <inheritdoc />
    public virtual Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        InnerStore.ListAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<MemoryItem> StreamAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        InnerStore.StreamAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        InnerStore.GetManyAsync(ids, cancellationToken);

    /// <inheritdoc />
    public virtual Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default) =>
        InnerStore.GetFeedPositionAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default) =>
        InnerStore.ReadChangesAsync(after, limit, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default) =>
        InnerStore.FilterAsync(ids, filter, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryEntity>> ListEntitiesAsync(MemoryListQuery query, CancellationToken cancellationToken = default) =>
        InnerStore.ListEntitiesAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default) =>
        InnerStore.GetHistoryAsync(memoryId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        InnerStore.GetEmbeddingsByHashAsync(scope, hashes, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default) =>
        InnerStore.ForgetAsync(scope, cancellationToken);

    /// <inheritdoc />
    public virtual Task ResetAsync(CancellationToken cancellationToken = default) => InnerStore.ResetAsync(cancellationToken);

    /// <inheritdoc />
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : InnerStore.GetService(serviceType, serviceKey);
    }

    /// <summary>Disposes the inner store.</summary>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the inner store; override to release the decorator's own resources too (call the base).</summary>
    protected virtual async ValueTask DisposeAsyncCore()
    {
        switch (InnerStore)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}

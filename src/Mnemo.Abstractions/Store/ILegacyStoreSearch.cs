namespace Mnemo;

/// <summary>
/// Store-side search as it stood before the engine owned retrieval (issue 16): kept only while the engine's index is
/// being moved out of the SQLite store, then deleted. New stores do not implement it.
/// </summary>
public interface ILegacyStoreSearch
{
    /// <summary>Candidates for a hybrid search: top cosine and top BM25, merged by memory.</summary>
    Task<IReadOnlyList<StoreSearchHit>> SearchAsync(StoreSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The neighbours of some memories in conversation order.</summary>
    Task<IReadOnlyList<StoreNeighbour>> GetNeighboursAsync(StoreNeighbourQuery query, CancellationToken cancellationToken = default);

    /// <summary>The distinct actor ids of a scope and its sub-scopes.</summary>
    Task<IReadOnlyList<string>> ListActorsAsync(MemoryScope scope, CancellationToken cancellationToken = default);
}

/// <summary>Calls <see cref="ILegacyStoreSearch"/> through <see cref="IMemoryStore.GetService"/> (removed with it).</summary>
public static class LegacyStoreSearchExtensions
{
    /// <inheritdoc cref="ILegacyStoreSearch.SearchAsync"/>
    public static Task<IReadOnlyList<StoreSearchHit>> SearchAsync(this IMemoryStore store, StoreSearchQuery query, CancellationToken cancellationToken = default) =>
        Legacy(store).SearchAsync(query, cancellationToken);

    /// <inheritdoc cref="ILegacyStoreSearch.GetNeighboursAsync"/>
    public static Task<IReadOnlyList<StoreNeighbour>> GetNeighboursAsync(this IMemoryStore store, StoreNeighbourQuery query, CancellationToken cancellationToken = default) =>
        store.GetService<ILegacyStoreSearch>() is { } legacy ? legacy.GetNeighboursAsync(query, cancellationToken) : Task.FromResult<IReadOnlyList<StoreNeighbour>>([]);

    /// <inheritdoc cref="ILegacyStoreSearch.ListActorsAsync"/>
    public static Task<IReadOnlyList<string>> ListActorsAsync(this IMemoryStore store, MemoryScope scope, CancellationToken cancellationToken = default) =>
        store.GetService<ILegacyStoreSearch>() is { } legacy ? legacy.ListActorsAsync(scope, cancellationToken) : Task.FromResult<IReadOnlyList<string>>([]);

    private static ILegacyStoreSearch Legacy(IMemoryStore store) =>
        store.GetService<ILegacyStoreSearch>() ?? throw new NotSupportedException("This store has no search until the engine's index lands (issue 16).");
}

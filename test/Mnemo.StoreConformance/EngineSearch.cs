using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Mnemo.Indexing;

namespace Mnemo.StoreConformance;

/// <summary>
/// Search over a store the way the engine searches: its in-memory index built from the store's change feed, metadata
/// filters through the store's <see cref="IMemoryFilterEvaluator"/>, rows by <see cref="IMemoryStore.GetManyAsync"/>.
/// One index per store under test, kept current by the feed like the engine's; so these tests check that a store feeds
/// the engine correctly, and both stores must give the same results.
/// </summary>
internal static class EngineSearch
{
    private static readonly ConditionalWeakTable<IMemoryStore, IndexSearcher> _searchers = [];

    /// <summary>The engine index kept for <paramref name="store"/>.</summary>
    public static MemoryIndex Index(IMemoryStore store) => Searcher(store).Index;

    public static Task<IReadOnlyList<IndexHit>> SearchAsync(this IMemoryStore store, IndexQuery query, CancellationToken cancellationToken = default) =>
        Searcher(store).SearchAsync(query, cancellationToken);

    public static Task<IReadOnlyList<IndexNeighbour>> GetNeighboursAsync(this IMemoryStore store, NeighbourQuery query, CancellationToken cancellationToken = default) =>
        Searcher(store).NeighboursAsync(query, cancellationToken);

    public static Task<IReadOnlyList<string>> ListActorsAsync(this IMemoryStore store, MemoryScope scope, CancellationToken cancellationToken = default) =>
        Searcher(store).ActorsAsync(scope, cancellationToken);

    private static IndexSearcher Searcher(IMemoryStore store) =>
        _searchers.GetValue(store, s =>
        {
            var index = new MemoryIndex(s, TimeProvider.System, NullLogger.Instance);
            index.Initialize(MemoryStoreConformanceTests.ModelDimensions);
            return new IndexSearcher(index, s);
        });
}

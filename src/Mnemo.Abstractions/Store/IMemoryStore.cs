namespace Mnemo;

/// <summary>
/// Where memories live. A narrow contract: the engine decides what to write, the store writes it atomically, answers
/// queries by id and by SQL filter, and publishes its changes (<see cref="IMemoryChangeFeed"/>), from which the engine
/// builds its in-memory index and ranks search results itself. Every store passes the same conformance suite
/// (test/Mnemo.StoreConformance).
/// </summary>
/// <remarks>
/// <para>
/// Search is not a store call: vectors, keyword postings, arrival order and actors live in the engine's index, fed by
/// the change feed, so every store ranks identically. The store evaluates only what the index cannot: metadata filters
/// over a candidate set (<see cref="IMemoryFilterEvaluator"/>) and the rows of the results (<see cref="GetManyAsync"/>).
/// </para>
/// <para>
/// Scope matching: a memory matches a <see cref="MemoryScope"/> when it has the same project (null = <c>""</c>) and every
/// non-null id of the scope equals the memory's. Implementations are thread-safe.
/// </para>
/// </remarks>
public interface IMemoryStore : IMemoryChangeFeed, IMemoryFilterEvaluator
{
    /// <summary>
    /// Creates or migrates the schema and records the embedding model on first use.
    /// </summary>
    /// <exception cref="EmbeddingMismatchException">The store holds vectors of another model or dimension.</exception>
    Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies every change of <paramref name="changes"/> in one transaction: all or nothing. The receipt tells the
    /// engine where the write sits in the change feed, so it can apply the write to its index without reading it back.
    /// </summary>
    /// <exception cref="MemoryValidationException">An embedding has the wrong dimension.</exception>
    Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Gets one memory, or <see langword="null"/>.</summary>
    Task<MemoryItem?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Gets one memory with its stored embedding, or <see langword="null"/>.</summary>
    Task<StoredMemory?> GetWithEmbeddingAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>One page of matching memories and the total count.</summary>
    /// <exception cref="InvalidFilterException">The filter names something the store cannot evaluate.</exception>
    Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every matching memory, streamed in the query's order (export, bulk delete); ignores paging.</summary>
    IAsyncEnumerable<MemoryItem> StreamAsync(MemoryListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The memories of <paramref name="ids"/> that exist, in no particular order (unknown ids are left out): one round
    /// trip for the rows a search returns that the engine's index does not keep (its row cache is bounded).
    /// </summary>
    Task<IReadOnlyList<MemoryItem>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The entities (user, agent, app and run ids) of the memories matching <paramref name="query"/> (scope, filter,
    /// activity checks; paging and order are ignored), each with its memory count, ordered by kind, then name
    /// (ordinal). A memory with several ids counts once for each. The default streams every matching memory; stores
    /// should aggregate where the data lives.
    /// </summary>
    /// <exception cref="InvalidFilterException">The filter names something the store cannot evaluate.</exception>
    async Task<IReadOnlyList<MemoryEntity>> ListEntitiesAsync(MemoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entities = new Dictionary<(MemoryEntityKind Kind, string Name), MemoryEntity>();
        await foreach (var item in StreamAsync(query, cancellationToken).ConfigureAwait(false))
        {
            MemoryEntity.Count(entities, MemoryEntityKind.User, item.Scope.UserId, item);
            MemoryEntity.Count(entities, MemoryEntityKind.Agent, item.Scope.AgentId, item);
            MemoryEntity.Count(entities, MemoryEntityKind.App, item.Scope.AppId, item);
            MemoryEntity.Count(entities, MemoryEntityKind.Run, item.Scope.RunId, item);
        }

        return [.. entities.Values.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>A memory's history, oldest first; empty when there is none.</summary>
    Task<IReadOnlyList<MemoryHistoryEntry>> GetHistoryAsync(Guid memoryId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored embeddings of memories of <paramref name="scope"/> whose text has one of <paramref name="hashes"/>
    /// (superseded and expired ones included); hashes with no such memory are absent from the result. This is the
    /// embedding cache: re-adding a known text costs no model call. The engine also reads it as the set of texts the scope
    /// holds, so a hash must be present whenever a memory of the scope has that text: an add looks for exact duplicates
    /// only among those. It never looks outside the scope, so whether a text is "cached" reveals nothing about other
    /// users or projects.
    /// </summary>
    Task<IReadOnlyDictionary<string, ReadOnlyMemory<float>>> GetEmbeddingsByHashAsync(
        MemoryScope scope, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases a subject: every memory of the scope, every history entry of the scope, cached embeddings of their texts,
    /// queued work of the scope; then compacts so no byte of the text remains in the store's files.
    /// </summary>
    Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default);

    /// <summary>Erases everything (all scopes, all projects), keeping the schema and the recorded model.</summary>
    Task ResetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// An optional capability of the store (<see cref="IIngestionQueue"/>, ...), or <see langword="null"/> when it has
    /// none of that type. Callers discover capabilities here rather than by casting, so a decorator
    /// (<see cref="DelegatingMemoryStore"/>) keeps them visible. The default answers with the store itself when it
    /// implements <paramref name="serviceType"/> and no key is given.
    /// </summary>
    /// <param name="serviceType">The capability's type.</param>
    /// <param name="serviceKey">A key for stores offering several of one type; <see langword="null"/> for the default.</param>
    object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }
}

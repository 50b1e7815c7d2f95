namespace Mnemo;

/// <summary>
/// A store's change feed: what the engine's in-memory index (vectors, keyword postings, arrival order, actors) is built
/// from and kept current with, so every store ranks identically (docs/architecture.md, "The hot index").
/// </summary>
/// <remarks>
/// <para>
/// A position is a number that grows with every committed write (insert, replace or delete of a memory). A reader at
/// position P that reads the changes after P sees every change committed after P exactly once in its last state: for an
/// id written several times only its current row, for an id deleted only its id, never both for one id. Positions are
/// handed out in commit order (a store with concurrent writers serialises the assignment, for example by a counter row
/// updated in the writing transaction), so a reader never skips a change committed late with a smaller position.
/// </para>
/// <para>
/// Position 0 is "before everything": the changes after 0 are a snapshot of every memory of every project, whatever
/// its activity. A store that can no longer serve the changes after a position (<see cref="IMemoryStore.ResetAsync"/>,
/// compacted tombstones) answers <see cref="MemoryFeedPage.Reload"/> and the reader starts again from 0. The feed holds
/// ids, never the text of deleted memories.
/// </para>
/// </remarks>
public interface IMemoryChangeFeed
{
    /// <summary>The store's current position: cheap (one small read, no rows).</summary>
    Task<long> GetFeedPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The changes committed after <paramref name="after"/>, at most <paramref name="limit"/> upserts, in position order.
    /// Read until <see cref="MemoryFeedPage.HasMore"/> is false; then <see cref="MemoryFeedPage.Position"/> is the
    /// store's position at the time of the read.
    /// </summary>
    /// <param name="after">The reader's position; 0 for a snapshot.</param>
    /// <param name="limit">Upserts per page at most (at least 1).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<MemoryFeedPage> ReadChangesAsync(long after, int limit, CancellationToken cancellationToken = default);
}

/// <summary>One memory as the change feed reports it.</summary>
/// <param name="Sequence">
/// The store's arrival number of the memory: assigned once when the id is first inserted, never changed by a replace,
/// increasing with insertion order within a scope (conversation order: neighbours and arrival order use it).
/// </param>
/// <param name="Memory">The memory with its embedding and contextual embedding (every activity state).</param>
public sealed record MemoryFeedEntry(long Sequence, StoredMemory Memory);

/// <summary>A page of the change feed (see <see cref="IMemoryChangeFeed.ReadChangesAsync"/>).</summary>
public sealed record MemoryFeedPage
{
    /// <summary>The position this page brings the reader to: every change up to it is in this page or an earlier one.</summary>
    public required long Position { get; init; }

    /// <summary>Memories inserted or replaced after the requested position, in their current state.</summary>
    public IReadOnlyList<MemoryFeedEntry> Upserts { get; init; } = [];

    /// <summary>Ids deleted after the requested position (and not re-inserted since). Apply before <see cref="Upserts"/>.</summary>
    public IReadOnlyList<Guid> Deletes { get; init; } = [];

    /// <summary>More changes exist after <see cref="Position"/>: read again from it.</summary>
    public bool HasMore { get; init; }

    /// <summary>
    /// The store cannot serve the changes after the requested position (reset, compacted tombstones): discard
    /// everything read so far and read again from 0. Nothing else in the page is meaningful.
    /// </summary>
    public bool Reload { get; init; }
}

/// <summary>
/// An optional capability (<see cref="IMemoryStore.GetService"/>): the store pushes a signal when another process
/// commits a change (PostgreSQL: LISTEN/NOTIFY), so readers need not poll <see cref="IMemoryChangeFeed.GetFeedPositionAsync"/>
/// before every search. Without it the engine polls.
/// </summary>
public interface IMemoryChangeNotifications
{
    /// <summary>Calls <paramref name="onChange"/> (on any thread, possibly coalesced) after a change is committed anywhere; dispose to stop.</summary>
    IDisposable Subscribe(Action onChange);

    /// <summary>Whether the notification channel is up; while it is down (a lost connection) readers poll.</summary>
    bool IsConnected { get; }
}

/// <summary>
/// Which memories of a candidate set pass a filter the in-memory index cannot evaluate (metadata, categories): the SQL
/// stays where the data is, one round trip per search. Part of every store.
/// </summary>
public interface IMemoryFilterEvaluator
{
    /// <summary>The ids among <paramref name="ids"/> whose memory matches <paramref name="filter"/>; unknown ids are left out.</summary>
    /// <exception cref="InvalidFilterException">The filter names something the store cannot evaluate.</exception>
    Task<IReadOnlySet<Guid>> FilterAsync(IReadOnlyCollection<Guid> ids, MemoryFilter filter, CancellationToken cancellationToken = default);
}

namespace Mnemo.Indexing;

/// <summary>
/// The neighbours <see cref="IndexSearcher.NeighbourLinksAsync"/> found, by row id (the index's arrival sequence).
/// </summary>
/// <param name="Links">(target row id, offset: negative before it, positive after it, neighbour row id), in no particular order.</param>
/// <param name="Targets">The row id of each requested memory that the index holds (and that passes the filter).</param>
/// <param name="Position">The index's change-feed position the links were found at (for <see cref="IndexSearcher.NeighbourHitsAsync"/>).</param>
internal sealed record NeighbourLinks(IReadOnlyList<(long Of, int Offset, long Seq)> Links, IReadOnlyDictionary<long, Guid> Targets, long Position)
{
    /// <summary>No neighbours.</summary>
    public static NeighbourLinks None { get; } = new([], new Dictionary<long, Guid>(), -1);
}

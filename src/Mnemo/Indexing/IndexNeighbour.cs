namespace Mnemo.Indexing;

/// <summary>A memory next to another one in conversation order.</summary>
/// <param name="Of">The memory it neighbours (one of <see cref="NeighbourQuery.Ids"/>).</param>
/// <param name="Offset">Its position relative to <paramref name="Of"/>: -1 just before, 1 just after, and so on.</param>
/// <param name="Memory">The neighbour with its embedding.</param>
internal sealed record IndexNeighbour(Guid Of, int Offset, StoredMemory Memory)
{
    /// <summary>The neighbour's word count, when the index kept it with the row (<see cref="IndexHit.Words"/>).</summary>
    public int? Words { get; init; }
}

namespace Mnemo.Indexing;

/// <summary>
/// Which memories' neighbours to fetch: the memories just before and after each of <see cref="Ids"/> in the order the
/// store received them (by <see cref="MemoryItem.CreatedAt"/>, then arrival), among the memories a search with the same
/// scope, filter and activity checks could return. A conversation stored turn by turn comes back in its own order.
/// </summary>
internal sealed record NeighbourQuery
{
    /// <summary>The scope. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>The memories whose neighbours are wanted; ids outside the scope are ignored.</summary>
    public required IReadOnlyCollection<Guid> Ids { get; init; }

    /// <summary>How many memories on each side. Default 1.</summary>
    public int Radius { get; init; } = 1;

    /// <summary>Filters on fields and metadata; neighbours must pass them too.</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>The time the activity checks use (validity, supersession, expiry).</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Include superseded memories and memories not valid at <see cref="AsOf"/>.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Include memories expired at <see cref="AsOf"/>.</summary>
    public bool IncludeExpired { get; init; }

    /// <summary>
    /// Use the index as it is, without first checking the store for changes: for a search that brought it up to date a
    /// moment ago (its first stage), so both steps see one state and the check costs no second round trip.
    /// </summary>
    public bool AssumeCurrent { get; init; }
}

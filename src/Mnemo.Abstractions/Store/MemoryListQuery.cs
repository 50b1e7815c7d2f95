namespace Mnemo;

/// <summary>A listing as a store sees it.</summary>
public sealed record MemoryListQuery
{
    /// <summary>The scope; <see langword="null"/> lists every scope of every project (export and maintenance only).</summary>
    public MemoryScope? Scope { get; init; }

    /// <summary>Filters on fields and metadata.</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>Items to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Items to return at most.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The order; ties broken by id.</summary>
    public MemoryOrder Order { get; init; } = MemoryOrder.CreatedDescending;

    /// <summary>The time the activity checks use (validity, supersession, expiry).</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Include superseded memories and memories not valid at <see cref="AsOf"/>.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Include memories expired at <see cref="AsOf"/>.</summary>
    public bool IncludeExpired { get; init; }
}

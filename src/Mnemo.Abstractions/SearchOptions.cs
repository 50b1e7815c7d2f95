namespace Mnemo;

/// <summary>Options of <see cref="IMemory.SearchAsync"/>.</summary>
public sealed record SearchOptions
{
    /// <summary>Whose memories to search. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>How many results at most (top-k). Default 10, at most 1000.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>
    /// Minimum fused score, in [0, 1], a result needs (see docs/architecture.md for the formula). <see langword="null"/>
    /// keeps every result of the top-k.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>Filters on fields and metadata, in Mem0's operator syntax (see <see cref="MemoryFilter.Parse(string)"/>).</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>
    /// Search the memories as they stood at this time: valid then, not yet superseded or expired. Default: the
    /// <see cref="ReferenceTime"/>.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>
    /// When the question is asked. Relative dates in the query ("yesterday", "last Saturday", "two weeks ago", "in the
    /// past month", "il y a trois jours", "hace dos semanas", "vor drei Tagen") resolve against it for the time signal,
    /// and it is the default <see cref="AsOf"/>. Default: now.
    /// </summary>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>Also return superseded memories and memories no longer valid.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also return expired memories.</summary>
    public bool IncludeExpired { get; init; }

    /// <summary>Return the per-signal scores of each result in <see cref="ScoredMemory.Explanation"/>.</summary>
    public bool Explain { get; init; }
}

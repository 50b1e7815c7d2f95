namespace Mnemo;

/// <summary>Options of <see cref="IMemory.ListAsync"/>.</summary>
public sealed record ListOptions
{
    /// <summary>Whose memories to list. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>Filters on fields and metadata.</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>1-based page number. Default 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page. Default 100, at most 1000.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Order of the items. Default newest first.</summary>
    public MemoryOrder Order { get; init; } = MemoryOrder.CreatedDescending;

    /// <summary>Also list superseded memories and memories no longer valid.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also list expired memories.</summary>
    public bool IncludeExpired { get; init; }
}

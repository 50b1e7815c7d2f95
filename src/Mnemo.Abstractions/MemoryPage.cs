namespace Mnemo;

/// <summary>One page of a listing.</summary>
/// <param name="Items">The memories of this page.</param>
/// <param name="TotalCount">How many memories match in all pages.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size asked for.</param>
public sealed record MemoryPage(IReadOnlyList<MemoryItem> Items, int TotalCount, int Page, int PageSize)
{
    /// <summary>Whether a later page exists.</summary>
    public bool HasNext => (long)Page * PageSize < TotalCount;
}

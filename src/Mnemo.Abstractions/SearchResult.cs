namespace Mnemo;

/// <summary>The results of a search, best first.</summary>
/// <param name="Results">At most <see cref="SearchOptions.Limit"/> results, each at or above the threshold.</param>
/// <param name="Usage">Calls spent (the query embedding, or a cache hit).</param>
public sealed record SearchResult(IReadOnlyList<ScoredMemory> Results, MemoryUsage Usage);

namespace Mnemo;

/// <summary>The filter must not hold.</summary>
/// <param name="Filter">The negated filter.</param>
public sealed record NotFilter(MemoryFilter Filter) : MemoryFilter;

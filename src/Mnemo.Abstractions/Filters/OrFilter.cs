namespace Mnemo;

/// <summary>At least one filter must hold.</summary>
/// <param name="Filters">The filters; an empty list holds for nothing.</param>
public sealed record OrFilter(IReadOnlyList<MemoryFilter> Filters) : MemoryFilter;

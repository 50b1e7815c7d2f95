namespace Mnemo;

/// <summary>Every filter must hold.</summary>
/// <param name="Filters">The filters; an empty list holds for everything.</param>
public sealed record AndFilter(IReadOnlyList<MemoryFilter> Filters) : MemoryFilter;

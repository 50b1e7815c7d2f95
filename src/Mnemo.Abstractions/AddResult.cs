namespace Mnemo;

/// <summary>What an add did: one event per memory touched, in Mem0's shape, plus what it cost.</summary>
/// <param name="Results">The events, in the order they were applied.</param>
/// <param name="Usage">Calls and tokens spent.</param>
public sealed record AddResult(IReadOnlyList<MemoryEventResult> Results, MemoryUsage Usage);

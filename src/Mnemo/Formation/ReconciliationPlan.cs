namespace Mnemo.Formation;

/// <summary>What an add will write, the events it reports, and the problems it skipped over.</summary>
internal sealed record ReconciliationPlan(MemoryChangeSet Changes, IReadOnlyList<MemoryEventResult> Events, IReadOnlyList<string> Warnings);

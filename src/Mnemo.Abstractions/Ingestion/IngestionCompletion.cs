namespace Mnemo;

/// <summary>
/// Marks a queued add as succeeded inside the same transaction as its writes (see <see cref="MemoryChangeSet.Completion"/>),
/// so a crash can never leave an add applied but still pending (applied twice) or marked done but not applied (lost).
/// </summary>
/// <param name="EventId">The queued add.</param>
/// <param name="Result">Its result, as JSON.</param>
public sealed record IngestionCompletion(Guid EventId, string Result);

namespace Mnemo;

/// <summary>The names the stores persist for enums; changing one needs a migration of the rows holding it.</summary>
internal static class StoredNames
{
    /// <summary><see cref="MemoryEventType"/> in <c>memory_history.event</c>: Mem0's event names.</summary>
    public static readonly StoredText<MemoryEventType> HistoryEvents = new("history event", new Dictionary<MemoryEventType, string>
    {
        [MemoryEventType.None] = "NONE",
        [MemoryEventType.Add] = "ADD",
        [MemoryEventType.Update] = "UPDATE",
        [MemoryEventType.Delete] = "DELETE",
        [MemoryEventType.Supersede] = "SUPERSEDE",
    });

    /// <summary><see cref="IngestionStatus"/> in <c>ingest_queue.status</c>.</summary>
    public static readonly StoredText<IngestionStatus> IngestionStatuses = new("ingestion status", new Dictionary<IngestionStatus, string>
    {
        [IngestionStatus.Pending] = "pending",
        [IngestionStatus.Running] = "running",
        [IngestionStatus.Succeeded] = "succeeded",
        [IngestionStatus.Failed] = "failed",
    });
}

namespace Mnemo;

/// <summary>One event of an add, as Mem0 reports it: <c>{"id","memory","event","previous_memory"}</c>.</summary>
/// <param name="Id">The memory concerned.</param>
/// <param name="Memory">Its text after the event.</param>
/// <param name="Event">What happened.</param>
/// <param name="PreviousMemory">Its text before the event, for updates, supersessions and deletes.</param>
public sealed record MemoryEventResult(Guid Id, string Memory, MemoryEventType Event, string? PreviousMemory = null)
{
    /// <summary>
    /// Why it happened, when formation has more to say than the event: "kept as procedural memory", "kept on request",
    /// "superseded by &lt;id&gt;", "supersedes &lt;id&gt;", "deleted on request". <see langword="null"/> otherwise.
    /// </summary>
    public string? Note { get; init; }
}

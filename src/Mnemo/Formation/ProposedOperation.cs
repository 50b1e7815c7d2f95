namespace Mnemo.Formation;

/// <summary>One operation as the extractor proposed it, before ids are mapped back and checks run.</summary>
/// <param name="Event">ADD, UPDATE, SUPERSEDE, DELETE or NONE.</param>
/// <param name="Id">The short id of an existing memory (as shown to the model), for all but ADD.</param>
/// <param name="Text">The fact's text (ADD, UPDATE, SUPERSEDE).</param>
/// <param name="ValidAt">When the fact became true, if the conversation says so.</param>
internal sealed record ProposedOperation(MemoryEventType Event, string? Id, string? Text, DateTimeOffset? ValidAt)
{
    /// <summary>Categories of the memory this operation writes (e.g. <c>procedural</c> for an instruction), before the add's own.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Why the operation was proposed, reported on its event (e.g. "kept as procedural memory").</summary>
    public string? Note { get; init; }

    /// <summary>
    /// For a SUPERSEDE: the short ids of further memories its text also replaces ("I'm 35 now. I live in Denver now."
    /// retires both "I'm 34" and "I live in Chicago"), each retired with the same replacement.
    /// </summary>
    public IReadOnlyList<string>? AlsoRetires { get; init; }
}

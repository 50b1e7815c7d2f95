namespace Mnemo;

/// <summary>What happened to a memory; the values of Mem0's <c>event</c> field plus <see cref="Supersede"/>.</summary>
public enum MemoryEventType
{
    /// <summary>Nothing: the fact was already known.</summary>
    None,

    /// <summary>A new memory was stored.</summary>
    Add,

    /// <summary>An existing memory's text or metadata changed.</summary>
    Update,

    /// <summary>A memory was deleted (its history stays until the subject is forgotten).</summary>
    Delete,

    /// <summary>A newer fact made this memory false: it got <c>valid_to</c> and <c>superseded_by</c>.</summary>
    Supersede,
}

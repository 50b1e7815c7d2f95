namespace Mnemo.Formation;

/// <summary>What a sentence is, as the offline formation path reads it.</summary>
internal enum StatementKind
{
    /// <summary>Carries nothing to remember (greeting, thanks, acknowledgement, question, chit-chat).</summary>
    Skipped,

    /// <summary>A statement with content: kept as the user said it.</summary>
    Fact,

    /// <summary>An explicit request to remember ("remember that ..."): kept without the request words.</summary>
    Request,

    /// <summary>An instruction about how to behave ("always ...", "use metric units"): kept as a procedural memory.</summary>
    Instruction,

    /// <summary>A change ("I no longer ...", "I sold my ..."): kept, and supersedes the memory it contradicts.</summary>
    Change,

    /// <summary>An explicit retraction ("forget that ..."): deletes the memory it names, stores nothing.</summary>
    Forget,
}

namespace Mnemo;

/// <summary>Which id of a <see cref="MemoryScope"/> names an entity (Mem0's entity types).</summary>
public enum MemoryEntityKind
{
    /// <summary><see cref="MemoryScope.UserId"/>.</summary>
    User,

    /// <summary><see cref="MemoryScope.AgentId"/>.</summary>
    Agent,

    /// <summary><see cref="MemoryScope.AppId"/>.</summary>
    App,

    /// <summary><see cref="MemoryScope.RunId"/>.</summary>
    Run,
}

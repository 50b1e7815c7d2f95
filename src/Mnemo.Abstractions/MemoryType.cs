namespace Mnemo;

/// <summary>Kinds of memory an add can form.</summary>
public enum MemoryType
{
    /// <summary>Facts about the user or the world (preferences, identity, plans, relationships).</summary>
    Semantic,

    /// <summary>How an agent did a task: one summary of a run's steps, results and errors.</summary>
    Procedural,
}

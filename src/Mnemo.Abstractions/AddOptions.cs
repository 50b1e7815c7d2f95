using System.Text.Json;

namespace Mnemo;

/// <summary>Options of <see cref="IMemory.AddAsync"/>.</summary>
public sealed record AddOptions
{
    /// <summary>Who the new memories belong to. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>
    /// <see langword="true"/> (default): extract facts with the configured extractor (an LLM, or the rule-based one when no
    /// LLM is configured) and reconcile them with what is known. <see langword="false"/>: store each non-system message
    /// verbatim as one memory.
    /// </summary>
    public bool Infer { get; init; } = true;

    /// <summary>Who said the messages, when the messages do not name their author.</summary>
    public string? ActorId { get; init; }

    /// <summary>Metadata stored on every memory this add creates.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>Categories stored on every memory this add creates.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>When the conversation happened; defaults to now. Relative dates are resolved against it.</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>When the new memories stop being returned by default.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Store the new memories as immutable.</summary>
    public bool Immutable { get; init; }

    /// <summary>Extra instructions for the extractor (what to keep, how to phrase it), added to the store-wide ones.</summary>
    public string? CustomInstructions { get; init; }

    /// <summary>When set, only facts about these topics are kept (e.g. "food", "work").</summary>
    public IReadOnlyList<string>? IncludeTopics { get; init; }

    /// <summary>Facts about these topics are never kept (e.g. "health", "finances").</summary>
    public IReadOnlyList<string>? ExcludeTopics { get; init; }

    /// <summary>
    /// <see cref="Mnemo.MemoryType.Procedural"/> summarises an agent's run (steps, results, errors) into one memory;
    /// requires <see cref="MemoryScope.AgentId"/>.
    /// </summary>
    public MemoryType MemoryType { get; init; } = MemoryType.Semantic;
}

namespace Mnemo;

/// <summary>What an add did: one event per memory touched, in Mem0's shape, plus what it cost.</summary>
/// <param name="Results">The events, in the order they were applied.</param>
/// <param name="Usage">Calls and tokens spent.</param>
public sealed record AddResult(IReadOnlyList<MemoryEventResult> Results, MemoryUsage Usage)
{
    /// <summary>Which extractor produced the events: <c>verbatim</c> (infer off), <c>llm</c>, or <c>rules</c> (no LLM configured).</summary>
    public string Extractor { get; init; } = "verbatim";

    /// <summary>Messages the pre-filter skipped before any model call, and why.</summary>
    public IReadOnlyList<SkippedMessage> Skipped { get; init; } = [];

    /// <summary>Problems that did not fail the add, e.g. operations naming ids the model invented (ignored).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

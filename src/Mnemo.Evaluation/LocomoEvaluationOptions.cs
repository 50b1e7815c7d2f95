namespace Mnemo;

/// <summary>Settings of a <see cref="LocomoEvaluator"/> run.</summary>
public sealed class LocomoEvaluationOptions
{
    /// <summary>
    /// The agent id of every conversation's scope (the user id is the sample id, so each conversation has its own
    /// scope). Default <c>locomo</c>.
    /// </summary>
    public string AgentId { get; set; } = "locomo";

    /// <summary>
    /// Ingest the conversations before asking. Default <see langword="true"/>; turn it off to re-ask (with other search
    /// settings) a store that already holds them.
    /// </summary>
    public bool Ingest { get; set; } = true;

    /// <summary>
    /// Delete what each conversation's scope already holds before ingesting it, so a rerun on the same store scores the
    /// same memories. Default <see langword="true"/>.
    /// </summary>
    public bool ReplaceExisting { get; set; } = true;

    /// <summary>Turns per <see cref="IMemoryTransfer.ImportAsync"/> call (one embedding batch each). Default 64.</summary>
    public int ImportBatchSize { get; set; } = 64;

    /// <summary>Evaluate only the samples with these ids; <see langword="null"/> (default) evaluates all.</summary>
    public IReadOnlyCollection<string>? SampleIds { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> when a setting cannot work.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(AgentId, nameof(AgentId));
        ArgumentOutOfRangeException.ThrowIfLessThan(ImportBatchSize, 1, nameof(ImportBatchSize));
    }
}

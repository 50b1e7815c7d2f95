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

    /// <summary>
    /// Ingest through the default add instead of verbatim import: one <see cref="IMemory.AddAsync"/> per turn with infer on
    /// (the offline formation path when no LLM is configured), the turn's <c>dia_id</c> on every memory it stores. The
    /// result then carries <see cref="LocomoResult.Formation"/>. Default <see langword="false"/>.
    /// </summary>
    public bool Infer { get; set; }

    /// <summary>Turns per <see cref="IMemoryTransfer.ImportAsync"/> call (one embedding batch each). Default 64.</summary>
    public int ImportBatchSize { get; set; } = 64;

    /// <summary>Evaluate only the samples with these ids; <see langword="null"/> (default) evaluates all.</summary>
    public IReadOnlyCollection<string>? SampleIds { get; set; }

    /// <summary>Evaluate only the first this many samples (after <see cref="SampleIds"/>); <see langword="null"/> (default): all.</summary>
    public int? MaxSamples { get; set; }

    /// <summary>
    /// Ask only the first this many scored questions of each sample (every turn is still ingested); <see langword="null"/>
    /// (default): all. With <see cref="Answer"/>, this bounds the answer and judge calls of a run with a paid key.
    /// </summary>
    public int? MaxQuestionsPerSample { get; set; }

    /// <summary>
    /// The answer phase (ingestion with infer on, an LLM answer and an LLM judge per question); <see langword="null"/>
    /// (default) runs the retrieval protocol only. Needs the evaluator's chat client.
    /// </summary>
    public LocomoAnswerOptions? Answer { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> when a setting cannot work.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(AgentId, nameof(AgentId));
        ArgumentOutOfRangeException.ThrowIfLessThan(ImportBatchSize, 1, nameof(ImportBatchSize));
        if (MaxSamples is { } samples)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1, nameof(MaxSamples));
        }

        if (MaxQuestionsPerSample is { } questions)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(questions, 1, nameof(MaxQuestionsPerSample));
        }

        if (Answer is not null)
        {
            Answer.Validate();
            if (string.Equals(Answer.AgentId, AgentId, StringComparison.Ordinal))
            {
                throw new ArgumentException("The answer phase needs its own scope: Answer.AgentId must differ from AgentId.", nameof(Answer));
            }
        }
    }
}

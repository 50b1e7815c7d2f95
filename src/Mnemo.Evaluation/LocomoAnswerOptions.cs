namespace Mnemo;

/// <summary>
/// Settings of the answer phase of a <see cref="LocomoEvaluator"/> run (Mem0's LLM-judge protocol): each conversation is
/// ingested a second time with infer on, and each scored question is answered from the memories found and judged.
/// </summary>
public sealed class LocomoAnswerOptions
{
    /// <summary>
    /// The agent id of the scope the inferred memories of each conversation go to (the user id is the sample id), kept
    /// apart from the verbatim memories of the retrieval protocol. Default <c>locomo-infer</c>.
    /// </summary>
    public string AgentId { get; set; } = "locomo-infer";

    /// <summary>How many memories are searched for and put in front of the answering model. Default 10.</summary>
    public int Limit { get; set; } = 10;

    /// <summary>
    /// Turns per add with infer on (one LLM call each); a batch never spans two sessions, so each add is observed at its
    /// session's date. Default 4.
    /// </summary>
    public int TurnsPerAdd { get; set; } = 4;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting cannot work.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(AgentId, nameof(AgentId));
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, nameof(Limit));
        ArgumentOutOfRangeException.ThrowIfLessThan(TurnsPerAdd, 1, nameof(TurnsPerAdd));
    }
}

namespace Mnemo;

/// <summary>What a <see cref="LocomoEvaluator"/> is doing.</summary>
public enum LocomoStage
{
    /// <summary>Storing a conversation's turns as memories.</summary>
    Ingesting,

    /// <summary>Asking a conversation's questions.</summary>
    Searching,

    /// <summary>Answer phase: adding a conversation's turns with infer on (one LLM call per add).</summary>
    Inferring,

    /// <summary>Answer phase: answering a conversation's questions from its inferred memories and judging the answers.</summary>
    Answering,
}

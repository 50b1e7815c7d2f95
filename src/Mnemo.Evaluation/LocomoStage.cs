namespace Mnemo;

/// <summary>What a <see cref="LocomoEvaluator"/> is doing.</summary>
public enum LocomoStage
{
    /// <summary>Storing a conversation's turns as memories.</summary>
    Ingesting,

    /// <summary>Asking a conversation's questions.</summary>
    Searching,
}

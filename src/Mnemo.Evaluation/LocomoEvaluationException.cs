namespace Mnemo;

/// <summary>
/// The answer phase of a <see cref="LocomoEvaluator"/> run could not go on: an LLM call failed (the inner exception says
/// why) or the memory did not infer with an LLM. The message names the conversation and the step.
/// </summary>
public sealed class LocomoEvaluationException : MnemoException
{
    /// <summary>Creates the exception.</summary>
    public LocomoEvaluationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LocomoEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LocomoEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

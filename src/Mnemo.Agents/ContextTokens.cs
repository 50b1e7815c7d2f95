namespace Mnemo;

/// <summary>Tokens per layer of an assembled prompt (each message's chat-format overhead included in its layer).</summary>
/// <param name="Instructions">The instructions (system prompt).</param>
/// <param name="Memories">The long-term memory block.</param>
/// <param name="Messages">The recent messages of the session.</param>
/// <param name="Priming">The fixed cost of priming the reply.</param>
public sealed record ContextTokens(int Instructions, int Memories, int Messages, int Priming)
{
    /// <summary>The whole prompt.</summary>
    public int Total => Instructions + Memories + Messages + Priming;
}

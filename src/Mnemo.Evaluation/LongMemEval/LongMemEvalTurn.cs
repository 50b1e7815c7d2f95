namespace Mnemo;

/// <summary>One turn of a LongMemEval haystack session.</summary>
/// <param name="Id">The turn's id in the evaluation: <c>&lt;session id&gt;#&lt;index&gt;</c>, unique within the question.</param>
/// <param name="Role"><c>user</c> or <c>assistant</c>.</param>
/// <param name="Content">What was said.</param>
/// <param name="HasAnswer">Whether the turn holds the question's evidence (<c>has_answer</c>).</param>
public sealed record LongMemEvalTurn(string Id, string Role, string Content, bool HasAnswer)
{
    /// <summary>The memory stored for the turn: <c>"&lt;role&gt;: &lt;content&gt;"</c>, as in the benchmark's own turn protocol.</summary>
    public string MemoryText => $"{Role}: {Content}";
}

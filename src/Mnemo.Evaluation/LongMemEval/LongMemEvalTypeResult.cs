using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The metrics of the questions of one <c>question_type</c>.</summary>
public sealed record LongMemEvalTypeResult
{
    /// <summary>How many questions of this type were scored.</summary>
    [JsonPropertyName("n")]
    public required int Count { get; init; }

    /// <summary>Turn level (evidence: the <c>has_answer</c> turns).</summary>
    [JsonPropertyName("turn")]
    public required LongMemEvalMetrics Turn { get; init; }

    /// <summary>Session level (evidence: <c>answer_session_ids</c>).</summary>
    [JsonPropertyName("session")]
    public required LongMemEvalMetrics Session { get; init; }
}

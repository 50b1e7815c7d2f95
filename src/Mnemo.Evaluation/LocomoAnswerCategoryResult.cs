using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Answer quality of one question category.</summary>
public sealed record LocomoAnswerCategoryResult
{
    /// <summary>How many questions of the category were answered and judged.</summary>
    [JsonPropertyName("n")]
    public required int Count { get; init; }

    /// <summary>LLM-judge score: the share of answers judged CORRECT, in percent.</summary>
    [JsonPropertyName("j")]
    public required double J { get; init; }

    /// <summary>Mean token-level F1 of the answers against the gold answers, in percent.</summary>
    [JsonPropertyName("f1")]
    public required double F1 { get; init; }
}

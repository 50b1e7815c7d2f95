using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>How a search score was made up, on the wire (see <see cref="ScoreExplanation"/>).</summary>
public sealed record ScoreExplanationDto
{
    /// <summary>Cosine similarity, or <see langword="null"/> when the memory was not a vector candidate.</summary>
    [JsonPropertyName("semantic")]
    public double? Semantic { get; init; }

    /// <summary>Raw BM25 score, or <see langword="null"/> when no query term matched.</summary>
    [JsonPropertyName("keyword")]
    public double? Keyword { get; init; }

    /// <summary>The semantic signal normalised to [0, 1].</summary>
    [JsonPropertyName("semantic_normalized")]
    public double SemanticNormalized { get; init; }

    /// <summary>The keyword signal normalised to [0, 1].</summary>
    [JsonPropertyName("keyword_normalized")]
    public double KeywordNormalized { get; init; }

    /// <summary>Other signals by name, each in [0, 1].</summary>
    [JsonPropertyName("other")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Other { get; init; }

    /// <summary>Each signal's part of <c>fused</c> (they add up to it); see <see cref="ScoreExplanation.Contributions"/>.</summary>
    [JsonPropertyName("contributions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Contributions { get; init; }

    /// <summary>The final fused score.</summary>
    [JsonPropertyName("fused")]
    public double Fused { get; init; }
}

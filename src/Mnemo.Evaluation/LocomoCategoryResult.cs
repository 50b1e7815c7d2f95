using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The results of one question category.</summary>
public sealed record LocomoCategoryResult
{
    /// <summary>How many scored questions the category has.</summary>
    [JsonPropertyName("n")]
    public required int Count { get; init; }

    /// <summary>Mean turn_frac@K for each K of <see cref="LocomoEvaluator.Cutoffs"/>, in percent.</summary>
    [JsonPropertyName("recall")]
    public required IReadOnlyDictionary<int, double> Recall { get; init; }
}

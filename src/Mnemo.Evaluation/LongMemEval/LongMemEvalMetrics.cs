using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// LongMemEval's retrieval metrics at each cut-off K, in percent (one decimal), averaged over the questions that have
/// evidence at this level.
/// </summary>
public sealed record LongMemEvalMetrics
{
    /// <summary>Share of the evidence found in the top K (LoCoMo's turn_frac).</summary>
    [JsonPropertyName("frac")]
    public required IReadOnlyDictionary<int, double> Frac { get; init; }

    /// <summary>Questions with at least one piece of evidence in the top K.</summary>
    [JsonPropertyName("recall_any")]
    public required IReadOnlyDictionary<int, double> RecallAny { get; init; }

    /// <summary>Questions with all their evidence in the top K.</summary>
    [JsonPropertyName("recall_all")]
    public required IReadOnlyDictionary<int, double> RecallAll { get; init; }

    /// <summary>NDCG@K with binary relevance, as LongMemEval's own evaluation computes it.</summary>
    [JsonPropertyName("ndcg_any")]
    public required IReadOnlyDictionary<int, double> NdcgAny { get; init; }

    internal static LongMemEvalMetrics Average(IReadOnlyList<LongMemEvalScores> scores) => new()
    {
        Frac = Mean(scores, s => s.Frac),
        RecallAny = Mean(scores, s => s.RecallAny),
        RecallAll = Mean(scores, s => s.RecallAll),
        NdcgAny = Mean(scores, s => s.NdcgAny),
    };

    private static Dictionary<int, double> Mean(IReadOnlyList<LongMemEvalScores> scores, Func<LongMemEvalScores, IReadOnlyDictionary<int, double>> metric) =>
        LongMemEvalEvaluator.Cutoffs.ToDictionary(k => k, k => scores.Count == 0 ? 0 : Math.Round(100 * scores.Average(s => metric(s)[k]), 1));
}

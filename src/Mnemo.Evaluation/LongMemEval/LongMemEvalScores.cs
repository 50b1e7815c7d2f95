namespace Mnemo;

/// <summary>One question's metrics at one level (turns or sessions), per cut-off, each in [0, 1].</summary>
public sealed record LongMemEvalScores(
    IReadOnlyDictionary<int, double> Frac,
    IReadOnlyDictionary<int, double> RecallAny,
    IReadOnlyDictionary<int, double> RecallAll,
    IReadOnlyDictionary<int, double> NdcgAny)
{
    /// <summary>Scores <paramref name="ranked"/> ids against <paramref name="evidence"/> at every cut-off.</summary>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public static LongMemEvalScores Score(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> evidence) => new(
        LongMemEvalEvaluator.Cutoffs.ToDictionary(k => k, k => RetrievalMetrics.TurnFraction(ranked, evidence, k)),
        LongMemEvalEvaluator.Cutoffs.ToDictionary(k => k, k => RetrievalMetrics.RecallAny(ranked, evidence, k)),
        LongMemEvalEvaluator.Cutoffs.ToDictionary(k => k, k => RetrievalMetrics.RecallAll(ranked, evidence, k)),
        LongMemEvalEvaluator.Cutoffs.ToDictionary(k => k, k => RetrievalMetrics.NdcgAny(ranked, evidence, k)));
}

namespace Mnemo;

/// <summary>How one question fared: what the search returned and the metrics computed from it.</summary>
/// <param name="Question">The question.</param>
/// <param name="Retrieved">The <c>dia_id</c> of each result, best first (<see langword="null"/> for a result without one).</param>
/// <param name="TurnFraction">turn_frac@K for each K of <see cref="LocomoEvaluator.Cutoffs"/>, in [0, 1].</param>
/// <param name="SessionRecall">Session recall@K for each K of <see cref="LocomoEvaluator.SessionCutoffs"/>, in [0, 1].</param>
/// <param name="ReciprocalRank">1 / rank of the first evidence turn among the results, or 0.</param>
/// <param name="SearchMs">Wall time of the <see cref="IMemory.SearchAsync"/> call, in milliseconds.</param>
/// <param name="EmbedMs">Wall time of embedding the query alone, in milliseconds, when an embedding generator was given.</param>
public sealed record LocomoQuestionResult(
    LocomoQuestion Question,
    IReadOnlyList<string?> Retrieved,
    IReadOnlyDictionary<int, double> TurnFraction,
    IReadOnlyDictionary<int, double> SessionRecall,
    double ReciprocalRank,
    double SearchMs,
    double? EmbedMs)
{
    /// <summary>The fused score of each result, best first (parallel to <see cref="Retrieved"/>).</summary>
    public IReadOnlyList<double> Scores { get; init; } = [];

    /// <summary>Scores the results of one scored question.</summary>
    /// <param name="question">The question; must be scored (<see cref="LocomoQuestion.IsScored"/>).</param>
    /// <param name="retrieved">The <c>dia_id</c> of each result, best first.</param>
    /// <param name="sessionOfTurn">The session of every turn of the question's sample, by <c>dia_id</c>.</param>
    /// <param name="searchMs">Wall time of the search, in milliseconds.</param>
    /// <param name="embedMs">Wall time of the query embedding, in milliseconds, when measured.</param>
    /// <exception cref="ArgumentException">The question has no evidence.</exception>
    public static LocomoQuestionResult Score(
        LocomoQuestion question, IReadOnlyList<string?> retrieved, IReadOnlyDictionary<string, int> sessionOfTurn, double searchMs, double? embedMs)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(retrieved);
        ArgumentNullException.ThrowIfNull(sessionOfTurn);
        var evidenceSessions = question.Evidence.Select(e => sessionOfTurn[e]).Distinct().ToList();
        var retrievedSessions = retrieved.Select(id => id is not null && sessionOfTurn.TryGetValue(id, out var s) ? s : (int?)null).ToList();
        return new LocomoQuestionResult(
            question,
            retrieved,
            LocomoEvaluator.Cutoffs.ToDictionary(k => k, k => RetrievalMetrics.TurnFraction(retrieved, question.Evidence, k)),
            LocomoEvaluator.SessionCutoffs.ToDictionary(k => k, k => RetrievalMetrics.SessionRecall(retrievedSessions, evidenceSessions, k)),
            RetrievalMetrics.ReciprocalRank(retrieved, question.Evidence),
            searchMs,
            embedMs);
    }
}

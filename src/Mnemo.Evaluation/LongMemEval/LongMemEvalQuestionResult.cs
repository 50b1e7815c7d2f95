namespace Mnemo;

/// <summary>What one question retrieved and how it scored.</summary>
/// <param name="Question">The question.</param>
/// <param name="RankedTurns">The turn ids retrieved, best first (<see langword="null"/> for a result without one).</param>
/// <param name="RankedSessions">The sessions of <paramref name="RankedTurns"/> in order of first appearance.</param>
/// <param name="Turn">Turn-level scores; <see langword="null"/> when the question marks no evidence turn.</param>
/// <param name="Session">Session-level scores; <see langword="null"/> when the question names no evidence session.</param>
/// <param name="SearchMs">The search's latency.</param>
/// <param name="EmbedMs">The query embedding's latency alone, when measured.</param>
public sealed record LongMemEvalQuestionResult(
    LongMemEvalQuestion Question,
    IReadOnlyList<string?> RankedTurns,
    IReadOnlyList<string?> RankedSessions,
    LongMemEvalScores? Turn,
    LongMemEvalScores? Session,
    double SearchMs,
    double? EmbedMs)
{
    /// <summary>The fused score of each result, best first (parallel to <see cref="RankedTurns"/>).</summary>
    public IReadOnlyList<double> Scores { get; init; } = [];
}

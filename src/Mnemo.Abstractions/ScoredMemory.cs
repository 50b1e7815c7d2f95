namespace Mnemo;

/// <summary>A memory found by a search, with its fused score.</summary>
/// <param name="Memory">The memory.</param>
/// <param name="Score">The fused score in [0, 1]; higher is better.</param>
/// <param name="Explanation">Per-signal scores, when <see cref="SearchOptions.Explain"/> was set.</param>
public sealed record ScoredMemory(MemoryItem Memory, double Score, ScoreExplanation? Explanation = null);

namespace Mnemo.Searching;

/// <summary>
/// Fuses the semantic and keyword signals into one score in [0, 1]:
/// <c>fused = (ws * s + wk * k) / (ws + wk)</c>, where <c>s = max(0, cosine)</c> and
/// <c>k = bm25 / (bm25 + h)</c> (h = <see cref="MnemoOptions.KeywordHalfScore"/>; 0 when no query term matched).
/// Both parts are absolute, not rescaled per query, so a threshold means the same thing for every query: a result that
/// is neither semantically close nor shares a rare word scores low and is cut, instead of being stretched to 1.
/// A candidate found only by keywords gets the lowest cosine among the vector candidates as a stand-in (a bound: it was
/// not among the nearest).
/// </summary>
internal sealed class HybridScorer(MnemoOptions options)
{
    public IReadOnlyList<ScoredMemory> Score(IReadOnlyList<StoreSearchHit> hits, bool explain)
    {
        var floor = hits.Where(h => h.Similarity is not null).Select(h => h.Similarity!.Value).DefaultIfEmpty(0).Min();
        var totalWeight = options.SemanticWeight + options.KeywordWeight;
        var scored = new List<ScoredMemory>(hits.Count);
        foreach (var hit in hits)
        {
            var semantic = Math.Max(0, hit.Similarity ?? floor);
            var keyword = hit.Keyword is > 0 and var bm25 ? bm25 / (bm25 + options.KeywordHalfScore) : 0;
            var fused = ((options.SemanticWeight * semantic) + (options.KeywordWeight * keyword)) / totalWeight;
            var explanation = explain
                ? new ScoreExplanation
                {
                    Semantic = hit.Similarity,
                    Keyword = hit.Keyword,
                    SemanticNormalized = semantic,
                    KeywordNormalized = keyword,
                    Fused = fused,
                }
                : null;
            scored.Add(new ScoredMemory(hit.Memory, fused, explanation));
        }

        // Ties broken by id so equal scores come back in a stable order.
        scored.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Memory.Id.CompareTo(b.Memory.Id));
        return scored;
    }
}

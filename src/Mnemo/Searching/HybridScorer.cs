using System.Text.RegularExpressions;

namespace Mnemo.Searching;

/// <summary>
/// Fuses the signals into one score in [0, 1]:
/// <c>fused = (ws·s + wk·k + we·e) / (ws + wk + we)</c>, where
/// <c>s = max(0, cosine)</c>,
/// <c>k = bm25 / (bm25 + h)</c> (h = <see cref="MnemoOptions.KeywordHalfScore"/>; 0 when no query term matched), and
/// <c>e = 1</c> when the query names the memory's actor (its speaker, as whole words), else 0.
/// Every part is absolute, not rescaled per query, so a threshold means the same thing for every query: a result that
/// is neither semantically close nor shares a rare word scores low and is cut, instead of being stretched to 1
/// (min-max rescaling was also measured worse on LoCoMo: 63.9 against 65.8 turn_frac@10).
/// A candidate found only by keywords gets the lowest cosine among the vector candidates as a stand-in (a bound: it was
/// not among the nearest).
/// </summary>
internal sealed partial class HybridScorer(MnemoOptions options)
{
    public IReadOnlyList<ScoredMemory> Score(IReadOnlyList<StoreSearchHit> hits, string query, bool explain)
    {
        var floor = hits.Where(h => h.Similarity is not null).Select(h => h.Similarity!.Value).DefaultIfEmpty(0).Min();
        var totalWeight = options.SemanticWeight + options.KeywordWeight + options.EntityWeight;
        var queryWords = options.EntityWeight > 0 ? Words(query) : [];
        var mentioned = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var scored = new List<ScoredMemory>(hits.Count);
        foreach (var hit in hits)
        {
            var semantic = Math.Max(0, hit.Similarity ?? floor);
            var keyword = hit.Keyword is > 0 and var bm25 ? bm25 / (bm25 + options.KeywordHalfScore) : 0;
            var entity = hit.Memory.ActorId is { } actor && IsMentioned(actor, queryWords, mentioned) ? 1.0 : 0.0;
            var fused = ((options.SemanticWeight * semantic) + (options.KeywordWeight * keyword) + (options.EntityWeight * entity)) / totalWeight;
            var explanation = explain
                ? new ScoreExplanation
                {
                    Semantic = hit.Similarity,
                    Keyword = hit.Keyword,
                    SemanticNormalized = semantic,
                    KeywordNormalized = keyword,
                    Other = new Dictionary<string, double> { ["entity"] = entity },
                    Fused = fused,
                }
                : null;
            scored.Add(new ScoredMemory(hit.Memory, fused, explanation));
        }

        // Ties broken by id so equal scores come back in a stable order.
        scored.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Memory.Id.CompareTo(b.Memory.Id));
        return scored;
    }

    // An actor counts as named when every word of its name is a word of the query ("Caroline", "Jean-Luc Picard").
    private static bool IsMentioned(string actor, HashSet<string> queryWords, Dictionary<string, bool> cache)
    {
        if (queryWords.Count == 0)
        {
            return false;
        }

        if (!cache.TryGetValue(actor, out var result))
        {
            var words = Words(actor);
            result = words.Count > 0 && words.All(w => w.Length > 1 && queryWords.Contains(w));
            cache[actor] = result;
        }

        return result;
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

namespace Mnemo;

/// <summary>
/// Retrieval metrics over one ranked result list, as pure functions. Ranked lists may hold <see langword="null"/> for
/// results that carry no id (they take a rank but match nothing).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>
    /// turn_frac@K: the share of the <paramref name="evidence"/> turn ids found among the first <paramref name="k"/>
    /// of <paramref name="ranked"/>, in [0, 1]. Duplicates count once.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public static double TurnFraction(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> evidence, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        return Fraction(ranked.Take(k).OfType<string>(), evidence, nameof(evidence));
    }

    /// <summary>
    /// Session recall@K: the share of the <paramref name="evidenceSessions"/> that at least one of the first
    /// <paramref name="k"/> results comes from, in [0, 1].
    /// </summary>
    /// <param name="rankedSessions">The session of each result, best first (<see langword="null"/> when unknown).</param>
    /// <param name="evidenceSessions">The sessions holding the question's evidence.</param>
    /// <param name="k">How many results count.</param>
    /// <exception cref="ArgumentException"><paramref name="evidenceSessions"/> is empty.</exception>
    public static double SessionRecall(IReadOnlyList<int?> rankedSessions, IReadOnlyCollection<int> evidenceSessions, int k)
    {
        ArgumentNullException.ThrowIfNull(rankedSessions);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        return Fraction(rankedSessions.Take(k).OfType<int>(), evidenceSessions, nameof(evidenceSessions));
    }

    /// <summary>
    /// recall_any@K as LongMemEval computes it: 1 when at least one of the <paramref name="evidence"/> ids is among the
    /// first <paramref name="k"/> of <paramref name="ranked"/>, else 0.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public static double RecallAny(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> evidence, int k) =>
        TurnFraction(ranked, evidence, k) > 0 ? 1 : 0;

    /// <summary>
    /// recall_all@K as LongMemEval computes it: 1 when every one of the <paramref name="evidence"/> ids is among the first
    /// <paramref name="k"/> of <paramref name="ranked"/>, else 0.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public static double RecallAll(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> evidence, int k) =>
        TurnFraction(ranked, evidence, k) >= 1 ? 1 : 0;

    /// <summary>
    /// ndcg_any@K as LongMemEval's <c>eval_utils.ndcg</c> computes it: binary relevance, DCG = rel₁ + Σ_{i≥2} relᵢ / log₂(i)
    /// over the first <paramref name="k"/> results, divided by the DCG of the ideal ranking (all evidence first).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public static double NdcgAny(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> evidence, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var wanted = evidence.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            throw new ArgumentException("At least one relevant id is required.", nameof(evidence));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        double actual = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (ranked[i] is { } id && wanted.Contains(id) && seen.Add(id))
            {
                actual += Discount(i);
            }
        }

        double ideal = 0;
        for (var i = 0; i < Math.Min(k, wanted.Count); i++)
        {
            ideal += Discount(i);
        }

        return ideal == 0 ? 0 : actual / ideal;

        // 0-based position i: 1 for the first two results (log2(2) = 1 divides the second), then 1 / log2(i + 1).
        static double Discount(int i) => i == 0 ? 1 : 1 / Math.Log2(i + 1);
    }

    /// <summary>
    /// Reciprocal rank: 1 / the 1-based rank of the first relevant result, or 0 when none of <paramref name="ranked"/>
    /// is relevant.
    /// </summary>
    public static double ReciprocalRank(IReadOnlyList<string?> ranked, IReadOnlyCollection<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        var wanted = relevant.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i] is { } id && wanted.Contains(id))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>
    /// The <paramref name="percentile"/>-th percentile (0 to 100) of <paramref name="values"/>, interpolating linearly
    /// between the closest ranks (numpy's default); <see langword="null"/> for no values.
    /// </summary>
    public static double? Percentile(IEnumerable<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = percentile / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    private static double Fraction<T>(IEnumerable<T> found, IReadOnlyCollection<T> relevant, string parameter)
    {
        ArgumentNullException.ThrowIfNull(relevant, parameter);
        var wanted = relevant.ToHashSet();
        if (wanted.Count == 0)
        {
            throw new ArgumentException("At least one relevant id is required.", parameter);
        }

        return (double)found.Where(wanted.Contains).Distinct().Count() / wanted.Count;
    }
}

namespace Mnemo;

/// <summary>Options of <see cref="IMemory.SearchAsync"/>.</summary>
public sealed record SearchOptions
{
    /// <summary>Whose memories to search. Required.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>How many results at most (top-k). Default 10, at most 1000.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>
    /// Minimum fused score, in [0, 1], a result needs (see docs/architecture.md for the formula). <see langword="null"/>
    /// keeps every result of the top-k.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// Keep only results scoring at least this share, in [0, 1], of the best result's score: a cut relative to the
    /// query, since fused scores sit in a band that depends on the model and the texts (with the default model, most
    /// results of a query score 0.4 to 0.6, relevant or not), so no absolute <see cref="Threshold"/> separates them
    /// for every query. <see langword="null"/> keeps every result of the top-k.
    /// <see cref="RecommendedRelativeThreshold"/> is the calibrated value (docs/BENCHMARKS.md, score calibration).
    /// It applies after <see cref="Threshold"/>; the best result always passes it.
    /// </summary>
    public double? RelativeThreshold { get; init; }

    /// <summary>
    /// The calibrated <see cref="RelativeThreshold"/>, 0.865, to use together with <see cref="RecommendedSpreadThreshold"/>:
    /// with the default search settings, on LoCoMo dev and LongMemEval dev, stored verbatim or by the default add, the two
    /// keep 90.3 % to 94.7 % of the evidence found in the top 10 and cut 50.3 % to 56.4 % of the other results
    /// (docs/BENCHMARKS.md, score calibration). Used by <c>mnemo chat</c> and the agent integration by default.
    /// </summary>
    public const double RecommendedRelativeThreshold = 0.865;

    /// <summary>
    /// Keep only results whose score lies at least this share, in [0, 1], of the way from the score of the
    /// <see cref="SpreadReferenceRank"/>th result up to the best score: a cut relative to how far the best results stand
    /// out from the rest of the query's ranking, which <see cref="RelativeThreshold"/> alone does not see (a query whose
    /// results all score alike keeps more). It applies with the other cuts, only to rankings of at least
    /// <see cref="SpreadReferenceRank"/> results (before <see cref="Limit"/>); the best result always passes it.
    /// <see langword="null"/> turns it off. <see cref="RecommendedSpreadThreshold"/> is the calibrated value.
    /// </summary>
    public double? SpreadThreshold { get; init; }

    /// <summary>The rank whose score is the bottom of the spread <see cref="SpreadThreshold"/> measures: 20.</summary>
    public const int SpreadReferenceRank = 20;

    /// <summary>
    /// The calibrated <see cref="SpreadThreshold"/>, 0.40, to use together with
    /// <see cref="RecommendedRelativeThreshold"/> (docs/BENCHMARKS.md, score calibration). Used by <c>mnemo chat</c> and
    /// the agent integration by default.
    /// </summary>
    public const double RecommendedSpreadThreshold = 0.40;

    /// <summary>Filters on fields and metadata, in Mem0's operator syntax (see <see cref="MemoryFilter.Parse(string)"/>).</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>
    /// Search the memories as they stood at this time: valid then, not yet superseded or expired. Default: the
    /// <see cref="ReferenceTime"/>.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>
    /// When the question is asked. Relative dates in the query ("yesterday", "last Saturday", "two weeks ago", "in the
    /// past month", "il y a trois jours", "hace dos semanas", "vor drei Tagen") resolve against it for the time signal,
    /// and it is the default <see cref="AsOf"/>. Default: now.
    /// </summary>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>Also return superseded memories and memories no longer valid.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also return expired memories.</summary>
    public bool IncludeExpired { get; init; }

    /// <summary>Return the per-signal scores of each result in <see cref="ScoredMemory.Explanation"/>.</summary>
    public bool Explain { get; init; }

    /// <summary>
    /// Throws <see cref="MemoryValidationException"/> naming the field (<c>threshold</c>, <c>relative_threshold</c>,
    /// <c>spread_threshold</c>) when <see cref="Threshold"/>, <see cref="RelativeThreshold"/> or
    /// <see cref="SpreadThreshold"/> is outside [0, 1] or not a number. The engine checks them with it; the remote client
    /// too, before sending, since JSON cannot carry a NaN.
    /// </summary>
    public void ValidateThresholds()
    {
        CheckShare(Threshold, "threshold");
        CheckShare(RelativeThreshold, "relative_threshold");
        CheckShare(SpreadThreshold, "spread_threshold");
    }

    private static void CheckShare(double? value, string field)
    {
        if (value is < 0 or > 1 or double.NaN)
        {
            throw new MemoryValidationException(field, $"{field} must be between 0 and 1, not {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>
    /// Applies <see cref="Threshold"/>, <see cref="RelativeThreshold"/>, <see cref="SpreadThreshold"/> and
    /// <see cref="Limit"/> to results ranked best first. The engine cuts with it, and a caller can apply it again to
    /// results a remote or custom memory returned: every part cuts only a tail of the ranking, so cutting twice gives the
    /// same results.
    /// </summary>
    public IReadOnlyList<ScoredMemory> Cut(IEnumerable<ScoredMemory> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var list = ranked as IReadOnlyList<ScoredMemory> ?? [.. ranked];
        var kept = new List<ScoredMemory>(Math.Min(Limit, 64));
        double? floor = null;
        double? spreadFloor = SpreadThreshold is { } spread && list.Count >= SpreadReferenceRank
            ? list[SpreadReferenceRank - 1].Score + (spread * (list[0].Score - list[SpreadReferenceRank - 1].Score))
            : null;
        foreach (var result in list)
        {
            if (kept.Count == Limit || (Threshold is { } threshold && result.Score < threshold))
            {
                break;
            }

            floor ??= RelativeThreshold * result.Score;
            if (kept.Count > 0 && ((floor is { } relative && result.Score < relative) || (spreadFloor is { } bottom && result.Score < bottom)))
            {
                break;
            }

            kept.Add(result);
        }

        return kept;
    }
}

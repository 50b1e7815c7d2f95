using System.Globalization;
using Mnemo.Indexing;

namespace Mnemo.Searching;

/// <summary>
/// Fuses the signals into one score in [0, 1]:
/// <c>fused = p · (ws·s + wk·k + we·e + wt·t + wr·r) / (ws + wk + we + wt + wr)</c>, where
/// <c>s = max(0, cosine)</c>,
/// <c>k = bm25 / (bm25 + h)</c> (h = <see cref="KeywordOptions.HalfScore"/>; 0 when no query term matched), and
/// <c>e = 1</c> when the query names the memory's actor (its speaker, as whole words), else 0,
/// <c>t</c> is the time signal, present only when the query names a date (<see cref="QueryDates"/>): 1 for a memory
/// observed in the named day or month, halving every <see cref="FusionOptions.TimeHalfLifeDays"/> days away from it
/// (weight wt = <see cref="FusionOptions.TimeWeight"/>, added to the weights only for such queries), and
/// <c>r</c> is the role signal, present only when the query's pronouns point to a role (<see cref="QueryPerson"/>): 1
/// for a memory of that role (weight wr = <see cref="FusionOptions.RoleWeight"/>, added only for such queries), and
/// <c>p = (n + c) / (n + 2c)</c> is the length prior of a memory of n words (c = <see cref="FusionOptions.LengthPriorWords"/>;
/// 1 when c = 0): a two-word reply matches many queries by its few words yet rarely answers one.
/// Every part is absolute, not rescaled per query, so a threshold means the same thing for every query: a result that
/// is neither semantically close nor shares a rare word scores low and is cut, instead of being stretched to 1
/// (min-max rescaling was also measured worse on LoCoMo: 63.9 against 65.8 turn_frac@10).
/// A candidate found only by keywords gets the lowest cosine among the vector candidates as a stand-in (a bound: it was
/// not among the nearest).
/// </summary>
internal sealed class HybridScorer(MnemoOptions options)
{
    /// <summary>Scores and ranks <paramref name="hits"/> against a query prepared by <see cref="Prepare"/>, best first.</summary>
    /// <param name="hits">The candidates; the lowest cosine among them stands in for keyword-only ones.</param>
    /// <param name="query">The query as <see cref="Prepare"/> read it.</param>
    /// <param name="explain">Whether to attach the per-signal scores.</param>
    public List<ScoredMemory> Score(IReadOnlyList<IndexHit> hits, ScoringQuery query, bool explain)
    {
        var scored = ScoreEach(hits, query, explain, Floor(hits));
        Rank(scored);
        return scored;
    }

    /// <summary>What the signals read from <paramref name="query"/> asked at <paramref name="reference"/>, found once per search.</summary>
    /// <param name="query">The query as asked.</param>
    /// <param name="reference">When it is asked.</param>
    /// <param name="hits">
    /// The first-stage candidates: the role signal applies only when they come from more than one role. Among memories of
    /// one role it cannot tell any apart, and its part would only rescale the others by the length prior.
    /// </param>
    public ScoringQuery Prepare(string query, DateTimeOffset reference, IReadOnlyList<IndexHit> hits)
    {
        var period = options.Fusion.TimeWeight > 0 ? QueryDates.Find(query, reference, options.Fusion.TimeMonthWithoutYear) : null;
        var timeWeight = period is null ? 0 : options.Fusion.TimeWeight;
        var queryWords = options.Fusion.EntityWeight > 0 || options.Fusion.RoleWeight > 0 ? ActorNames.Words(query) : [];
        var role = options.Fusion.RoleWeight > 0 && SeveralRoles(hits) ? QueryPerson.RoleOf(query, queryWords) : null;
        var roleWeight = role is null ? 0 : options.Fusion.RoleWeight;
        return new ScoringQuery
        {
            Period = period,
            Role = role,
            Words = queryWords,
            TimeWeight = timeWeight,
            RoleWeight = roleWeight,
            TotalWeight = options.Fusion.SemanticWeight + options.Fusion.KeywordWeight + options.Fusion.EntityWeight + timeWeight + roleWeight,
        };
    }

    // Whether the candidates come from messages of more than one role (a memory without a role counts as one more).
    private static bool SeveralRoles(IReadOnlyList<IndexHit> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            if (!string.Equals(hits[i].Memory.Role, hits[0].Memory.Role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scores each of <paramref name="hits"/>, in their order (not ranked).</summary>
    public List<ScoredMemory> ScoreEach(IReadOnlyList<IndexHit> hits, ScoringQuery query, bool explain, double floor)
    {
        var scored = new List<ScoredMemory>(hits.Count);
        foreach (var hit in hits)
        {
            var s = Signals(hit.Memory, hit.Similarity, hit.Keyword, hit.Words, query, floor);
            var explanation = explain
                ? new ScoreExplanation
                {
                    Semantic = hit.Similarity,
                    Keyword = hit.Keyword,
                    SemanticNormalized = s.Semantic,
                    KeywordNormalized = s.Keyword,
                    Other = Others(s.Entity, s.Length, query.Period is null ? null : s.Time, query.Role is null ? null : s.RoleMatch),
                    Contributions = Contributions(
                        s.Share, s.Semantic, s.Keyword, s.Entity, query.Period is null ? null : query.TimeWeight * s.Time, query.Role is null ? null : query.RoleWeight * s.RoleMatch),
                    Fused = s.Fused,
                }
                : null;
            scored.Add(new ScoredMemory(hit.Memory, s.Fused, explanation));
        }

        return scored;
    }

    /// <summary>
    /// The fused score <see cref="ScoreEach"/> gives <paramref name="memory"/> found with these signals, without building
    /// a result: for the many neighbours that context scores and few of which are returned.
    /// </summary>
    public double Fused(MemoryItem memory, double? similarity, int? words, ScoringQuery query, double floor) =>
        Signals(memory, similarity, null, words, query, floor).Fused;

    private FusedSignals Signals(MemoryItem memory, double? similarity, double? keywordScore, int? wordCount, ScoringQuery query, double floor)
    {
        var semantic = Math.Max(0, similarity ?? floor);
        var keyword = keywordScore is > 0 and var bm25 ? bm25 / (bm25 + options.Keywords.HalfScore) : 0;
        var entity = memory.ActorId is { } actor && ActorNames.IsMentioned(actor, query.Words, query.Mentioned) ? 1.0 : 0.0;
        var length = wordCount is { } words ? LengthPrior(words) : LengthPrior(memory.Text);
        var time = query.Period is { } p ? TimeMatch(memory.ObservedAt, p.Start, p.End) : 0;
        var roleMatch = query.Role is { } role && string.Equals(memory.Role, role, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0;
        var share = length / query.TotalWeight;
        var fused = share * ((options.Fusion.SemanticWeight * semantic) + (options.Fusion.KeywordWeight * keyword) + (options.Fusion.EntityWeight * entity)
            + (query.TimeWeight * time) + (query.RoleWeight * roleMatch));
        return new FusedSignals(semantic, keyword, entity, length, time, roleMatch, share, fused);
    }

    private readonly record struct FusedSignals(
        double Semantic, double Keyword, double Entity, double Length, double Time, double RoleMatch, double Share, double Fused);

    // Each signal's part of the fused score: its weighted value times the length prior over the weight total.
    private static Dictionary<string, double> Others(double entity, double length, double? time, double? role)
    {
        var others = new Dictionary<string, double> { ["entity"] = entity, ["length"] = length };
        if (time is { } t)
        {
            others["time"] = t;
        }

        if (role is { } r)
        {
            others["role"] = r;
        }

        return others;
    }

    private Dictionary<string, double> Contributions(double share, double semantic, double keyword, double entity, double? weightedTime, double? weightedRole)
    {
        var parts = new Dictionary<string, double>
        {
            ["semantic"] = share * options.Fusion.SemanticWeight * semantic,
            ["keyword"] = share * options.Fusion.KeywordWeight * keyword,
            ["entity"] = share * options.Fusion.EntityWeight * entity,
        };
        if (weightedTime is { } time)
        {
            parts["time"] = share * time;
        }

        if (weightedRole is { } role)
        {
            parts["role"] = share * role;
        }

        return parts;
    }

    /// <summary>
    /// The time signal: 1 when <paramref name="observed"/> lies in [<paramref name="start"/>, <paramref name="end"/>);
    /// outside, it halves every half-life away from the period (half-life: <see cref="FusionOptions.TimeHalfLifeDays"/>,
    /// or half the period when that is longer, so a month named reaches further than a day).
    /// </summary>
    public double TimeMatch(DateTimeOffset observed, DateTimeOffset start, DateTimeOffset end)
    {
        var distance = observed < start ? start - observed : observed >= end ? observed - end : TimeSpan.Zero;
        if (distance <= TimeSpan.Zero)
        {
            return 1;
        }

        var halfLife = Math.Max(options.Fusion.TimeHalfLifeDays, (end - start).TotalDays / 2);
        return Math.Pow(0.5, distance.TotalDays / halfLife);
    }

    /// <summary>The share of its score a memory keeps for its length (1 when the prior is off).</summary>
    public double LengthPrior(string text) => options.Fusion.LengthPriorWords <= 0 ? 1 : LengthPrior(CountWords(text));

    /// <summary>The share of its score a memory of <paramref name="words"/> words keeps (1 when the prior is off).</summary>
    public double LengthPrior(int words)
    {
        var c = options.Fusion.LengthPriorWords;
        return c <= 0 ? 1 : (words + c) / (words + (2 * c));
    }

    /// <summary>Runs of letters and digits (<c>[\p{L}\p{N}]+</c>), counted without a regex: it runs on every candidate.</summary>
    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            // ASCII first (almost every character, and scanned for every candidate's whole text): the same answer as the
            // categories below, without the lookup.
            var word = char.IsAscii(ch)
                ? char.IsAsciiLetterOrDigit(ch)
                : char.GetUnicodeCategory(ch) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    /// <summary>The lowest cosine among the vector candidates of <paramref name="hits"/>, or 0 when there is none.</summary>
    public static double Floor(IReadOnlyList<IndexHit> hits) =>
        hits.Where(h => h.Similarity is not null).Select(h => h.Similarity!.Value).DefaultIfEmpty(0).Min();

    /// <summary>Sorts best first; ties broken by id so equal scores come back in a stable order.</summary>
    public static void Rank(List<ScoredMemory> scored) =>
        scored.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Memory.Id.CompareTo(b.Memory.Id));
}

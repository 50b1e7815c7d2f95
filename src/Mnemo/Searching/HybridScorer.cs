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
    /// <summary>Scores and ranks <paramref name="hits"/>, best first.</summary>
    /// <param name="hits">The candidates.</param>
    /// <param name="query">The query text (for the entity signal).</param>
    /// <param name="explain">Whether to attach the per-signal scores.</param>
    /// <param name="reference">When the query is asked: relative dates in it resolve against this time.</param>
    /// <param name="floor">
    /// The cosine stand-in for keyword-only candidates; by default the lowest cosine among <paramref name="hits"/>.
    /// </param>
    public List<ScoredMemory> Score(IReadOnlyList<IndexHit> hits, string query, bool explain, DateTimeOffset reference, double? floor = null)
    {
        floor ??= Floor(hits);
        var period = options.Fusion.TimeWeight > 0 ? QueryDates.Find(query, reference, options.Fusion.TimeMonthWithoutYear) : null;
        var timeWeight = period is null ? 0 : options.Fusion.TimeWeight;
        var queryWords = options.Fusion.EntityWeight > 0 || options.Fusion.RoleWeight > 0 ? ActorNames.Words(query) : [];
        var role = options.Fusion.RoleWeight > 0 ? QueryPerson.RoleOf(queryWords) : null;
        var roleWeight = role is null ? 0 : options.Fusion.RoleWeight;
        var totalWeight = options.Fusion.SemanticWeight + options.Fusion.KeywordWeight + options.Fusion.EntityWeight + timeWeight + roleWeight;
        var mentioned = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var scored = new List<ScoredMemory>(hits.Count);
        foreach (var hit in hits)
        {
            var semantic = Math.Max(0, hit.Similarity ?? floor.Value);
            var keyword = hit.Keyword is > 0 and var bm25 ? bm25 / (bm25 + options.Keywords.HalfScore) : 0;
            var entity = hit.Memory.ActorId is { } actor && ActorNames.IsMentioned(actor, queryWords, mentioned) ? 1.0 : 0.0;
            var length = hit.Words is { } words ? LengthPrior(words) : LengthPrior(hit.Memory.Text);
            var time = period is { } p ? TimeMatch(hit.Memory.ObservedAt, p.Start, p.End) : 0;
            var roleMatch = role is not null && string.Equals(hit.Memory.Role, role, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0;
            var share = length / totalWeight;
            var fused = share * ((options.Fusion.SemanticWeight * semantic) + (options.Fusion.KeywordWeight * keyword) + (options.Fusion.EntityWeight * entity)
                + (timeWeight * time) + (roleWeight * roleMatch));

            var explanation = explain
                ? new ScoreExplanation
                {
                    Semantic = hit.Similarity,
                    Keyword = hit.Keyword,
                    SemanticNormalized = semantic,
                    KeywordNormalized = keyword,
                    Other = Others(entity, length, period is null ? null : time, role is null ? null : roleMatch),
                    Contributions = Contributions(share, semantic, keyword, entity, period is null ? null : timeWeight * time, role is null ? null : roleWeight * roleMatch),
                    Fused = fused,
                }
                : null;
            scored.Add(new ScoredMemory(hit.Memory, fused, explanation));
        }

        Rank(scored);
        return scored;
    }

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

using System.Runtime.CompilerServices;
using Mnemo.Indexing;

namespace Mnemo.Searching;

/// <summary>
/// Conversation context: memories stored one per turn often mean something only next to the turn before or after
/// ("Yes, last May!" answers the question above it). The best first-stage results' neighbours are found in the engine's
/// index (arrival order), those that are not candidates scored on their own (exact cosine to the query, computed on the
/// index's vectors in place), then every memory whose neighbour is known gets a share of that neighbour's score, and of
/// the best score of its session (the memories within <see cref="ContextOptions.SessionRadius"/> observed together):
/// <c>final = (own + w·max(neighbour own) + ws·max(session own)) / (1 + w + ws)</c>,
/// w = <see cref="ContextOptions.NeighbourWeight"/>, ws = <see cref="ContextOptions.SessionWeight"/>. A turn next to a
/// strong hit thus rises above an unrelated memory of the same own score, and a weak turn can enter the results through
/// its strong neighbour.
/// </summary>
internal sealed class NeighbourContext(IndexSearcher searcher, HybridScorer scorer, MnemoOptions options)
{
    /// <summary>
    /// Applies neighbour and session context to <paramref name="ranked"/> (the first-stage results, best first). Returns
    /// the results ranked again, best first: at least the best <paramref name="keep"/> of them (more on a tie), which is
    /// all a caller may cut from; <paramref name="ranked"/> itself when there is no context to add.
    /// </summary>
    public async Task<List<ScoredMemory>> ApplyAsync(
        List<ScoredMemory> ranked, IReadOnlyList<IndexHit> hits, IndexQuery storeQuery, ScoringQuery query, bool explain, int limit, int keep,
        CancellationToken cancellationToken)
    {
        var (weight, sessionRadius, sessionWeight) = Weights();
        if ((weight <= 0 && sessionWeight <= 0) || ranked.Count == 0)
        {
            return ranked;
        }

        var targets = new Guid[Math.Min(ranked.Count, Math.Max(options.Context.NeighbourCandidates, limit))];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = ranked[i].Memory.Id;
        }

        var found = await searcher.NeighbourLinksAsync(
            new NeighbourQuery
            {
                Scope = storeQuery.Scope,
                Ids = targets,
                Radius = Math.Max(options.Context.NeighbourRadius, sessionRadius),
                Filter = storeQuery.Filter,
                AsOf = storeQuery.AsOf,
                IncludeSuperseded = storeQuery.IncludeSuperseded,
                IncludeExpired = storeQuery.IncludeExpired,
                AssumeCurrent = true,
            },
            cancellationToken).ConfigureAwait(false);
        if (found.Links.Count == 0)
        {
            return ranked;
        }

        // Every memory in play, by position: the candidates first, then the neighbours that are not candidates. A row id
        // maps to its position, so the links below are followed without a lookup by id; rows are read only for the
        // neighbours that are not candidates.
        var (bySeq, unknown) = Positions(ranked, hits, found.Links);

        // Neighbours not among the candidates are scored like candidates found by the vector signal alone, their cosine
        // computed on the index's vectors in place; only those returned become results.
        var extra = unknown.Count == 0 ? [] : await searcher.NeighbourHitsAsync(storeQuery.Vector, [.. unknown], found.Position, cancellationToken).ConfigureAwait(false);
        return Combine(ranked, hits, found.Links, bySeq, extra, query, explain, keep);
    }

    // The neighbour weight, and the session radius and weight (both 0 when either is).
    private (double Neighbour, int SessionRadius, double Session) Weights()
    {
        var sessionRadius = options.Context.SessionWeight > 0 ? options.Context.SessionRadius : 0;
        return (options.Context.NeighbourWeight, sessionRadius, sessionRadius > 0 ? options.Context.SessionWeight : 0);
    }

    // The synchronous parts of a search's context step are compiled optimised at their first call, as the index's scans
    // are: a one-pass evaluation or a fresh server calls them too rarely for tiering to reach them, and their loops
    // otherwise triggered an on-stack-replacement compile of the whole async method (~20 ms, on the searching thread)
    // a few dozen searches after start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Dictionary<long, int> BySeq, HashSet<long> Unknown) Positions(
        List<ScoredMemory> ranked, IReadOnlyList<IndexHit> hits, IReadOnlyList<(long Of, int Offset, long Seq)> links)
    {
        var byId = new Dictionary<Guid, int>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            byId[ranked[i].Memory.Id] = i;
        }

        var bySeq = new Dictionary<long, int>(hits.Count + links.Count);
        foreach (var hit in hits)
        {
            if (byId.TryGetValue(hit.Memory.Id, out var at))
            {
                bySeq[hit.Seq] = at;
            }
        }

        var unknown = new HashSet<long>();
        foreach (var link in links)
        {
            if (!bySeq.ContainsKey(link.Seq))
            {
                unknown.Add(link.Seq);
            }
        }

        return (bySeq, unknown);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<ScoredMemory> Combine(
        List<ScoredMemory> ranked, IReadOnlyList<IndexHit> hits, IReadOnlyList<(long Of, int Offset, long Seq)> links, Dictionary<long, int> bySeq,
        IReadOnlyList<IndexHit> extra, ScoringQuery query, bool explain, int keep)
    {
        var (weight, sessionRadius, sessionWeight) = Weights();
        var count = ranked.Count + extra.Count;
        var own = new double[count];
        var observed = new DateTimeOffset[count];
        for (var i = 0; i < ranked.Count; i++)
        {
            own[i] = ranked[i].Score;
            observed[i] = ranked[i].Memory.ObservedAt;
        }

        var floor = HybridScorer.Floor(hits);
        for (var i = 0; i < extra.Count; i++)
        {
            bySeq[extra[i].Seq] = ranked.Count + i;
            own[ranked.Count + i] = scorer.Fused(extra[i].Memory, extra[i].Similarity, extra[i].Words, query, floor);
            observed[ranked.Count + i] = extra[i].Memory.ObservedAt;
        }

        // Adjacency is symmetric: a target's neighbour has the target as its neighbour; so is belonging to one session.
        var context = new double[count];
        var session = new double[count];
        var gap = TimeSpan.FromMinutes(options.Context.SessionGapMinutes);
        foreach (var (of, offset, seq) in links)
        {
            if (!bySeq.TryGetValue(of, out var target) || !bySeq.TryGetValue(seq, out var other))
            {
                continue;
            }

            var distance = Math.Abs(offset);
            if (distance <= options.Context.NeighbourRadius)
            {
                context[target] = Math.Max(context[target], own[other]);
                context[other] = Math.Max(context[other], own[target]);
            }

            if (distance <= sessionRadius && (observed[target] - observed[other]).Duration() <= gap)
            {
                session[target] = Math.Max(session[target], own[other]);
                session[other] = Math.Max(session[other], own[target]);
            }
        }

        var total = 1 + weight + sessionWeight;
        var fused = new double[count];
        for (var i = 0; i < count; i++)
        {
            fused[i] = (own[i] + (weight * context[i]) + (sessionWeight * session[i])) / total;
        }

        // Only the best keep (with ties) are ranked and returned: a caller cuts from no further down.
        var bar = double.NegativeInfinity;
        if (count > keep)
        {
            var sorted = (double[])fused.Clone();
            Array.Sort(sorted);
            bar = sorted[^keep];
        }

        var result = new List<ScoredMemory>(Math.Min(count, keep + 8));
        for (var i = 0; i < count; i++)
        {
            if (fused[i] < bar)
            {
                continue;
            }

            var scored = i < ranked.Count
                ? ranked[i]
                : explain
                    ? scorer.ScoreEach([extra[i - ranked.Count]], query, explain, floor)[0]
                    : new ScoredMemory(extra[i - ranked.Count].Memory, own[i], null);
            var explanation = scored.Explanation is { } e
                ? e with
                {
                    Fused = fused[i],
                    Other = sessionWeight > 0
                        ? new Dictionary<string, double>(e.Other) { ["neighbour"] = context[i], ["session"] = session[i] }
                        : new Dictionary<string, double>(e.Other) { ["neighbour"] = context[i] },
                    Contributions = Shared(e.Contributions, weight, context[i], sessionWeight, session[i]),
                }
                : null;
            result.Add(scored with { Score = fused[i], Explanation = explanation });
        }

        HybridScorer.Rank(result);
        return result;
    }

    // The memory's own parts keep 1 / (1 + w + ws) of their value; the neighbour adds w / (1 + w + ws) of its score, the
    // session ws / (1 + w + ws) of its best.
    private static Dictionary<string, double> Shared(
        IReadOnlyDictionary<string, double> own, double weight, double neighbourScore, double sessionWeight, double sessionScore)
    {
        var total = 1 + weight + sessionWeight;
        var parts = own.ToDictionary(kv => kv.Key, kv => kv.Value / total);
        parts["neighbour"] = weight * neighbourScore / total;
        if (sessionWeight > 0)
        {
            parts["session"] = sessionWeight * sessionScore / total;
        }

        return parts;
    }
}

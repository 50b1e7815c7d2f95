using System.Numerics.Tensors;
using Mnemo.Indexing;

namespace Mnemo.Searching;

/// <summary>
/// Conversation context: memories stored one per turn often mean something only next to the turn before or after
/// ("Yes, last May!" answers the question above it). The best first-stage results' neighbours are fetched from the
/// engine's index and scored on their own (exact cosine to the query), then every memory whose neighbour is known gets a share of
/// that neighbour's score: <c>final = (own + w·max(neighbour own)) / (1 + w)</c>,
/// w = <see cref="ContextOptions.NeighbourWeight"/>. A turn next to a strong hit thus rises above an unrelated memory of
/// the same own score, and a weak turn can enter the results through its strong neighbour.
/// </summary>
internal sealed class NeighbourContext(IndexSearcher searcher, HybridScorer scorer, MnemoOptions options)
{
    public async Task<List<ScoredMemory>> ApplyAsync(
        List<ScoredMemory> ranked, IReadOnlyList<IndexHit> hits, IndexQuery storeQuery, string query, DateTimeOffset reference, bool explain,
        int limit,
        CancellationToken cancellationToken)
    {
        var weight = options.Context.NeighbourWeight;
        var sessionRadius = options.Context.SessionWeight > 0 ? options.Context.SessionRadius : 0;
        var sessionWeight = sessionRadius > 0 ? options.Context.SessionWeight : 0;
        if ((weight <= 0 && sessionWeight <= 0) || ranked.Count == 0)
        {
            return ranked;
        }

        var targets = ranked.Take(Math.Max(options.Context.NeighbourCandidates, limit)).Select(r => r.Memory.Id).ToList();
        var neighbours = await searcher.NeighboursAsync(
            new NeighbourQuery
            {
                Scope = storeQuery.Scope,
                Ids = targets,
                Radius = Math.Max(options.Context.NeighbourRadius, sessionRadius),
                Filter = storeQuery.Filter,
                AsOf = storeQuery.AsOf,
                IncludeSuperseded = storeQuery.IncludeSuperseded,
                IncludeExpired = storeQuery.IncludeExpired,
            },
            cancellationToken).ConfigureAwait(false);
        if (neighbours.Count == 0)
        {
            return ranked;
        }

        // Neighbours not among the candidates are scored like candidates found by the vector signal alone.
        var own = ranked.ToDictionary(r => r.Memory.Id);
        var extra = new List<IndexHit>();
        var seen = new HashSet<Guid>();
        foreach (var neighbour in neighbours)
        {
            var memory = neighbour.Memory;
            if (!own.ContainsKey(memory.Item.Id) && seen.Add(memory.Item.Id))
            {
                double? similarity = memory.Embedding.Length == storeQuery.Vector.Length && !storeQuery.Vector.IsEmpty
                    ? TensorPrimitives.Dot(storeQuery.Vector.Span, memory.Embedding.Span)
                    : null;
                if (similarity is not null && memory.ContextEmbedding.Length == storeQuery.Vector.Length)
                {
                    similarity = Math.Max(similarity.Value, TensorPrimitives.Dot(storeQuery.Vector.Span, memory.ContextEmbedding.Span));
                }
                extra.Add(new IndexHit(memory.Item, similarity, null) { Words = neighbour.Words });
            }
        }

        foreach (var scoredExtra in scorer.Score(extra, query, explain, reference, HybridScorer.Floor(hits)))
        {
            own[scoredExtra.Memory.Id] = scoredExtra;
        }

        // Adjacency is symmetric: a target's neighbour has the target as its neighbour; so is belonging to one session.
        var context = new Dictionary<Guid, double>();
        var session = new Dictionary<Guid, double>();
        var gap = TimeSpan.FromMinutes(options.Context.SessionGapMinutes);
        foreach (var neighbour in neighbours)
        {
            var target = neighbour.Of;
            var other = neighbour.Memory.Item.Id;
            var distance = Math.Abs(neighbour.Offset);
            if (distance <= options.Context.NeighbourRadius)
            {
                Raise(context, target, own[other].Score);
                Raise(context, other, own[target].Score);
            }

            if (distance <= sessionRadius && (own[target].Memory.ObservedAt - own[other].Memory.ObservedAt).Duration() <= gap)
            {
                Raise(session, target, own[other].Score);
                Raise(session, other, own[target].Score);
            }
        }

        var result = new List<ScoredMemory>(own.Count);
        foreach (var (id, scored) in own)
        {
            var neighbourScore = context.GetValueOrDefault(id);
            var sessionScore = session.GetValueOrDefault(id);
            var fused = (scored.Score + (weight * neighbourScore) + (sessionWeight * sessionScore)) / (1 + weight + sessionWeight);
            var explanation = scored.Explanation is { } e
                ? e with
                {
                    Fused = fused,
                    Other = sessionWeight > 0
                        ? new Dictionary<string, double>(e.Other) { ["neighbour"] = neighbourScore, ["session"] = sessionScore }
                        : new Dictionary<string, double>(e.Other) { ["neighbour"] = neighbourScore },
                    Contributions = Shared(e.Contributions, weight, neighbourScore, sessionWeight, sessionScore),
                }
                : null;
            result.Add(scored with { Score = fused, Explanation = explanation });
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

    private static void Raise(Dictionary<Guid, double> context, Guid id, double score)
    {
        if (!context.TryGetValue(id, out var current) || score > current)
        {
            context[id] = score;
        }
    }
}

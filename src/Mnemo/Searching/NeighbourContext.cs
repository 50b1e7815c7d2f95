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
        if (weight <= 0 || ranked.Count == 0)
        {
            return ranked;
        }

        var targets = ranked.Take(Math.Max(options.Context.NeighbourCandidates, limit)).Select(r => r.Memory.Id).ToList();
        var neighbours = await searcher.NeighboursAsync(
            new NeighbourQuery
            {
                Scope = storeQuery.Scope,
                Ids = targets,
                Radius = options.Context.NeighbourRadius,
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

        // Adjacency is symmetric: a target's neighbour has the target as its neighbour.
        var context = new Dictionary<Guid, double>();
        foreach (var neighbour in neighbours)
        {
            var target = neighbour.Of;
            var other = neighbour.Memory.Item.Id;
            Raise(context, target, own[other].Score);
            Raise(context, other, own[target].Score);
        }

        var result = new List<ScoredMemory>(own.Count);
        foreach (var (id, scored) in own)
        {
            var neighbourScore = context.GetValueOrDefault(id);
            var fused = (scored.Score + (weight * neighbourScore)) / (1 + weight);
            var explanation = scored.Explanation is { } e
                ? e with
                {
                    Fused = fused,
                    Other = new Dictionary<string, double>(e.Other) { ["neighbour"] = neighbourScore },
                    Contributions = Shared(e.Contributions, weight, neighbourScore),
                }
                : null;
            result.Add(scored with { Score = fused, Explanation = explanation });
        }

        HybridScorer.Rank(result);
        return result;
    }

    // The memory's own parts keep 1 / (1 + w) of their value; the neighbour adds w / (1 + w) of its score.
    private static Dictionary<string, double> Shared(IReadOnlyDictionary<string, double> own, double weight, double neighbourScore)
    {
        var parts = own.ToDictionary(kv => kv.Key, kv => kv.Value / (1 + weight));
        parts["neighbour"] = weight * neighbourScore / (1 + weight);
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
